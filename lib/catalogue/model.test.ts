import { describe, expect, it } from 'vitest';
import { allProducts, business, cloudVps2, CURRENCIES, dedicatedServer, starter } from '@/lib/pricing/fixtures';
import type { Currency, Product, ProductGroupInfo } from '@/lib/whmcs/types';
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

describe('store URLs from WHMCS before 8.3 (no product_url, no slug)', () => {
  // What the wire parser makes of an 8.0 answer: placeholders from the ids.
  const wire80: CatalogueData = {
    ...data,
    products: [starter, business, cloudVps2].map((product) => ({ ...product, slug: `product-${product.pid}`, groupSlug: `group-${product.gid}` })),
  };
  const companionGroup = (id: number, slug: string, products: { pid: number; slug: string }[]): ProductGroupInfo => ({
    id,
    name: `Group ${id}`,
    slug,
    headline: '',
    tagline: `Tagline ${id}`,
    order: id,
    hidden: false,
    products: products.map((product, order) => ({ ...product, order, hidden: false, retired: false })),
  });
  const companion = [
    companionGroup(starter.gid, 'web-hosting', [
      { pid: starter.pid, slug: 'starter-plan' },
      { pid: business.pid, slug: '' },
    ]),
    companionGroup(cloudVps2.gid, 'vps', [{ pid: cloudVps2.pid, slug: 'vps-2' }]),
  ];
  const urls = (catalogue: ReturnType<typeof buildCatalogue>) => catalogue.products.map((product) => `${product.groupSlug}/${product.slug}`);

  it('takes slugs from the companion when the configuration names none, so URLs need no configuration', () => {
    const catalogue = buildCatalogue({ ...wire80, groups: companion }, EMPTY_CONFIG);
    // A product without a slug in WHMCS keeps the placeholder: stable, if not pretty.
    expect(urls(catalogue)).toEqual(['web-hosting/starter-plan', 'web-hosting/product-2', 'vps/vps-2']);
    expect(catalogue.groups.map((group) => [group.slug, group.name, group.tagline])).toEqual([
      ['web-hosting', 'Group 1', 'Tagline 1'],
      ['vps', 'Group 2', 'Tagline 2'],
    ]);
  });

  it('lets the configuration win over the companion, and keeps the companion\'s group settings for that gid', () => {
    const catalogue = buildCatalogue(
      { ...wire80, groups: companion },
      config({ groups: { hosting: { gid: starter.gid } }, productSlugs: { [String(cloudVps2.pid)]: 'cloud-2' } }),
    );
    expect(urls(catalogue)).toEqual(['hosting/starter-plan', 'hosting/product-2', 'vps/cloud-2']);
    expect(findGroup(catalogue, 'hosting')).toMatchObject({ name: 'Group 1', tagline: 'Tagline 1' });
  });

  it('without the companion, uses the configuration alone', () => {
    const catalogue = buildCatalogue(wire80, config({ groups: { hosting: { gid: starter.gid } }, productSlugs: { [String(starter.pid)]: 'starter' } }));
    expect(urls(catalogue)).toEqual(['hosting/starter', 'hosting/product-2', 'group-2/product-10']);
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
