import { describeWait, type RateDecision, type RateLimiter, type RatePolicy } from '@/lib/auth/rate-limit';

/**
 * How many new carts one IP address may start: a cart row is only written when something is put
 * in it, and this bounds how fast a script can fill the store db with carts. One address is often
 * many people (an office, a mobile carrier's NAT), so the limit is far above what they start.
 */
export const NEW_CARTS_PER_IP: RatePolicy = { maxFailures: 30, windowMs: 10 * 60_000 };

/** Counts one new cart against the visitor's IP (all visitors without a known IP share one count). */
export function newCartGate(limiter: RateLimiter, ip: string | null): () => Promise<RateDecision> {
  return async () => {
    const ticket = await limiter.begin([{ key: `cart:new:ip:${ip ?? 'unknown'}`, policy: NEW_CARTS_PER_IP }]);
    return ticket.allowed ? { allowed: true, retryAfterMs: 0 } : ticket;
  };
}

export function tooManyNewCarts(retryAfterMs: number): string {
  return `Too many new carts were started from your network just now. Please try again in ${describeWait(retryAfterMs)}.`;
}
