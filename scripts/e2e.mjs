// `npm run test:e2e`: builds Hostfront for production into its own folder, starts it on a free port
// with a throw-away data directory (a fresh sandbox database), and runs the Playwright suite
// against it. Extra arguments go to Playwright (`npm run test:e2e -- e2e/home.spec.ts`).
// E2E_SKIP_BUILD=1 reuses the last e2e build while iterating on tests.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, baseEnv, freePort, hasBuild, runNext, startNext } from './lib/server.mjs';

const distDir = '.next-e2e';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-e2e-'));
const port = await freePort();
const embedHostPort = await freePort();

const serverEnv = baseEnv({
  NODE_ENV: 'production',
  NEXT_DIST_DIR: distDir,
  DATA_DIR: dataDir,
  PORT: String(port),
  REVALIDATE_SECRET: crypto.randomBytes(24).toString('hex'),
  SESSION_SECRET: crypto.randomBytes(32).toString('hex'),
  // The tests call the sandbox's API over HTTP with these (see e2e/fixtures.ts).
  SANDBOX_API_IDENTIFIER: 'hostfront-e2e',
  SANDBOX_API_SECRET: crypto.randomBytes(24).toString('hex'),
  // The embed tests serve a marketing page from a second origin: 127.0.0.1 is allowed to frame
  // embeds, `localhost` on the same port is a different origin and is not.
  EMBED_ALLOWED_ORIGINS: `http://127.0.0.1:${embedHostPort}`,
  // A closed account at checkout is pointed here (e2e/checkout.spec.ts).
  SHOP_SUPPORT_URL: 'https://support.example.com/help',
  // Ecommerce events to window.dataLayer, without loading a third party (e2e/analytics.spec.ts).
  ANALYTICS: 'events',
  // Short enough that the "AddOrder timed out" journey takes seconds, long enough for a slow CI.
  WHMCS_TIMEOUT_MS: process.env.WHMCS_TIMEOUT_MS ?? '4000',
});

if (process.env.E2E_SKIP_BUILD !== '1' || !hasBuild(distDir)) {
  await runNext(['build'], serverEnv);
}

const logFile = path.join(dataDir, 'server.log');
const log = fs.openSync(logFile, 'a');
const server = await startNext({ port, env: serverEnv, log });
console.log(`Hostfront (production build) on ${server.url}, data in ${dataDir}`);

const playwright = spawn(
  process.execPath,
  [path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...serverEnv,
      BASE_URL: server.url,
      E2E_DATA_DIR: dataDir,
      E2E_EMBED_HOST_PORT: String(embedHostPort),
    },
  },
);
const code = await new Promise((resolve) => playwright.on('exit', (c) => resolve(c ?? 1)));
await server.stop();
if (code !== 0) {
  const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n');
  console.error(`\n--- last lines of the server log (${logFile}) ---\n${tail}`);
} else {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
