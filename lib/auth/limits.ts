import type { LimitedKey, RatePolicy } from './rate-limit';

/**
 * How many failed attempts are allowed, chosen so that a stranger cannot lock a customer out:
 *
 * - Per email address and IP together: 5 in 15 minutes. Someone guessing one account from one
 *   machine is stopped, and only that machine is.
 * - Per IP: 20 in 15 minutes, looser because one address is often many people (an office, a
 *   mobile carrier's NAT); it stops one machine spraying many accounts.
 * - Per email address from anywhere: a ceiling, not a lock. After 10 failures in a day every
 *   further attempt waits after the previous failure, 30 seconds doubling up to 15 minutes, so a
 *   guesser using many addresses gets a few guesses an hour. The owner signing in from an address
 *   they signed in from before is not held by it, and "Reset your password" is always there.
 */
export const PER_PAIR: RatePolicy = { maxFailures: 5, windowMs: 15 * 60_000 };
export const PER_IP: RatePolicy = { maxFailures: 20, windowMs: 15 * 60_000 };
export const PER_EMAIL: RatePolicy = {
  maxFailures: 10,
  windowMs: 24 * 60 * 60_000,
  backoff: { baseMs: 30_000, maxMs: 15 * 60_000 },
};

export type AuthAction = 'sign-in' | 'sign-up' | 'reset';

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function pairKey(action: AuthAction, email: string, ip: string): string {
  return `${action}:pair:${normaliseEmail(email)}|${ip}`;
}

/**
 * The keys an attempt is counted against. Without a known IP only the per-email ceiling applies;
 * `ownerKnown` (this email signed in from this IP before) leaves the ceiling out, so an attack on
 * the account from elsewhere does not slow its owner down.
 */
export function attemptKeys(action: AuthAction, email: string, ip: string | null, ownerKnown = false): LimitedKey[] {
  const keys: LimitedKey[] = [];
  if (!ownerKnown || !ip) keys.push({ key: `${action}:email:${normaliseEmail(email)}`, policy: PER_EMAIL });
  if (ip) {
    keys.push({ key: pairKey(action, email, ip), policy: PER_PAIR });
    keys.push({ key: `${action}:ip:${ip}`, policy: PER_IP });
  }
  return keys;
}
