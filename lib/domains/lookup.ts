import type { DomainAvailability } from '@/lib/whmcs/types';

/**
 * WHOIS lookups as the search page makes them: each answer kept for `ttlMs` (registries are
 * slow and rate-limit us; a name's availability rarely changes within minutes), one lookup per
 * name at a time however many visitors ask, and at most `concurrency` lookups running at once
 * across the process (the rest queue). Failures are not kept: the next search asks again.
 */
export interface LookupOptions {
  lookup: (asciiDomain: string) => Promise<DomainAvailability>;
  ttlMs: number;
  concurrency: number;
  now?: () => number;
  /** Most answers kept; the oldest go first. */
  maxEntries?: number;
}

export type AvailabilityLookup = (asciiDomain: string) => Promise<DomainAvailability>;

export function createAvailabilityLookup({ lookup, ttlMs, concurrency, now = Date.now, maxEntries = 5000 }: LookupOptions): AvailabilityLookup {
  const answers = new Map<string, { status: DomainAvailability; until: number }>();
  const inFlight = new Map<string, Promise<DomainAvailability>>();
  const queue: (() => void)[] = [];
  let running = 0;

  async function bounded<T>(task: () => Promise<T>): Promise<T> {
    if (running >= concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      queue.shift()?.();
    }
  }

  function remember(domain: string, status: DomainAvailability): void {
    answers.delete(domain);
    answers.set(domain, { status, until: now() + ttlMs });
    while (answers.size > maxEntries) answers.delete(answers.keys().next().value as string);
  }

  return (asciiDomain) => {
    const domain = asciiDomain.toLowerCase();
    const kept = answers.get(domain);
    if (kept && kept.until > now()) return Promise.resolve(kept.status);
    const pending = inFlight.get(domain);
    if (pending) return pending;
    const started = bounded(() => lookup(domain))
      .then((status) => {
        remember(domain, status);
        return status;
      })
      .finally(() => inFlight.delete(domain));
    inFlight.set(domain, started);
    return started;
  };
}
