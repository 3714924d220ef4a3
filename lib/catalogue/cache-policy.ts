/**
 * How long the storefront trusts its copy of the WHMCS catalogue: the one place these numbers
 * live. Pages are statically rendered from the catalogue and regenerated in the background
 * (stale-while-revalidate) once the window has passed, so GetProducts and GetCurrencies are
 * called at most once per window however many visitors come. `POST /api/revalidate` (a WHMCS
 * hook on product changes) ends the window at once.
 */

/** The cache tag on the catalogue data, and through it on every page rendered from it. */
export const CATALOGUE_TAG = 'catalogue';

/** Revalidation window of the catalogue, and so of every catalogue page. */
export const CATALOGUE_REVALIDATE_SECONDS = 300;

/**
 * After WHMCS failed, how long we serve the last good catalogue without asking again, so an
 * outage costs one slow request per window rather than one per visitor.
 */
export const CATALOGUE_RETRY_AFTER_FAILURE_MS = 30_000;

/** How soon a page rendered from the last good copy (WHMCS down) is rendered again. */
export const CATALOGUE_STALE_REVALIDATE_SECONDS = 30;
