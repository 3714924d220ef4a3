import type { LimitedKey, RatePolicy } from './rate-limit';

/**
 * How many failed attempts are allowed. Per email address: 5 in 15 minutes, which stops password
 * guessing against one account. Per IP: looser, 20 in 15 minutes, because one address is often
 * many people (an office, a mobile carrier's NAT); it stops one machine spraying many accounts.
 */
export const PER_EMAIL: RatePolicy = { maxFailures: 5, windowMs: 15 * 60_000 };
export const PER_IP: RatePolicy = { maxFailures: 20, windowMs: 15 * 60_000 };

export type AuthAction = 'sign-in' | 'sign-up';

export function emailKey(action: AuthAction, email: string): string {
  return `${action}:email:${email.trim().toLowerCase()}`;
}

/** The keys an attempt is counted against; without a known IP only the email limit applies. */
export function attemptKeys(action: AuthAction, email: string, ip: string | null): LimitedKey[] {
  const keys: LimitedKey[] = [{ key: emailKey(action, email), policy: PER_EMAIL }];
  if (ip) keys.push({ key: `${action}:ip:${ip}`, policy: PER_IP });
  return keys;
}
