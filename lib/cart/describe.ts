import { cycleEvery, formatMoney, isRecurringCycle } from '@/lib/pricing';
import type { BillingCycle, CurrencyFormat, DomainExtra, Minor } from '@/lib/whmcs/types';

/**
 * The cart's totals in words. Pure and client-safe.
 */

/** "a and b", "a, b and c". */
function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * What renews after today, per cycle: "then $4.24 USD every month and $122.30 USD every year";
 * null when nothing renews (one-time and free items only).
 */
export function renewalsPhrase(recurring: readonly { cycle: BillingCycle; amount: Minor }[], currency: CurrencyFormat): string | null {
  const parts = recurring.flatMap(({ cycle, amount }) =>
    isRecurringCycle(cycle) ? [`${formatMoney(amount, currency)} ${cycleEvery(cycle)}`] : [],
  );
  return parts.length > 0 ? `then ${joinAnd(parts)}` : null;
}

/** "1 year", "2 years". */
export function yearsLabel(years: number): string {
  return years === 1 ? '1 year' : `${years} years`;
}

/**
 * What the cart's domains renew at, per period: "Domains then renew at $14.99 USD every year
 * and $32.98 USD every 2 years"; null without domains.
 */
export function domainRenewalsPhrase(renewals: readonly { years: number; amount: Minor }[], currency: CurrencyFormat): string | null {
  if (renewals.length === 0) return null;
  const parts = renewals.map(({ years, amount }) => `${formatMoney(amount, currency)} every ${years === 1 ? 'year' : yearsLabel(years)}`);
  return `Domains then renew at ${joinAnd(parts)}`;
}

/** "1 item", "3 items". */
export function itemCount(count: number): string {
  return `${count} item${count === 1 ? '' : 's'}`;
}

const EXTRA_LABELS: Record<DomainExtra, string> = {
  dnsmanagement: 'DNS management',
  emailforwarding: 'Email forwarding',
  idprotection: 'ID protection',
};

/** A domain extra in words: "DNS management". */
export function extraLabel(extra: DomainExtra): string {
  return EXTRA_LABELS[extra];
}
