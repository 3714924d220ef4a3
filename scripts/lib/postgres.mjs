// A throw-away PostgreSQL cluster in a temp folder on a free port, for the store tests
// (vitest globalSetup), the two-instance end-to-end test and the benchmark. Debian's `postgresql`
// package provides the binaries (/usr/lib/postgresql/<version>/bin; PG_BIN overrides). PostgreSQL
// refuses to run as root, so as root the cluster belongs to the `postgres` user (PG_OS_USER).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './server.mjs';

const DB_USER = 'hostfront';

function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((version) => fs.existsSync(path.join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL is not installed, and the store tests run against a throw-away PostgreSQL as well as SQLite. ' +
        "Install Debian's `postgresql` package (apt-get install postgresql; .ci/run does this) or set PG_BIN to the folder holding initdb.",
    );
  }
  return path.join(root, versions[0], 'bin');
}

/** Runs a PostgreSQL binary, as the cluster's owner when this process is root. */
function command(bin, args) {
  const osUser = process.env.PG_OS_USER || 'postgres';
  return process.getuid?.() === 0 ? ['runuser', ['-u', osUser, '--', bin, ...args], osUser] : [bin, args, null];
}

async function waitUntilReady(url, child, deadline) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited at start-up (code ${child.exitCode})`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections in time: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Starts a fresh cluster; resolves with its URL (superuser `hostfront`, database `postgres`)
 * and `stop()`, which shuts it down and deletes the folder.
 */
export async function startPostgres({ log = 'ignore' } = {}) {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-pg-'));
  const data = path.join(dir, 'data');
  const [, , osUser] = command('', []);
  if (osUser) execFileSync('chown', [osUser, dir]);
  const run = (name, args) => {
    const [file, argv] = command(path.join(bin, name), args);
    return execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  run('initdb', ['-D', data, '-U', DB_USER, '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const port = await freePort();
  // Durability is pointless for a throw-away cluster; without it the tests run faster.
  const [file, argv] = command(path.join(bin, 'postgres'), [
    '-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1',
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200',
  ]);
  const child = spawn(file, argv, { stdio: ['ignore', log, log] });
  const url = `postgres://${DB_USER}@127.0.0.1:${port}/postgres`;
  await waitUntilReady(url, child, Date.now() + 30_000);
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve()));
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']);
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
