import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueConfigError, readCatalogueConfig } from '@/lib/catalogue/config-file';
import { extrasCost } from '@/lib/pricing';
import { extraPricesFor } from './extras';

describe('domain extras', () => {
  const demo = readCatalogueConfig(path.resolve('catalogue.sandbox.json'), { required: true }).domains ?? {};

  it("reads the demo shop's yearly extra prices per currency, matching the sandbox's Domain Addons pricing", () => {
    expect(extraPricesFor(demo, 'USD')).toEqual({ dnsmanagement: 150, emailforwarding: 100, idprotection: 300 });
    expect(extraPricesFor(demo, 'GBP')).toEqual({ dnsmanagement: 119, emailforwarding: 79, idprotection: 237 });
    expect(extraPricesFor(demo, 'JPY')).toBeNull();
  });

  it('costs the chosen extras for the years ordered', () => {
    const prices = extraPricesFor(demo, 'USD');
    expect(extrasCost({ dnsmanagement: true, emailforwarding: false, idprotection: true }, prices, 2)).toBe(900);
    expect(extrasCost({ dnsmanagement: true, emailforwarding: true, idprotection: true }, null, 2)).toBe(0);
  });

  it('refuses a configuration with a malformed domains section', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'domains-config-')), 'c.json');
    fs.writeFileSync(file, JSON.stringify({ domains: { extraPrices: { usd: { dnsmanagement: 1, emailforwarding: 1, idprotection: 1 } } } }));
    expect(() => readCatalogueConfig(file)).toThrow(CatalogueConfigError);
    fs.writeFileSync(file, JSON.stringify({ domains: { featuredTlds: ['.COM', 'co.uk'], nameservers: ['NS1.Example.com'] } }));
    expect(readCatalogueConfig(file).domains).toEqual({ featuredTlds: ['.com', 'co.uk'], nameservers: ['ns1.example.com'] });
  });
});
