import { afterEach, describe, expect, it } from 'vitest';
import { readCatalogueConfig } from '@/lib/catalogue/config-file';
import { buildCatalogue } from '@/lib/catalogue/model';
import { TEST_CREDENTIALS, createTestSandbox, type TestSandbox } from '@/lib/sandbox/testkit';
import { OLDEST_WHMCS_VERSION, NEWEST_WHMCS_VERSION } from '@/lib/sandbox/versions';
import { createWhmcsApi } from './api';
import { createWhmcsClient } from './client';

/**
 * Hostfront on every supported WHMCS version: the sandbox answers as the oldest and the newest,
 * and the shop's catalogue (demo configuration included) comes out with the same URLs.
 */
const sandboxes: TestSandbox[] = [];
afterEach(() => sandboxes.splice(0).forEach((sandbox) => sandbox.close()));

async function catalogueAs(version: string) {
  const sandbox = createTestSandbox({ version });
  sandboxes.push(sandbox);
  const client = createWhmcsClient({
    transport: async (body) => sandbox.send('application/x-www-form-urlencoded', body, '127.0.0.1'),
    credentials: TEST_CREDENTIALS,
    timeoutMs: 5_000,
  });
  const api = createWhmcsApi(client.call);
  const [products, currencies] = await Promise.all([api.getProducts(), api.getCurrencies()]);
  return { products, catalogue: buildCatalogue({ products, currencies, fetchedAt: '2025-01-01T00:00:00.000Z' }, readCatalogueConfig('catalogue.sandbox.json')) };
}

const urls = (catalogue: ReturnType<typeof buildCatalogue>) => catalogue.products.map((p) => `/store/${p.groupSlug}/${p.slug}`);

describe('WHMCS versions', () => {
  it('keeps every store URL and group name on the oldest version, which sends no product_url', async () => {
    const oldest = await catalogueAs(OLDEST_WHMCS_VERSION);
    const newest = await catalogueAs(NEWEST_WHMCS_VERSION);
    expect(urls(oldest.catalogue)).toEqual(urls(newest.catalogue));
    expect(oldest.catalogue.groups.map((g) => g.name)).toEqual(newest.catalogue.groups.map((g) => g.name));
    expect(urls(newest.catalogue)).toContain('/store/shared-hosting/starter');
  });

  it('reads ids sent as strings, and without quantity fields orders one of each product, as WHMCS did then', async () => {
    const { products } = await catalogueAs(OLDEST_WHMCS_VERSION);
    expect(products.map((p) => p.pid).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(products.map((p) => p.quantityMode))).toEqual(new Set(['none']));
    const newest = await catalogueAs(NEWEST_WHMCS_VERSION);
    expect(new Set(newest.products.map((p) => p.quantityMode))).toEqual(new Set(['none', 'multiple', 'scaling']));
  });
});
