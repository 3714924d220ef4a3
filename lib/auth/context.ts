import 'server-only';
import { headers } from 'next/headers';
import { storeDb } from '@/lib/store/db';
import { createKnownSignIns, type KnownSignIns } from './known-sign-ins';
import { clientIpFromHeaders } from './request-ip';
import { createRateLimiter, type RateLimiter } from './rate-limit';

/** What the auth actions read from the request and the process: the caller's IP, the limiter, the known sign-ins. */

export async function requestIp(): Promise<string | null> {
  return clientIpFromHeaders(await headers());
}

/** The currency code the visitor browsed in; null when they never chose (read by lib/visitor). */
export { chosenCurrencyCode as browsingCurrencyCode } from '@/lib/visitor';

let limiter: RateLimiter | undefined;
export function authRateLimiter(): RateLimiter {
  limiter ??= createRateLimiter(storeDb());
  return limiter;
}

let known: KnownSignIns | undefined;
export function knownSignIns(): KnownSignIns {
  known ??= createKnownSignIns(storeDb());
  return known;
}
