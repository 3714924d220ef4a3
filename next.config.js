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

const noFraming = [
  { key: 'Content-Security-Policy', value: staticPagePolicy() },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite and benchmarks build into their own folder so they never clobber `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // better-sqlite3 is a native module: load it with Node's require, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  async headers() {
    return [{ source: '/((?!embed/|embed\\.js$).*)', headers: noFraming }];
  },
};

module.exports = nextConfig;
