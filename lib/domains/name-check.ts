import type { DomainAvailability, Tld } from '@/lib/whmcs/types';
import { parseSearch, searchCandidates, tldOffer, type TldOffer } from './search';

/**
 * A domain search answered in one piece (the configurator's inline search): the name typed, then
 * the same name in the featured TLDs, each with its WHOIS answer and its prices. The page at
 * /domains streams the same candidates row by row; this waits for all of them (the lookups run
 * in parallel, bounded by the shared lookup), since the answer goes back as one reply.
 */

interface CheckedName {
  /** For people (Unicode). */
  domain: string;
  tld: string;
  /** 'unknown' when WHOIS did not answer: the name can be searched again. */
  status: DomainAvailability | 'unknown';
  offer: TldOffer;
}

export type NameCheck = { ok: true; names: CheckedName[] } | { ok: false; message: string };

export interface NameCheckInput {
  query: string;
  tlds: readonly Tld[];
  featured: readonly string[];
  lookup: (asciiDomain: string) => Promise<DomainAvailability>;
  /** Asked only for a query that can be searched (a typo costs the visitor nothing): may this visitor search now? */
  allow: () => Promise<{ allowed: true } | { allowed: false; message: string }>;
}

export async function checkNames({ query, tlds, featured, lookup, allow }: NameCheckInput): Promise<NameCheck> {
  const parsed = parseSearch(query, tlds.map((t) => t.tld));
  if (!parsed.ok) return parsed;
  const permission = await allow();
  if (!permission.allowed) return { ok: false, message: permission.message };
  const byTld = new Map(tlds.map((t) => [t.tld, t]));
  const candidates = searchCandidates(parsed, featured).flatMap((name) => {
    const tld = byTld.get(name.tld);
    return tld ? [{ name, offer: tldOffer(tld) }] : [];
  });
  const names = await Promise.all(
    candidates.map(async ({ name, offer }): Promise<CheckedName> => {
      const status = await lookup(name.ascii).catch(() => 'unknown' as const);
      return { domain: name.domain, tld: name.tld, status, offer };
    }),
  );
  return { ok: true, names };
}
