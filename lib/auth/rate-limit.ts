import { lockedTransaction, type StoreDb } from '@/lib/store/db';

/**
 * Failed sign-in and sign-up attempts, counted per key (an IP, an email) in a sliding window and
 * kept in the store db so every worker process, and every instance on a shared database, shares
 * them.
 *
 * An attempt is counted BEFORE WHMCS is asked and forgiven when it succeeds: checking and
 * counting happen in one transaction that holds a lock on the keys, so twenty parallel
 * requests (on any instances) cannot all slip past a "4 failures so far" check.
 */

export interface RatePolicy {
  maxFailures: number;
  windowMs: number;
  /**
   * Instead of a hard block at `maxFailures`: every further attempt waits `baseMs` after the
   * latest failure, doubling with each failure beyond the limit, never more than `maxMs`. Slows
   * a guesser down without locking anyone out for long.
   */
  backoff?: { baseMs: number; maxMs: number };
}

export interface RateDecision {
  allowed: boolean;
  /** How long until one more attempt is allowed; 0 when allowed. */
  retryAfterMs: number;
}

/**
 * Pure: given the times of earlier failures, may one more attempt start now? Blocked while
 * `maxFailures` or more failures fall inside the window; it opens when enough of them age out,
 * or (with `backoff`) once the delay after the latest failure has passed.
 */
export function decide(failureTimes: readonly number[], now: number, policy: RatePolicy): RateDecision {
  const recent = failureTimes.filter((at) => at > now - policy.windowMs && at <= now).sort((a, b) => a - b);
  if (recent.length < policy.maxFailures) return { allowed: true, retryAfterMs: 0 };
  if (policy.backoff) {
    const { baseMs, maxMs } = policy.backoff;
    const delay = Math.min(maxMs, baseMs * 2 ** (recent.length - policy.maxFailures));
    const retryAfterMs = (recent.at(-1) ?? now) + delay - now;
    return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true, retryAfterMs: 0 };
  }
  // The attempt that has to age out for the count to drop below the limit.
  const mustExpire = recent[recent.length - policy.maxFailures] ?? now;
  return { allowed: false, retryAfterMs: mustExpire + policy.windowMs - now };
}

export interface LimitedKey {
  key: string;
  policy: RatePolicy;
}

type AttemptTicket =
  | {
      allowed: true;
      /**
       * The attempt did not fail (it succeeded, or WHMCS could not be asked): forget it, and also
       * every earlier failure counted against `clearKeys`.
       */
      forgive: (clearKeys?: string[]) => Promise<void>;
    }
  | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Counts an attempt against every key, unless one of them is already at its limit. */
  begin(keys: readonly LimitedKey[]): Promise<AttemptTicket>;
}

export function createRateLimiter(db: StoreDb, now: () => number = Date.now): RateLimiter {
  const longestWindow = (keys: readonly LimitedKey[]) => Math.max(0, ...keys.map((k) => k.policy.windowMs));

  return {
    async begin(keys) {
      const at = now();
      const result = await lockedTransaction(
        db,
        keys.map(({ key }) => `rate:${key}`),
        async (tx): Promise<{ ids: number[] } | { retryAfterMs: number }> => {
          await tx.deleteFrom('auth_attempts').where('at', '<', at - longestWindow(keys)).execute();
          let retryAfterMs = 0;
          for (const { key, policy } of keys) {
            const rows = await tx.selectFrom('auth_attempts').select('at').where('key', '=', key).execute();
            const decision = decide(
              rows.map((row) => row.at),
              at,
              policy,
            );
            if (!decision.allowed) retryAfterMs = Math.max(retryAfterMs, decision.retryAfterMs);
          }
          if (retryAfterMs > 0) return { retryAfterMs };
          const inserted = await tx
            .insertInto('auth_attempts')
            .values(keys.map(({ key }) => ({ key, at })))
            .returning('id')
            .execute();
          return { ids: inserted.map((row) => Number(row.id)) };
        },
      );
      if ('retryAfterMs' in result) return { allowed: false, retryAfterMs: result.retryAfterMs };
      return {
        allowed: true,
        forgive: async (clearKeys = []) => {
          await db.transaction().execute(async (tx) => {
            if (result.ids.length > 0) await tx.deleteFrom('auth_attempts').where('id', 'in', result.ids).execute();
            if (clearKeys.length > 0) await tx.deleteFrom('auth_attempts').where('key', 'in', clearKeys).execute();
          });
        },
      };
    },
  };
}

/** "15 minutes", "1 minute": how long to wait, rounded up so it is never too short. */
export function describeWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
