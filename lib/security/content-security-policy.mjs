// @ts-check

/**
 * The shop's Content-Security-Policy, in one place for next.config.js (static pages) and
 * proxy.ts (per-request pages). Plain ESM JavaScript because next.config.js loads it too.
 *
 * Two policies, because catalogue pages are static and must stay so:
 *
 * - Pages rendered per request (cart, checkout, orders, account, sign-in) get a strict policy:
 *   a fresh nonce per response and `'strict-dynamic'`. Next.js reads the nonce from the request's
 *   policy (set by proxy.ts) and puts it on every script it renders. These pages are where
 *   visitor input is echoed back (forms, cart contents, query strings), so this is where script
 *   injection would matter.
 * - Static pages (catalogue, home, embed builder, not-found) cannot carry a nonce (it would be
 *   baked into the cached HTML and shared by everyone) and their inline scripts (Next.js's RSC
 *   payload) change with the content, so hashes cannot be listed in a header either. They allow
 *   scripts from this origin and inline ones, and nothing from anywhere else; they render only
 *   catalogue data, never input from the request.
 *
 * Both forbid plugins, `<base>` rewriting and framing (embeds set their own frame-ancestors).
 */

/** @param {Record<string, string[]>} directives */
function serialise(directives) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** @type {Record<string, string[]>} */
const COMMON = {
  'default-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Google Tag Manager and the Google Analytics endpoints it sends to, allowed only when the shop
 * turned it on (ANALYTICS=gtm, see lib/analytics); every other shop allows no third party.
 */
const GTM_SCRIPT = 'https://www.googletagmanager.com';
const GTM_CONNECT = ['https://www.googletagmanager.com', 'https://*.google-analytics.com', 'https://*.analytics.google.com'];

/** Whether the shop loads Google Tag Manager. @param {Record<string, string | undefined>} env */
export function loadsGtm(env = process.env) {
  return env.ANALYTICS === 'gtm';
}

/** @param {boolean} gtm */
function common(gtm) {
  return gtm ? { ...COMMON, 'connect-src': ["'self'", ...GTM_CONNECT] } : COMMON;
}

/** For static pages: see above. */
export function staticPagePolicy(gtm = loadsGtm()) {
  return serialise({ ...common(gtm), 'script-src': ["'self'", "'unsafe-inline'", ...(gtm ? [GTM_SCRIPT] : [])] });
}

/**
 * For pages rendered per request, with this response's nonce. GTM needs no host here: the
 * shop's own (nonce-trusted) script inserts it, which 'strict-dynamic' allows.
 */
export function dynamicPagePolicy(/** @type {string} */ nonce, gtm = loadsGtm()) {
  return serialise({ ...common(gtm), 'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] });
}
