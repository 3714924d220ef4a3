import type { StoreDb } from '@/lib/store/db';
import { pairKey } from './limits';

/**
 * Where each email address signed in successfully from (email + IP), for 90 days. An attempt
 * from such a place is the owner's most likely, so the per-email ceiling that slows down an
 * attack on the account does not apply to it (see limits.ts); the per-pair limit still does.
 */
export interface KnownSignIns {
  remember(email: string, ip: string): Promise<void>;
  isKnown(email: string, ip: string): Promise<boolean>;
}

const REMEMBER_MS = 90 * 24 * 60 * 60_000;

export function createKnownSignIns(db: StoreDb, now: () => number = Date.now): KnownSignIns {
  return {
    async remember(email, ip) {
      const at = now();
      await db.deleteFrom('auth_known_sign_ins').where('last_at', '<=', at - REMEMBER_MS).execute();
      await db
        .insertInto('auth_known_sign_ins')
        .values({ key: pairKey('sign-in', email, ip), last_at: at })
        .onConflict((oc) => oc.column('key').doUpdateSet({ last_at: at }))
        .execute();
    },
    async isKnown(email, ip) {
      const row = await db
        .selectFrom('auth_known_sign_ins')
        .select('key')
        .where('key', '=', pairKey('sign-in', email, ip))
        .where('last_at', '>', now() - REMEMBER_MS)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
