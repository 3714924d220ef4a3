// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite and benchmarks build into their own folder so they never clobber `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // better-sqlite3 is a native module: load it with Node's require, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
};

module.exports = nextConfig;
