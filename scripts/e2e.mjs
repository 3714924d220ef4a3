// `npm run test:e2e`: builds Hostfront for production into its own folder, starts it on a free port
// with a throw-away data directory (a fresh sandbox database), and runs the Playwright suite
// against it. Extra arguments go to Playwright (`npm run test:e2e -- e2e/home.spec.ts`).
// E2E_SKIP_BUILD=1 reuses the last e2e build while iterating on tests.
// When e2e/instances.faults.spec.ts is part of the run, it also starts a throw-away PostgreSQL and
// two more `next start` instances of the same build on it (A and B), with the first server's
// sandbox as their WHMCS, as a shop running several instances would.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from './lib/postgres.mjs';
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
  // One build serves every instance (instances spec): what they must share is fixed at build time.
  DEPLOYMENT_ID: 'hostfront-e2e',
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
});

const specs = process.argv.slice(2).filter((arg) => arg.endsWith('.ts'));
const withInstances = specs.length === 0 || specs.some((spec) => spec.includes('instances'));
// The faults project depends on the journeys project only so that a whole run breaks the shared
// sandbox last; asked for faults specs alone, Playwright would otherwise run every journey first.
const onlyFaults = specs.length > 0 && specs.every((spec) => spec.endsWith('.faults.spec.ts'));

if (process.env.E2E_SKIP_BUILD !== '1' || !hasBuild(distDir)) {
  await runNext(['build'], serverEnv);
}

const logFile = path.join(dataDir, 'server.log');
const log = fs.openSync(logFile, 'a');
const server = await startNext({ port, env: serverEnv, log });
console.log(`Hostfront (production build) on ${server.url}, data in ${dataDir}`);
const instances = withInstances ? await startInstances() : null;

/**
 * PostgreSQL and instances A and B on it, started side by side. Their WHMCS is the first server's
 * sandbox, so stopping A (the spec does) leaves the sandbox up. Each instance logs to its own file.
 */
async function startInstances() {
  const postgres = await startPostgres();
  const [portA, portB] = [await freePort(), await freePort()];
  const instanceEnv = (name, instancePort) => ({
    ...serverEnv,
    PORT: String(instancePort),
    DATA_DIR: path.join(dataDir, `instance-${name}`),
    DATABASE_URL: postgres.url,
    WHMCS_API_URL: `${server.url}/includes/api.php`,
    WHMCS_API_IDENTIFIER: serverEnv.SANDBOX_API_IDENTIFIER,
    WHMCS_API_SECRET: serverEnv.SANDBOX_API_SECRET,
    // The demo shop's group names, as on the sandbox itself.
    CATALOGUE_CONFIG: 'catalogue.sandbox.json',
  });
  const start = (name, instancePort) =>
    startNext({ port: instancePort, env: instanceEnv(name, instancePort), log: fs.openSync(path.join(dataDir, `instance-${name}.log`), 'a') });
  const [a, b] = await Promise.all([start('a', portA), start('b', portB)]);
  console.log(`Instances A on ${a.url} and B on ${b.url}, on PostgreSQL ${postgres.url}`);
  return { a, b, postgres };
}

// e2e/versions.spec.ts runs the smoke journey on the oldest WHMCS the sandbox emulates too: a second
// server from the same build on its own data, started only when that spec can be among those run.
const oldestDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-e2e-oldest-'));
const oldest =
  specs.length === 0 || specs.some((spec) => spec.includes('versions.spec'))
    ? await freePort().then((oldestPort) =>
        startNext({ port: oldestPort, log, env: { ...serverEnv, DATA_DIR: oldestDir, PORT: String(oldestPort), SANDBOX_WHMCS_VERSION: '8.0' } }),
      )
    : null;

const playwright = spawn(
  process.execPath,
  [path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...(onlyFaults ? ['--no-deps'] : []), ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...serverEnv,
      BASE_URL: server.url,
      E2E_DATA_DIR: dataDir,
      E2E_EMBED_HOST_PORT: String(embedHostPort),
      ...(instances
        ? { E2E_INSTANCE_A_URL: instances.a.url, E2E_INSTANCE_A_PID: String(instances.a.child.pid), E2E_INSTANCE_B_URL: instances.b.url }
        : {}),
      ...(oldest ? { E2E_OLDEST_WHMCS_URL: oldest.url } : {}),
    },
  },
);
const code = await new Promise((resolve) => playwright.on('exit', (c) => resolve(c ?? 1)));
await server.stop();
if (instances) {
  await Promise.all([instances.a.stop(), instances.b.stop()]);
  await instances.postgres.stop();
}
await oldest?.stop();
fs.rmSync(oldestDir, { recursive: true, force: true });
if (code !== 0) {
  const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-60).join('\n');
  console.error(`\n--- last lines of the server log (${logFile}) ---\n${tail}`);
} else {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
