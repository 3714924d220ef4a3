// @ts-check
import fs from 'node:fs';
import path from 'node:path';

/**
 * Branding (SHOP_*) is read when a page renders, and a production build renders some pages
 * ahead of time and keeps the rest in its page cache across restarts. So a build is stamped with
 * the branding it was made with, and `npm start` rebuilds when the branding changed: every page
 * shows the new name and colour from the first request. Used by scripts/start.mjs.
 */

const STAMP_FILE = 'hostfront-branding.json';

/** @typedef {Record<string, string | undefined>} Env */

/** The branding settings of an environment, in a stable order. @param {Env} env */
export function brandingOf(env) {
  return Object.fromEntries(
    Object.keys(env)
      .filter((key) => key.startsWith('SHOP_'))
      .sort()
      .map((key) => [key, env[key]]),
  );
}

/**
 * Whether the build in `distDir` was made with other branding than `env`'s (or is not stamped).
 * @param {string} distDir @param {Env} env
 */
export function brandingChanged(distDir, env) {
  try {
    return JSON.stringify(JSON.parse(fs.readFileSync(path.join(distDir, STAMP_FILE), 'utf8'))) !== JSON.stringify(brandingOf(env));
  } catch {
    return true;
  }
}

/** Records the branding a fresh build in `distDir` was made with. @param {string} distDir @param {Env} env */
export function stampBranding(distDir, env) {
  fs.writeFileSync(path.join(distDir, STAMP_FILE), JSON.stringify(brandingOf(env)));
}
