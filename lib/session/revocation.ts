import { randomBytes } from 'node:crypto';
import type { StoreDb } from '@/lib/store/db';

/**
 * The server-side half of a session. The sealed cookie alone would stay valid until it expires,
 * so a cookie copied before sign-out (a shared computer, a stolen backup) would keep working.
 * Each session therefore has a random id recorded here; the cookie carries the id, signing out
 * deletes the row, and a cookie whose id is not here is no session.
 */
export interface SessionRegistry {
  /** Records a new session for `userId` that lasts `ttlMs`, and returns its id. */
  open(userId: number, ttlMs: number): Promise<string>;
  /** Whether the session is still open (recorded, not ended, not expired). */
  isOpen(id: string): Promise<boolean>;
  /** Ends the session: its cookie stops working everywhere. */
  close(id: string): Promise<void>;
}

export function createSessionRegistry(db: StoreDb, now: () => number = Date.now): SessionRegistry {
  return {
    async open(userId, ttlMs) {
      const at = now();
      await db.deleteFrom('auth_sessions').where('expires_at', '<=', at).execute();
      const id = randomBytes(24).toString('base64url');
      await db.insertInto('auth_sessions').values({ id, user_id: userId, created_at: at, expires_at: at + ttlMs }).execute();
      return id;
    },
    async isOpen(id) {
      const row = await db.selectFrom('auth_sessions').select('id').where('id', '=', id).where('expires_at', '>', now()).executeTakeFirst();
      return row !== undefined;
    },
    async close(id) {
      await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
    },
  };
}
