import { describe, expect, it } from 'vitest';
import { allProducts, business, CURRENCIES, dedicatedServer, starter } from '@/lib/pricing/fixtures';
import type { Currency, Product } from '@/lib/whmcs/types';
import { EMPTY_CONFIG, type CatalogueConfig } from './config-file';
import { buildCatalogue, findGroup, findProduct, findProductById, productForCurrency, resolveCurrency, type CatalogueData } from './model';

const data: CatalogueData = { products: allProducts, currencies: CURRENCIES, fetchedAt: '2025-01-01T00:00:00.000Z' };
const config = (partial: Partial<CatalogueConfig>): CatalogueConfig => ({ ...EMPTY_CONFIG, ...partial });

describe('buildCatalogue', () => {
  it('groups products by the slug of their store URL, in WHMCS order, named from the slug', () => {
    const catalogue = buildCatalogue(data, EMPTY_CONFIG);
    expect(catalogue.groups.map((g) => [g.slug, g.name])).toEqual([
      ['shared-hosting', 'Shared Hosting'],
      ['cloud-vps', 'Cloud VPS'],
      ['ssl', 'SSL'],
      ['backup', 'Backup'],
      ['dedicated', 'Dedicated'],
    ]);
    expect(catalogue.groups[0]?.products.map((p) => p.slug)).toEqual(['starter', 'business', 'free-trial']);
    expect(catalogue.groups[0]?.tagline).toBeNull();
    expect(catalogue.stale).toBe(false);
  });

  it('adds feature lines from the description and marks sold-out products', () => {
    const catalogue = buildCatalogue(data, EMPTY_CONFIG);
    expect(findProductById(catalogue, starter.pid)?.features).toEqual(['Disk Space: 1GB', 'Bandwidth: 3GB']);
    expect(findProductById(catalogue, dedicatedServer.pid)?.soldOut).toBe(true);
    expect(findProductById(catalogue, starter.pid)?.soldOut).toBe(false);
  });

  it('lets the catalogue file rename, describe and reorder groups', () => {
    const catalogue = buildCatalogue(
      data,
      config({
        groups: {
          dedicated: { name: 'Bare Metal', tagline: 'Whole machines', order: 1 },
          ssl: { order: 2 },
        },
      }),
    );
    expect(catalogue.groups.map((g) => g.slug)).toEqual(['dedicated', 'ssl', 'shared-hosting', 'cloud-vps', 'backup']);
    expect(catalogue.groups[0]).toMatchObject({ name: 'Bare Metal', tagline: 'Whole machines' });
  });

  it('leaves hidden products out of listings but keeps them reachable by link', () => {
    const catalogue = buildCatalogue(data, config({ hiddenProducts: [business.pid, dedicatedServer.pid] }));
    expect(findGroup(catalogue, 'shared-hosting')?.products.map((p) => p.pid)).not.toContain(business.pid);
    // A group with nothing left to list disappears from the listing...
    expect(findGroup(catalogue, 'dedicated')).toBeUndefined();
    // ...while its product's own page still works, marked hidden.
    expect(findProduct(catalogue, 'dedicated', dedicatedServer.slug)).toMatchObject({ pid: dedicatedServer.pid, hidden: true });
    expect(findProduct(catalogue, 'shared-hosting', 'business')?.hidden).toBe(true);
  });

  it('hides whole groups', () => {
    const catalogue = buildCatalogue(data, config({ groups: { ssl: { hidden: true } } }));
    expect(catalogue.groups.map((g) => g.slug)).not.toContain('ssl');
    expect(findProduct(catalogue, 'ssl', 'ssl-certificate')).toBeDefined();
  });

  it('finds groups and products case-insensitively, as WHMCS store URLs do', () => {
    const catalogue = buildCatalogue(data, EMPTY_CONFIG);
    expect(findGroup(catalogue, 'Shared-Hosting')?.slug).toBe('shared-hosting');
    expect(findProduct(catalogue, 'SHARED-HOSTING', 'Starter')?.pid).toBe(starter.pid);
    expect(findProduct(catalogue, 'cloud-vps', 'starter')).toBeUndefined();
    expect(findGroup(catalogue, 'nope')).toBeUndefined();
  });

  it('takes the lowest currency id as the default currency', () => {
    const reversed: Currency[] = [...CURRENCIES].reverse();
    expect(buildCatalogue({ ...data, currencies: reversed }, EMPTY_CONFIG).defaultCurrency.code).toBe('USD');
  });

  it('refuses a catalogue without currencies', () => {
    expect(() => buildCatalogue({ ...data, currencies: [] }, EMPTY_CONFIG)).toThrow(/no currencies/);
  });

  it('skips products whose URL has no group', () => {
    const orphan: Product = { ...starter, pid: 99, groupSlug: '' };
    const catalogue = buildCatalogue({ ...data, products: [orphan, starter] }, EMPTY_CONFIG);
    expect(catalogue.groups.flatMap((g) => g.products.map((p) => p.pid))).toEqual([starter.pid]);
  });
});

describe('resolveCurrency', () => {
  const catalogue = buildCatalogue(data, EMPTY_CONFIG);
  it('finds a currency by code, any case', () => {
    expect(resolveCurrency(catalogue, 'eur')).toMatchObject({ currency: { code: 'EUR' }, known: true });
  });
  it('falls back to the default currency and says so', () => {
    expect(resolveCurrency(catalogue, 'XYZ')).toMatchObject({ currency: { code: 'USD' }, known: false });
    expect(resolveCurrency(catalogue, null)).toMatchObject({ currency: { code: 'USD' }, known: false });
  });
});

describe('productForCurrency', () => {
  it('keeps only the one currency the page shows, and everything pricing needs', async () => {
    const { cloudVps2 } = await import('@/lib/pricing/fixtures');
    const { priceConfiguration } = await import('@/lib/pricing');
    const catalogue = buildCatalogue({ ...data, products: [cloudVps2] }, EMPTY_CONFIG);
    const product = findProductById(catalogue, cloudVps2.pid)!;
    const trimmed = productForCurrency(product, 'EUR');
    expect(Object.keys(trimmed.pricing)).toEqual(['EUR']);
    expect(trimmed.configOptions.flatMap((o) => o.choices.flatMap((c) => Object.keys(c.pricing)))).not.toContain('USD');
    expect(trimmed).not.toHaveProperty('features');
    const configuration = { cycle: 'quarterly' as const, options: { 1: 12, 2: 22, 3: 1, 4: 4, 5: 2 }, quantity: 2 };
    expect(priceConfiguration(trimmed, 'EUR', configuration)).toEqual(priceConfiguration(cloudVps2, 'EUR', configuration));
  });
});
