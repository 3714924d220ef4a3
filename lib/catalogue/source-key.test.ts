import { describe, expect, it } from 'vitest';
import { catalogueSource } from './source-key';

describe('catalogueSource', () => {
  it('names each sandbox by its data folder, so two servers from one build never share a catalogue', () => {
    const a = catalogueSource({ sandbox: true, dataDir: '/srv/shop-a/.data', whmcsUrl: undefined });
    const b = catalogueSource({ sandbox: true, dataDir: '/srv/shop-b/.data', whmcsUrl: undefined });
    expect(a).not.toBe(b);
    expect(catalogueSource({ sandbox: true, dataDir: '/srv/shop-a/x/../.data', whmcsUrl: undefined })).toBe(a);
  });

  it('names a real WHMCS by its API URL', () => {
    const one = catalogueSource({ sandbox: false, dataDir: '.data', whmcsUrl: 'https://one.example/includes/api.php' });
    const two = catalogueSource({ sandbox: false, dataDir: '.data', whmcsUrl: 'https://two.example/includes/api.php' });
    expect(one).not.toBe(two);
    expect(one).toContain('https://one.example/includes/api.php');
  });
});
