import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cache } from 'react';
import { usesSandbox } from '@/lib/config/env';
import { catalogueLoader, catalogueSourceName } from '@/lib/app-services';
import { CATALOGUE_PROFILE, CATALOGUE_STALE_PROFILE, CATALOGUE_TAG } from './cache-policy.mjs';
import { rememberSoldCurrencies } from '@/lib/visitor/sold-currencies';
import { loadCatalogueConfig } from './config-file';
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
import { CatalogueUnavailableError, loadWithFallback } from './source';

/**
 * The catalogue the pages render: `getCatalogue()` and friends. Server-only.
 *
 * Caching (see cache-policy.mjs): the WHMCS answers are kept by `'use cache'` with the
 * `catalogue` profile and tag (revalidated once per window, or at once by POST /api/revalidate);
 * the catalogue pages are statically rendered from it (ISR) and inherit its tag and window. When
 * WHMCS fails, the last good copy (memory + DATA_DIR file) is served.
 *
 * Why `'use cache'` without Cache Components: next.config.js enables the directive alone
 * (`experimental.useCache`). `cacheComponents: true` would turn every route into Partial
 * Prerendering (cookies read under Suspense, no route-segment config, a build error for an empty
 * generateStaticParams): a rewrite of the whole app for no gain here, since the catalogue pages
 * are fully static already. In this mode a `'use cache'` scope still hands its revalidate window
 * and tags to the page being rendered (as `unstable_cache`, now legacy, did), and a stale entry
 * is refetched before the page is regenerated, never served into a new page.
 *
 * Unlike `unstable_cache`, `'use cache'` keeps its entries in memory (Next.js's default handler)
 * and has no stale-if-error: the copy that outlives a restart, and that a page is rendered from
 * while WHMCS is down, is the loader's snapshot in DATA_DIR (written on every successful fetch).
 */

export type { Catalogue, CatalogueGroup, CatalogueProduct } from './model';
export { CatalogueUnavailableError } from './source';
export { CATALOGUE_TAG } from './cache-policy.mjs';
export { resolveCurrency, productForCurrency } from './model';

/** What one try at WHMCS gave: the catalogue, or why there is none. */
type CatalogueFetch = { data: CatalogueData } | { failure: string };

/**
 * The WHMCS answers, once per window. `source` (which WHMCS: part of the cache key) keeps two
 * shops started from one build apart.
 *
 * A failure is returned, not thrown: an error thrown inside a `'use cache'` scope fails the
 * page being rendered even when the caller catches it. It is kept only as long as the short
 * `catalogue-stale` profile says, and that profile passes to every page rendered meanwhile
 * (from the last good copy), so such a page is rendered again soon, not kept a whole window.
 */
async function cachedCatalogueData(source: string): Promise<CatalogueFetch> {
  'use cache';
  cacheTag(CATALOGUE_TAG);
  try {
    const data = await catalogueLoader(source).fetchFresh();
    cacheLife(CATALOGUE_PROFILE);
    return { data };
  } catch (error) {
    cacheLife(CATALOGUE_STALE_PROFILE);
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

async function loadCatalogueData(source: string): Promise<CatalogueData> {
  const fetched = await cachedCatalogueData(source);
  if ('failure' in fetched) throw new CatalogueUnavailableError(fetched.failure);
  return fetched.data;
}

/**
 * The whole catalogue. Memoised per request (React `cache`), so a page, its layout and its
 * metadata share one read. Throws CatalogueUnavailableError when WHMCS cannot be reached and
 * no earlier copy exists.
 */
export const getCatalogue = cache(async (): Promise<Catalogue> => {
  const source = catalogueSourceName();
  const { data, stale } = await loadWithFallback(() => loadCatalogueData(source), catalogueLoader(source));
  rememberSoldCurrencies(data.currencies.map((currency) => currency.code));
  return buildCatalogue(data, loadCatalogueConfig(process.env, { sandbox: usesSandbox() }), stale);
});

/** For POST /api/revalidate: WHMCS just spoke to us, so stop pausing after an earlier failure. */
export function forgetCatalogueFailure(): void {
  catalogueLoader(catalogueSourceName()).forgetFailure();
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
