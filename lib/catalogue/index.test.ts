import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { business, CURRENCIES, starter } from '@/lib/pricing/fixtures';
import type { Currency, Product } from '@/lib/whmcs/types';

/**
 * getCatalogue as the pages call it, with WHMCS and Next's data cache
 * replaced: the data cache by a pass-through (every call reaches the loader), so these tests show
 * what happens on a cache miss.
 */
const whmcs = vi.hoisted(() => ({
  getProducts: vi.fn<() => Promise<Product[]>>(),
  getCurrencies: vi.fn<() => Promise<Currency[]>>(),
  // A WHMCS without the companion: group names come from the shop's file.
  getProductGroups: vi.fn(async () => null),
  getProductAddons: vi.fn(async () => null),
}));
vi.mock('@/lib/whmcs', () => whmcs);
// Outside Next.js `'use cache'` is a plain string: every call reaches the loader. What is checked
// is the profile and tag each cached scope declares.
const nextCache = vi.hoisted(() => ({ cacheLife: vi.fn(), cacheTag: vi.fn() }));
vi.mock('next/cache', () => nextCache);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-index-'));
const configFile = path.join(dataDir, 'catalogue.json');
vi.stubEnv('DATA_DIR', dataDir);
vi.stubEnv('WHMCS_API_URL', '');
vi.stubEnv('CATALOGUE_CONFIG', configFile);
fs.writeFileSync(
  configFile,
  JSON.stringify({ groups: { 'shared-hosting': { name: 'Web Hosting', tagline: 'Sites, managed' } }, hiddenProducts: [business.pid] }),
);
vi.spyOn(console, 'error').mockImplementation(() => {});

const { getCatalogue, getGroup, getProduct, getProductById } = await import('./index');

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('getCatalogue', () => {
  beforeEach(() => {
    whmcs.getProducts.mockReset();
    whmcs.getCurrencies.mockReset();
    nextCache.cacheLife.mockReset();
    nextCache.cacheTag.mockReset();
  });

  it('builds the catalogue from WHMCS and the catalogue file', async () => {
    whmcs.getProducts.mockResolvedValue([starter, business]);
    whmcs.getCurrencies.mockResolvedValue(CURRENCIES);
    const catalogue = await getCatalogue();
    expect(catalogue.stale).toBe(false);
    expect(catalogue.groups).toEqual([expect.objectContaining({ slug: 'shared-hosting', name: 'Web Hosting', tagline: 'Sites, managed' })]);
    expect((await getGroup('shared-hosting'))?.products.map((p) => p.pid)).toEqual([starter.pid]);
    expect((await getProduct('shared-hosting', 'business'))?.hidden).toBe(true);
    expect((await getProductById(starter.pid))?.features).toEqual(['Disk Space: 1GB', 'Bandwidth: 3GB']);
    expect(fs.existsSync(path.join(dataDir, 'catalogue-snapshot.json'))).toBe(true);
    // Cached for the catalogue's window, under the tag POST /api/revalidate expires.
    expect(nextCache.cacheLife).toHaveBeenCalledWith('catalogue');
    expect(nextCache.cacheLife).not.toHaveBeenCalledWith('catalogue-stale');
    expect(nextCache.cacheTag).toHaveBeenCalledWith('catalogue');
  });

  it('keeps serving the last good catalogue when the fetch throws', async () => {
    whmcs.getProducts.mockRejectedValue(new Error('WHMCS did not answer GetProducts within 10000 ms'));
    whmcs.getCurrencies.mockResolvedValue(CURRENCIES);
    const catalogue = await getCatalogue();
    expect(catalogue.stale).toBe(true);
    expect(catalogue.groups[0]?.products.map((p) => p.slug)).toEqual(['starter']);
    expect(catalogue.defaultCurrency.code).toBe('USD');
    // The page rendered from that copy takes the short profile: rendered again soon.
    expect(nextCache.cacheLife).toHaveBeenLastCalledWith('catalogue-stale');
  });

  it('fails clearly when WHMCS is down and nothing was ever loaded', async () => {
    // A fresh process on an empty data directory.
    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-index-empty-'));
    vi.stubEnv('DATA_DIR', emptyDir);
    vi.resetModules();
    const fresh = await import('./index');
    whmcs.getProducts.mockRejectedValue(new Error('connect ECONNREFUSED'));
    whmcs.getCurrencies.mockResolvedValue(CURRENCIES);
    await expect(fresh.getCatalogue()).rejects.toThrow(fresh.CatalogueUnavailableError);
    fs.rmSync(emptyDir, { recursive: true, force: true });
  });
});
