import 'server-only';
import { cookies, headers } from 'next/headers';
import { CURRENCY_COOKIE, codeFromSegment, currencySegment } from '@/lib/catalogue/currency-choice';
import { storeDb } from '@/lib/store/db';
import { createKnownSignIns, type KnownSignIns } from './known-sign-ins';
import { clientIpFromHeaders } from './request-ip';
import { createRateLimiter, type RateLimiter } from './rate-limit';

/** What the auth actions read from the request and the process: the caller's IP, the limiter, the known sign-ins. */

export async function requestIp(): Promise<string | null> {
  return clientIpFromHeaders(await headers());
}

/** The currency code the visitor browsed in (the catalogue's cookie); null when they never chose. */
export async function browsingCurrencyCode(): Promise<string | null> {
  const segment = currencySegment((await cookies()).get(CURRENCY_COOKIE)?.value);
  return segment ? codeFromSegment(segment) : null;
}

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
