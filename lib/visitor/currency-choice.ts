/**
 * The visitor's currency choice: a cookie the header's switcher sets, or `?currency=` in a link
 * (which the proxy turns into the cookie). Pure and client-safe: the proxy, the switcher and the
 * server-side reader (./index.ts) share these names and this one rule.
 *
 * next.config.js routes on the cookie before any code runs and spells the same rule as a pattern
 * (`[A-Z]{3}`): keep the two in step.
 */

export const CURRENCY_COOKIE = 'currency';
/** The search parameter a shared link or a deep link selects a currency with (`?currency=EUR`). */
export const CURRENCY_PARAM = 'currency';
/** A year: a returning visitor keeps their currency. */
export const CURRENCY_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

const COOKIE_VALUE = /^[A-Z]{3}$/;
const PARAM_VALUE = /^[A-Za-z]{3}$/;

/**
 * The code a `currency` cookie names, or null: no choice. The cookie is only ever written in
 * capitals (the switcher, the proxy); any other value is treated as no choice at all, by the
 * router and by every page alike.
 */
export function currencyFromCookie(value: string | null | undefined): string | null {
  return value && COOKIE_VALUE.test(value) ? value : null;
}

/** The code a `?currency=` link asks for, in capitals, or null when it is not a 3-letter code. */
export function currencyFromParam(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return PARAM_VALUE.test(trimmed) ? trimmed.toUpperCase() : null;
}
