import 'server-only';
import path from 'node:path';
import { dataDir, env } from '@/lib/config/env';
import { processWide } from '@/lib/process-wide';
import { secret } from '@/lib/config/secrets';
import type { ApiAccessPolicy } from './access';
import { openSandboxDb } from './db';
import { faultsFilePath } from './faults';
import { createSandboxHandler, type SandboxHandler } from './handler';
import { isResetTokenValid, listMail, redeemPasswordReset } from './password-reset';
import type { Db } from './rows';
import type { ApiHttpRequest, ApiHttpResponse } from './types';

export type { ApiHttpRequest, ApiHttpResponse } from './types';
export { writeSandboxFaults, clearSandboxFaults } from './faults';

export { readBodyUpTo } from './wire/body';

/** The process's one connection to DATA_DIR/sandbox.sqlite, opened (and seeded) on first use. */
function sandboxDb(): Db {
  // Process-wide so dev-mode module reloads reuse the connection instead of leaking one per
  // edit; keyed by file so a changed DATA_DIR gets its own.
  const connections = processWide('sandbox-db', () => new Map<string, Db>());
  const file = path.join(dataDir(), 'sandbox.sqlite');
  let db = connections.get(file);
  if (!db || !db.open) {
    db = openSandboxDb(file);
    connections.set(file, db);
  }
  return db;
}

/** SANDBOX_API_ALLOWED_ACTIONS / _ALLOWED_IPS / _ACCESSKEY; unset, the demo lets everything in. */
function accessFromEnv(): ApiAccessPolicy {
  const { SANDBOX_API_ALLOWED_ACTIONS: actions, SANDBOX_API_ALLOWED_IPS: ips, SANDBOX_API_ACCESSKEY: accessKey } = env();
  return {
    allowedActions: actions ? new Set(actions.map((action) => action.toLowerCase())) : null,
    allowedIps: ips,
    accessKey: accessKey ?? null,
  };
}

/** The sandbox's api.php, configured from the environment: one instance per process and DATA_DIR. */
export function handleApiRequest(request: ApiHttpRequest): Promise<ApiHttpResponse> {
  const handler = processWide<SandboxHandler>(`sandbox-handler:${dataDir()}`, () =>
    createSandboxHandler({
      db: sandboxDb(),
      credentials: { identifier: env().SANDBOX_API_IDENTIFIER, secret: env().SANDBOX_API_SECRET ?? secret('SANDBOX_API_SECRET') },
      faultsFile: faultsFilePath(dataDir()),
      access: accessFromEnv(),
      version: env().SANDBOX_WHMCS_VERSION,
      origin: `http://localhost:${env().PORT}`,
    }),
  );
  return handler(request);
}

/*
 * The sandbox's own web pages (WHMCS's emails and its client-area reset page have no API): the
 * outbox at /sandbox/mail and the reset link's page read these, as WHMCS's own pages read its db.
 */
export const sandboxMail = () => listMail(sandboxDb());
export const isSandboxResetLinkValid = (token: string) => isResetTokenValid(sandboxDb(), token, new Date());
export const redeemSandboxPasswordReset = (token: string, password: string) => redeemPasswordReset(sandboxDb(), token, password, new Date());
