import 'server-only';
import type { RatePolicy } from '@/lib/auth/rate-limit';
import { requestIp } from '@/lib/auth/context';
import { domainSearchLimiter } from '@/lib/app-services';

/**
 * Domain searches per visitor (by IP): each search costs WHMCS a WHOIS lookup per TLD it shows,
 * and registries rate-limit the shop, so one visitor may search 30 times in 5 minutes.
 * Counted in the store db, so every worker process shares the count.
 */
const SEARCHES_PER_VISITOR: RatePolicy = { maxFailures: 30, windowMs: 5 * 60_000 };

/** Counts one search; `retryAfterMs` > 0 when the visitor must wait first. */
export async function countSearch(): Promise<{ allowed: boolean; retryAfterMs: number }> {
  const ip = await requestIp();
  const ticket = await domainSearchLimiter().begin([{ key: `domain-search:ip:${ip ?? 'unknown'}`, policy: SEARCHES_PER_VISITOR }]);
  return ticket.allowed ? { allowed: true, retryAfterMs: 0 } : ticket;
}
