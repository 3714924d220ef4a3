import { randomBytes } from 'node:crypto';
import { defineTables, type StoreDb } from '@/lib/store/db';

/**
 * The server-side half of a session. The sealed cookie alone would stay valid until it expires,
 * so a cookie copied before sign-out (a shared computer, a stolen backup) would keep working.
 * Each session therefore has a random id recorded here; the cookie carries the id, signing out
 * deletes the row, and a cookie whose id is not here is no session.
 */
export interface SessionRegistry {
  /** Records a new session for `userId` that lasts `ttlMs`, and returns its id. */
  open(userId: number, ttlMs: number): string;
  /** Whether the session is still open (recorded, not ended, not expired). */
  isOpen(id: string): boolean;
  /** Ends the session: its cookie stops working everywhere. */
  close(id: string): void;
}

const TABLES = `
  CREATE TABLE IF NOT EXISTS auth_sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX IF NOT EXISTS auth_sessions_expires_at ON auth_sessions (expires_at);
`;

export function createSessionRegistry(db: StoreDb, now: () => number = Date.now): SessionRegistry {
  defineTables(TABLES, db);
  const insert = db.prepare<[string, number, number, number]>(
    'INSERT INTO auth_sessions (id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const find = db.prepare<[string, number], { id: string }>('SELECT id FROM auth_sessions WHERE id = ? AND expires_at > ?');
  const remove = db.prepare<[string]>('DELETE FROM auth_sessions WHERE id = ?');
  const prune = db.prepare<[number]>('DELETE FROM auth_sessions WHERE expires_at <= ?');
  return {
    open(userId, ttlMs) {
      const at = now();
      prune.run(at);
      const id = randomBytes(24).toString('base64url');
      insert.run(id, userId, at, at + ttlMs);
      return id;
    },
    isOpen: (id) => find.get(id, now()) !== undefined,
    close: (id) => void remove.run(id),
  };
}
