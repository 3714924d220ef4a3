// @ts-check

/**
 * How long the storefront trusts its copy of the WHMCS catalogue: the one place these numbers
 * live. Plain ESM JavaScript because next.config.js names the profiles too (`cacheLife`), and
 * lib/catalogue uses them by name (`cacheLife(CATALOGUE_PROFILE)` inside `'use cache'`).
 *
 * Catalogue pages are statically rendered from the catalogue and inherit its profile and tag, so
 * they are regenerated in the background (stale-while-revalidate) once the window has passed:
 * GetProducts and GetCurrencies are called at most once per window however many visitors come.
 * `POST /api/revalidate` (a WHMCS hook on product changes) expires the tag at once.
 */

/** The cache tag on the catalogue data, and through it on every page rendered from it. */
export const CATALOGUE_TAG = 'catalogue';

/** The profile of the catalogue data, and so of every catalogue page. */
export const CATALOGUE_PROFILE = 'catalogue';

/**
 * The profile of a failed try at WHMCS, and so of every page rendered meanwhile from the last
 * good copy: WHMCS is asked again, and such a page rendered again, soon, not after a whole window.
 */
export const CATALOGUE_STALE_PROFILE = 'catalogue-stale';

/** A year: a catalogue nobody asked for in a while is still served (and refreshed), never dropped. */
const KEEP = 365 * 24 * 60 * 60;

/** The profiles, as next.config.js's `cacheLife` option takes them (seconds). */
export const catalogueCacheLife = {
  // Revalidation window of the catalogue (5 minutes); `stale` is what a browser's router may reuse.
  [CATALOGUE_PROFILE]: { stale: 300, revalidate: 300, expire: KEEP },
  [CATALOGUE_STALE_PROFILE]: { stale: 30, revalidate: 30, expire: KEEP },
};

/**
 * After WHMCS failed, how long we serve the last good catalogue without asking again, so an
 * outage costs one slow request per window rather than one per visitor.
 */
export const CATALOGUE_RETRY_AFTER_FAILURE_MS = 30_000;
