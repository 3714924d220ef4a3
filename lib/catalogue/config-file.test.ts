import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogueConfigError, catalogueConfigPath, EMPTY_CONFIG, loadCatalogueConfig, readCatalogueConfig } from './config-file';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-config-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('catalogue configuration file', () => {
  it('reads group names, taglines, order and hidden products', () => {
    const file = write('catalogue.config.json', {
      groups: { vps: { name: 'Cloud Servers', tagline: 'Root access', order: 1 }, email: { hidden: true } },
      hiddenProducts: [4, 9],
    });
    expect(readCatalogueConfig(file)).toEqual({
      groups: { vps: { name: 'Cloud Servers', tagline: 'Root access', order: 1 }, email: { hidden: true } },
      hiddenProducts: [4, 9],
      productSlugs: {},
      addons: [],
    });
  });

  it('reads the group ids and product slugs that name URLs for WHMCS before 8.3, and refuses a slug key that is not a pid', () => {
    const file = write('catalogue.config.json', { groups: { vps: { gid: 2 } }, productSlugs: { '4': 'vps-small' } });
    expect(readCatalogueConfig(file)).toMatchObject({ groups: { vps: { gid: 2 } }, productSlugs: { '4': 'vps-small' } });
    const bad = write('bad.json', { productSlugs: { starter: 'starter' } });
    expect(() => readCatalogueConfig(bad)).toThrow(/productSlugs.starter: Invalid key/);
  });

  it('is optional: a missing default file is an empty configuration', () => {
    expect(readCatalogueConfig(path.join(dir, 'nope.json'))).toEqual(EMPTY_CONFIG);
    expect(loadCatalogueConfig({ CATALOGUE_CONFIG: undefined })).toBeDefined();
  });

  it('insists on a file named explicitly by CATALOGUE_CONFIG', () => {
    expect(() => loadCatalogueConfig({ CATALOGUE_CONFIG: path.join(dir, 'typo.json') })).toThrow(CatalogueConfigError);
    const file = write('shop.json', { hiddenProducts: [3] });
    expect(loadCatalogueConfig({ CATALOGUE_CONFIG: file }).hiddenProducts).toEqual([3]);
    expect(catalogueConfigPath({ CATALOGUE_CONFIG: 'config/shop.json' })).toBe(path.resolve('config/shop.json'));
    expect(catalogueConfigPath({})).toBe(path.resolve('catalogue.config.json'));
    expect(catalogueConfigPath({}, { sandbox: true })).toBe(path.resolve('catalogue.sandbox.json'));
    expect(catalogueConfigPath({ CATALOGUE_CONFIG: 'config/shop.json' }, { sandbox: true })).toBe(path.resolve('config/shop.json'));
  });

  it('ships the demo shop’s group names as a valid configuration', () => {
    const demo = readCatalogueConfig(path.resolve('catalogue.sandbox.json'), { required: true });
    expect(Object.keys(demo.groups)).toEqual(['shared-hosting', 'vps', 'email', 'dedicated']);
    expect(demo.groups.vps).toMatchObject({ name: 'Cloud VPS', order: 2 });
  });

  it('names the file and the field of each mistake', () => {
    const file = write('bad.json', { groups: { vps: { name: '', colour: 'red' } }, hiddenProducts: ['4'] });
    let message = '';
    try {
      readCatalogueConfig(file);
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogueConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain(file);
    expect(message).toMatch(/groups\.vps\.name/);
    expect(message).toMatch(/colour/);
    expect(message).toMatch(/hiddenProducts\.0/);
  });

  it('refuses unknown top-level keys (a typo would otherwise be ignored)', () => {
    const file = write('typo.json', { hiddenProduct: [1] });
    expect(() => readCatalogueConfig(file)).toThrow(/hiddenProduct/);
  });

  it('refuses a file that is not JSON', () => {
    const file = write('broken.json', '{ "groups": ');
    expect(() => readCatalogueConfig(file)).toThrow(/not valid JSON/);
  });

  it('accepts the example file shipped with the project', () => {
    const example = path.resolve(import.meta.dirname, '../../catalogue.config.example.json');
    expect(readCatalogueConfig(example, { required: true }).groups).toBeDefined();
    expect(readCatalogueConfig(example, { required: true }).tax?.rules).toHaveLength(3);
  });

  it('reads the tax section with its defaults (level 1, any country and state) and normalised country codes', () => {
    const file = write('tax.json', { tax: { enabled: true, euVat: { homeCountry: 'de' }, rules: [{ rate: 3 }, { level: 2, country: 'ca', state: 'Quebec', rate: 9.975 }] } });
    expect(readCatalogueConfig(file).tax).toEqual({
      enabled: true,
      euVat: { homeCountry: 'DE', homeCountryNotExempt: true, viesValidation: false },
      rules: [
        { level: 1, name: '', country: '', state: '', rate: 3 },
        { level: 2, name: '', country: 'CA', state: 'Quebec', rate: 9.975 },
      ],
    });
  });

  it('refuses a tax rule with a rate over 100 or a country that is not a code, naming the field', () => {
    expect(() => readCatalogueConfig(write('rate.json', { tax: { rules: [{ rate: 120 }] } }))).toThrow(/tax\.rules\.0\.rate/);
    expect(() => readCatalogueConfig(write('country.json', { tax: { rules: [{ country: 'Germany', rate: 19 }] } }))).toThrow(/country/);
  });
});
