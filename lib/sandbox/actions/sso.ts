import crypto from 'node:crypto';
import { ApiError } from '../errors';
import type { Db } from '../rows';
import { phpInt, scalar } from '../wire/params';
import type { Action } from './context';

const TOKEN_LIFETIME_MS = 60_000;

/** Where the sandbox sends an SSO token holder: its own invoice page, or its client area. */
function sandboxPath(destination: string, redirectPath: string): string {
  const invoice = /(?:viewinvoice\.php\?id=|invoice\/)(\d+)/i.exec(redirectPath) ?? /invoice[:/](\d+)/i.exec(destination);
  return invoice ? `/sandbox/invoice/${invoice[1]}` : '/sandbox';
}

/**
 * CreateSsoToken (`client_id` and/or `user_id`, `destination`, `sso_redirect_path`): a single-use
 * token valid 60 s and a `redirect_url` on the sandbox (`/sandbox/invoice/{id}?access_token=...`
 * for `viewinvoice.php?id={id}`), standing in for WHMCS's oauth/singlesignon.php.
 */
export const createSsoToken: Action = ({ db, params, now, origin }) => {
  const clientId = phpInt(params.client_id);
  const client = clientId ? db.prepare('SELECT id FROM clients WHERE id = ?').get(clientId) : undefined;
  let userId = phpInt(params.user_id);
  if (userId) {
    if (!db.prepare('SELECT id FROM users WHERE id = ?').get(userId)) throw new ApiError('Invalid user_id');
    if (client && !db.prepare('SELECT 1 FROM user_clients WHERE user_id = ? AND client_id = ?').get(userId, clientId)) {
      throw new ApiError('Invalid user_id for client');
    }
  } else if (client) {
    const owner = db.prepare('SELECT user_id FROM user_clients WHERE client_id = ? AND owner = 1').get(clientId) as
      | { user_id: number }
      | undefined;
    if (!owner) throw new ApiError('No owner found for client');
    userId = owner.user_id;
  }
  if (!client && !userId) throw new ApiError('A valid client_id or user_id is required');

  const destination = scalar(params, 'destination') ?? 'clientarea:homepage';
  const path = sandboxPath(destination, scalar(params, 'sso_redirect_path') ?? '');
  const token = crypto.randomBytes(24).toString('hex');
  db.prepare(
    'INSERT INTO sso_tokens (token, client_id, user_id, destination, redirect_path, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(token, client ? clientId : 0, userId, destination, path, now.getTime() + TOKEN_LIFETIME_MS);
  return { result: 'success', access_token: token, redirect_url: `${origin}${path}?access_token=${token}` };
};

export interface RedeemedSsoToken {
  clientId: number;
  userId: number;
  redirectPath: string;
}

/** Uses up a token: null when unknown, used already, or older than 60 seconds. */
export function redeemSsoTokenIn(db: Db, token: string, now: Date): RedeemedSsoToken | null {
  return db
    .transaction(() => {
      const row = db.prepare('SELECT * FROM sso_tokens WHERE token = ?').get(token) as
        | { client_id: number; user_id: number; redirect_path: string; expires_at: number; used: number }
        | undefined;
      if (!row || row.used || row.expires_at < now.getTime()) return null;
      db.prepare('UPDATE sso_tokens SET used = 1 WHERE token = ?').run(token);
      return { clientId: row.client_id, userId: row.user_id, redirectPath: row.redirect_path };
    })
    .immediate();
}
