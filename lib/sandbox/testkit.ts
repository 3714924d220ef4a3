import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { httpBuildQuery, serialize, type PhpArray, type QueryParams } from '@/lib/php';
import type { ApiAccessPolicy } from './access';
import { openSandboxDb } from './db';
import { createSandboxHandler } from './handler';
import type { Db } from './rows';
import type { ApiHttpResponse } from './types';

/**
 * Test support: a sandbox on its own temporary DATA_DIR with a pinned clock, and a client that
 * sends real wire bytes (PHP's http_build_query, base64 PHP-serialized option arrays).
 * Used by the unit tests only; nothing in the app imports it.
 */
export const TEST_CREDENTIALS = { identifier: 'test-identifier', secret: 'test-secret-123' };
const TEST_ORIGIN = 'http://shop.test';
export const TEST_NOW = new Date('2025-06-15T10:00:00Z');

export interface CallResult {
  status: number;
  headers: Record<string, string>;
  raw: string;
  // The answer as parsed JSON; tests index into it freely.
  body: Record<string, unknown> & { result?: string; message?: string };
}

export interface TestSandbox {
  dir: string;
  file: string;
  db: Db;
  clock: { now: Date };
  sleeps: number[];
  /** Called inside every injected wait, so tests can look at the database mid-request. */
  onSleep: (() => void) | null;
  /** Sends from a documentation address (not loopback) unless `remoteIp` says otherwise. */
  send(contentType: string | null, body: string | Uint8Array, remoteIp?: string): Promise<ApiHttpResponse>;
  /** A GET with every variable in the query string, as some clients send them. */
  get(query: string, remoteIp?: string): Promise<ApiHttpResponse>;
  call(action: string, params?: QueryParams): Promise<CallResult>;
  close(): void;
}

/** base64(serialize(array)) as AddOrder's `customfields[i]` / `configoptions[i]` want it. */
export function phpArray64(values: PhpArray): string {
  return Buffer.from(serialize(values), 'utf8').toString('base64');
}

export function formBody(params: QueryParams): string {
  return httpBuildQuery(params);
}

export function toResult(response: ApiHttpResponse): CallResult {
  let body: CallResult['body'] = {};
  try {
    body = JSON.parse(response.body) as CallResult['body'];
  } catch {
    body = {};
  }
  return { status: response.status, headers: response.headers, raw: response.body, body };
}

export function createTestSandbox(options: { now?: Date; dir?: string; access?: ApiAccessPolicy; version?: string } = {}): TestSandbox {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-sandbox-'));
  const file = path.join(dir, 'sandbox.sqlite');
  const clock = { now: options.now ?? TEST_NOW };
  const db = openSandboxDb(file, { now: () => clock.now });
  const sleeps: number[] = [];
  const hooks: { onSleep: (() => void) | null } = { onSleep: null };
  const handler = createSandboxHandler({
    db,
    credentials: TEST_CREDENTIALS,
    faultsFile: path.join(dir, 'sandbox-faults.json'),
    origin: TEST_ORIGIN,
    access: options.access,
    version: options.version,
    now: () => clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
      hooks.onSleep?.();
    },
  });
  const send = (contentType: string | null, body: string | Uint8Array, remoteIp = '198.51.100.9') =>
    handler({ method: 'POST', contentType, body, remoteIp });
  const get = (query: string, remoteIp = '198.51.100.9') => handler({ method: 'GET', query, contentType: null, body: '', remoteIp });
  return {
    dir,
    file,
    db,
    clock,
    sleeps,
    get onSleep() {
      return hooks.onSleep;
    },
    set onSleep(hook) {
      hooks.onSleep = hook;
    },
    send,
    get,
    async call(action, params = {}) {
      const body = formBody({ ...TEST_CREDENTIALS, action, responsetype: 'json', ...params });
      return toResult(await send('application/x-www-form-urlencoded', body));
    },
    close() {
      db.close();
      if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
