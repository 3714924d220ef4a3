import fs from 'node:fs';

/**
 * Which Chromium Playwright should drive. `CHROMIUM_PATH` wins; otherwise Debian's `chromium` when it
 * is installed (Playwright cannot download its own browser on machines without internet access);
 * otherwise undefined, so Playwright's own downloaded browser is used as usual.
 */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Quiet flags: no background traffic to Google's services from a test browser. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
