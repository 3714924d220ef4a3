import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { dataDir, env, usesSandbox } from '@/lib/config/env';
import { getCurrencies, getProductAddons, getProductGroups, getProducts } from '@/lib/whmcs';
import {
  CATALOGUE_RETRY_AFTER_FAILURE_MS,
  CATALOGUE_REVALIDATE_SECONDS,
  CATALOGUE_STALE_REVALIDATE_SECONDS,
  CATALOGUE_TAG,
} from './cache-policy';
import { rememberSoldCurrencies } from '@/lib/visitor/sold-currencies';
import { loadCatalogueConfig } from './config-file';
import { catalogueSource } from './source-key';
import {
  buildCatalogue,
  findGroup,
  findProduct,
  findProductById,
  type Catalogue,
  type CatalogueData,
  type CatalogueGroup,
  type CatalogueProduct,
} from './model';
import { fileSnapshotStore } from './snapshot';
import { snapshotFile } from './snapshot-file';
import { createCatalogueLoader, loadWithFallback, type CatalogueLoader } from './source';

/**
 * The catalogue the pages render: `getCatalogue()` and friends. Server-only.
 *
 * Caching (see cache-policy.ts): the WHMCS answers are kept in Next.js's data cache
 * (`unstable_cache`, tag `catalogue`, revalidated every CATALOGUE_REVALIDATE_SECONDS or on demand
 * by POST /api/revalidate); the catalogue pages are statically rendered from it (ISR) and inherit
 * its tag and window. When WHMCS fails, the last good copy (memory + DATA_DIR file) is served.
 */

export type { Catalogue, CatalogueGroup, CatalogueProduct } from './model';
export { CatalogueUnavailableError } from './source';
export { CATALOGUE_TAG } from './cache-policy';
export { resolveCurrency, productForCurrency } from './model';

/**
 * Which WHMCS the catalogue comes from: part of the cache key and of the snapshot. Two servers
 * started from one build share its data cache, so the sandbox (one per DATA_DIR) is named by
 * its folder.
 */
function source(): string {
  return catalogueSource({ sandbox: usesSandbox(), dataDir: dataDir(), whmcsUrl: env().WHMCS_API_URL });
}

/** GetProducts and GetCurrencies, plus the companion's group names and addons when WHMCS has it (null otherwise). */
async function fetchFromWhmcs(): Promise<CatalogueData> {
  const [products, currencies, groups, addons] = await Promise.all([getProducts(), getCurrencies(), getProductGroups(), getProductAddons()]);
  return { products, currencies, groups, addons, fetchedAt: new Date().toISOString() };
}

/**
 * One loader per process, kept on globalThis: Next.js may load this module more than once (pages
 * and route handlers are separate bundles), and they must share the last good copy and the pause
 * after a failure, so that POST /api/revalidate can end that pause for the pages.
 */
const LOADER = Symbol.for('hostfront.catalogue.loader');
type GlobalWithLoader = typeof globalThis & { [LOADER]?: CatalogueLoader };

function catalogueLoader(): CatalogueLoader {
  const holder = globalThis as GlobalWithLoader;
  holder[LOADER] ??= createCatalogueLoader({
    fetch: fetchFromWhmcs,
    snapshots: fileSnapshotStore(snapshotFile(dataDir()), source()),
    retryAfterMs: CATALOGUE_RETRY_AFTER_FAILURE_MS,
  });
  return holder[LOADER];
}

let cachedFetch: (() => Promise<CatalogueData>) | undefined;
function fetchCached(): Promise<CatalogueData> {
  cachedFetch ??= unstable_cache(() => catalogueLoader().fetchFresh(), ['catalogue', 'v1', source()], {
    tags: [CATALOGUE_TAG],
    revalidate: CATALOGUE_REVALIDATE_SECONDS,
  });
  return cachedFetch();
}

/**
 * The whole catalogue. Memoised per request (React `cache`), so a page, its layout and its
 * metadata share one read. Throws CatalogueUnavailableError when WHMCS cannot be reached and
 * no earlier copy exists.
 */
export const getCatalogue = cache(async (): Promise<Catalogue> => {
  const { data, stale } = await loadWithFallback(fetchCached, catalogueLoader());
  if (stale) await shortenPageLifetime();
  rememberSoldCurrencies(data.currencies.map((currency) => currency.code));
  return buildCatalogue(data, loadCatalogueConfig(process.env, { sandbox: usesSandbox() }), stale);
});

/**
 * A page rendered from the last good copy should not be kept for a whole window once WHMCS is
 * back. A cached call with a shorter revalidate lowers the revalidation time of the page being
 * rendered, as Next.js documents for fetch (unstable_cache follows the same rule).
 */
const staleWindow = unstable_cache(async () => true, ['catalogue', 'stale-window'], {
  revalidate: CATALOGUE_STALE_REVALIDATE_SECONDS,
});
async function shortenPageLifetime(): Promise<void> {
  try {
    await staleWindow();
  } catch {
    // Outside a Next.js render (scripts, tests) there is no page to shorten.
  }
}

/** For POST /api/revalidate: WHMCS just spoke to us, so stop pausing after an earlier failure. */
export function forgetCatalogueFailure(): void {
  catalogueLoader().forgetFailure();
}

export async function getGroup(slug: string): Promise<CatalogueGroup | undefined> {
  return findGroup(await getCatalogue(), slug);
}

export async function getProduct(groupSlug: string, productSlug: string): Promise<CatalogueProduct | undefined> {
  return findProduct(await getCatalogue(), groupSlug, productSlug);
}

export async function getProductById(pid: number): Promise<CatalogueProduct | undefined> {
  return findProductById(await getCatalogue(), pid);
}
