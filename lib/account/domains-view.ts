import { extrasCost, type ExtraPrices } from '@/lib/pricing';
import type { ClientDomain, Tld, YearPrice } from '@/lib/whmcs/types';

/**
 * My domains, pure: which domains can be renewed, for how long and at what price, and how soon
 * each expires. WHMCS renews a domain in status Active, Expired, Grace or Redemption.
 */
const RENEWABLE_STATUSES = ['Active', 'Expired', 'Grace', 'Redemption'] as const;

/** Domains expiring within this many days are flagged "expires soon". */
const EXPIRING_SOON_DAYS = 45;

export interface DomainView {
  domain: ClientDomain;
  /** Whole days until expiry (negative once expired); null when WHMCS has no expiry date. */
  daysLeft: number | null;
  expiringSoon: boolean;
  /** The renewal periods the TLD offers, priced with the domain's extras; empty when it cannot be renewed here. */
  renewOptions: YearPrice[];
}

/** The TLD of a domain (Unicode, no dot) among those sold: the longest that matches. */
export function tldOf(domain: string, sold: readonly string[]): string | null {
  const labels = domain.toLowerCase().split('.');
  for (let cut = 1; cut < labels.length; cut++) {
    const tld = labels.slice(cut).join('.');
    if (sold.includes(tld)) return tld;
  }
  return null;
}

function daysBetween(fromIso: string, to: Date): number {
  const [y, m, d] = fromIso.split('-').map(Number);
  const expiry = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const today = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((expiry - today) / 86_400_000);
}

export function isRenewable(domain: ClientDomain): boolean {
  return (RENEWABLE_STATUSES as readonly string[]).includes(domain.status);
}

export function domainViews(domains: readonly ClientDomain[], tlds: readonly Tld[], extraPrices: ExtraPrices | null, now: Date): DomainView[] {
  const sold = tlds.map((t) => t.tld);
  return domains.map((domain) => {
    const daysLeft = domain.expiryDate ? daysBetween(domain.expiryDate, now) : null;
    const tld = tldOf(domain.domain, sold);
    const renew = isRenewable(domain) ? (tlds.find((t) => t.tld === tld)?.renew ?? []) : [];
    const priced = renew.map((option) => ({ years: option.years, price: option.price + extrasCost(domain.extras, extraPrices, option.years) }));
    return { domain, daysLeft, expiringSoon: daysLeft !== null && daysLeft <= EXPIRING_SOON_DAYS && isRenewable(domain), renewOptions: priced };
  });
}
