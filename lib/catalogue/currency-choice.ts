/**
 * Which currency a visitor sees, decided before any page renders (proxy.ts) and remembered in a
 * cookie. Shared by the proxy, the pages and the header's switcher, so it imports nothing
 * server-only.
 *
 * Catalogue pages are statically rendered once per currency. Visitors who made no choice get the
 * default-currency pages at the public URLs; for those who did, the proxy rewrites the public URL
 * (`/store/vps`) to an internal one carrying the currency (`/c/eur/store/vps`).
 */

export const CURRENCY_COOKIE = 'currency';
/** The search parameter a shared link or a deep link selects a currency with (`?currency=EUR`). */
export const CURRENCY_PARAM = 'currency';
/** The internal segment for "no choice made": the page renders the shop's default currency. */
export const DEFAULT_CURRENCY_SEGMENT = 'default';
/** A year: a returning visitor keeps their currency. */
export const CURRENCY_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

const CODE = /^[A-Za-z]{3}$/;

/** A currency code as a URL segment ("EUR" -> "eur"); null for anything that is not a 3-letter code. */
export function currencySegment(code: string | null | undefined): string | null {
  const trimmed = code?.trim() ?? '';
  return CODE.test(trimmed) ? trimmed.toLowerCase() : null;
}

/** The visitor's currency segment: the URL parameter first, then the cookie, else the default. */
export function chooseCurrencySegment(param: string | null | undefined, cookie: string | null | undefined): string {
  return currencySegment(param) ?? currencySegment(cookie) ?? DEFAULT_CURRENCY_SEGMENT;
}

/** Back from the segment to the code to look up (null: use the shop's default). */
export function codeFromSegment(segment: string): string | null {
  return segment === DEFAULT_CURRENCY_SEGMENT ? null : (currencySegment(segment)?.toUpperCase() ?? null);
}
