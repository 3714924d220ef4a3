import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

export function baseEnv(extra = {}) {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs `next <args>` and resolves when it exits 0. */
export function runNext(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { cwd: ROOT, env, stdio: 'inherit' });
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`next ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

export function hasBuild(distDir) {
  return fs.existsSync(path.join(ROOT, distDir, 'BUILD_ID'));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `next start` and resolves once it answers HTTP; the returned handle stops it. */
// No `-H`: like `npm start`, listen on every local address. Next.js forwards some server actions to
// itself through `localhost`, which must then answer on IPv4 and IPv6 alike.
export async function startNext({ port, env, log = 'inherit' }) {
  // Keep idle connections longer than any pause in a test, so a client never reuses a socket the
  // server is closing (Node's default is 5 s).
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '--keepAliveTimeout', '65000'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', log, log],
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(`${url}/robots.txt`);
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error('next start did not answer within 60 s');
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
