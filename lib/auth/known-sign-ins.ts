import { defineTables, type StoreDb } from '@/lib/store/db';
import { pairKey } from './limits';

/**
 * Where each email address signed in successfully from (email + IP), for 90 days. An attempt
 * from such a place is the owner's most likely, so the per-email ceiling that slows down an
 * attack on the account does not apply to it (see limits.ts); the per-pair limit still does.
 */
export interface KnownSignIns {
  remember(email: string, ip: string): void;
  isKnown(email: string, ip: string): boolean;
}

const REMEMBER_MS = 90 * 24 * 60 * 60_000;

const TABLES = `
  CREATE TABLE IF NOT EXISTS auth_known_sign_ins (
    key TEXT PRIMARY KEY,
    last_at INTEGER NOT NULL
  );
`;

export function createKnownSignIns(db: StoreDb, now: () => number = Date.now): KnownSignIns {
  defineTables(TABLES, db);
  const upsert = db.prepare<[string, number]>(
    'INSERT INTO auth_known_sign_ins (key, last_at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET last_at = excluded.last_at',
  );
  const find = db.prepare<[string, number], { key: string }>('SELECT key FROM auth_known_sign_ins WHERE key = ? AND last_at > ?');
  const prune = db.prepare<[number]>('DELETE FROM auth_known_sign_ins WHERE last_at <= ?');
  return {
    remember(email, ip) {
      const at = now();
      prune.run(at - REMEMBER_MS);
      upsert.run(pairKey('sign-in', email, ip), at);
    },
    isKnown: (email, ip) => find.get(pairKey('sign-in', email, ip), now() - REMEMBER_MS) !== undefined,
  };
}
