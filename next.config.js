// @ts-check

/**
 * Nothing but the embeds may be framed: checkout, account and order pages must never load inside
 * somebody else's page (clickjacking). The embeds set their own `frame-ancestors` at request time
 * from EMBED_ALLOWED_ORIGINS (see app/embed), so they are left out here.
 */
// The static pages' Content-Security-Policy (framing forbidden included); pages rendered per
// request get a stricter, nonce-based one from proxy.ts. See lib/security/content-security-policy.mjs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const { staticPagePolicy } = require('./lib/security/content-security-policy.mjs');
// The catalogue's cache profiles (revalidation windows), named where lib/catalogue uses them.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS
const { catalogueCacheLife } = require('./lib/catalogue/cache-policy.mjs');

const noFraming = [
  { key: 'Content-Security-Policy', value: staticPagePolicy() },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/**
 * The catalogue has one route tree, app/(catalogue)/[currency], whose first segment is the
 * currency a page shows; its public URLs (`/`, `/store/...`, as in WHMCS) carry none. The router
 * picks the copy before any code runs, so every visitor gets a static page:
 * - a `currency` cookie holding a code (three capitals, as the switcher and the proxy write it;
 *   lib/visitor/currency-choice.ts reads the cookie by the same rule) → that currency's copy;
 * - anything else → the shop's default currency (`default`, see page-currency.ts).
 * A `?currency=` link is the proxy's job (it also sets the cookie), and runs before these.
 */
const CURRENCY_COOKIE = { type: 'cookie', key: 'currency', value: '(?<currency>[A-Z]{3})' };
/** @type {import('next').Rewrite[]} */
const catalogueRoutes = [
  { source: '/', has: [CURRENCY_COOKIE], destination: '/:currency' },
  { source: '/store/:path*', has: [CURRENCY_COOKIE], destination: '/:currency/store/:path*' },
  { source: '/', destination: '/default' },
  { source: '/store/:path*', destination: '/default/store/:path*' },
];
/**
 * The same URL shows different prices depending on the cookie, so no shared cache (CDN) may keep
 * a chosen currency's page; Next.js keeps its own server-side copy per currency all the same.
 */
const privatePerVisitor = [{ key: 'Cache-Control', value: 'private, no-cache' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite and benchmarks build into their own folder so they never clobber `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Several instances of one shop (DATABASE_URL) run the same build under one id, so a page or a
  // server action from one instance is understood by the others (version skew protection).
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  poweredByHeader: false,
  // `'use cache'` for the catalogue data, without Cache Components: why, in lib/catalogue/index.ts.
  // Next.js 16 warns that the flag is deprecated in favour of `cacheComponents`; that is expected.
  experimental: { useCache: true },
  cacheLife: catalogueCacheLife,
  // The page cache, minus "not found" answers (see the file).
  cacheHandler: require.resolve('./lib/cache/page-cache.cjs'),
  // better-sqlite3 is a native module: load it with Node's require, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  async headers() {
    return [
      { source: '/((?!embed/|embed\\.js$).*)', headers: noFraming },
      { source: '/', has: [CURRENCY_COOKIE], headers: privatePerVisitor },
      { source: '/store/:path*', has: [CURRENCY_COOKIE], headers: privatePerVisitor },
    ];
  },
  async rewrites() {
    return { beforeFiles: catalogueRoutes, afterFiles: [], fallback: [] };
  },
};

module.exports = nextConfig;
