import { cycleEvery, cyclePer, formatMoney, isRecurringCycle } from '@/lib/pricing';
import type { BillingCycle, CurrencyFormat, CyclePrice, Minor } from '@/lib/whmcs/types';

/** Short price phrases shared by the choices and the summary, formatted by lib/pricing. */

type Format = CurrencyFormat & { format?: number };

/** "$2.50/mo", "$49.00" (one-time); the amount alone for a cycle without a unit. */
export function perCycle(amount: Minor, currency: Format, cycle: BillingCycle): string {
  const money = formatMoney(amount, currency, { withSuffix: false });
  return isRecurringCycle(cycle) ? `${money}${cyclePer(cycle)}` : money;
}

/** What choosing a choice adds: "+$15.00/mo", "+$15.00/mo + $2.00 setup", "Included". */
export function choiceAddition(price: CyclePrice, currency: Format, cycle: BillingCycle): string {
  if (price.price === 0 && price.setupFee === 0) return 'Included';
  const parts: string[] = [];
  if (price.price !== 0) parts.push(`+${perCycle(price.price, currency, cycle)}`);
  if (price.setupFee !== 0) parts.push(`${parts.length ? '+ ' : '+'}${formatMoney(price.setupFee, currency, { withSuffix: false })} setup`);
  return parts.join(' ');
}

/**
 * "Renews at $49.95 USD every year" (or with `lead` "then": "then $49.95 USD every year"), or
 * what stands instead for one-time and free products.
 */
export function renewalPhrase(recurring: Minor | null, currency: Format, cycle: BillingCycle, lead = 'Renews at'): string {
  if (cycle === 'free') return 'Free: nothing renews';
  if (recurring === null || !isRecurringCycle(cycle)) return 'One-time payment: nothing renews';
  return `${lead} ${formatMoney(recurring, currency)} ${cycleEvery(cycle)}`;
}

/** "then $36.00/mo", for the summary bar on small screens. */
export function shortRenewal(recurring: Minor | null, currency: Format, cycle: BillingCycle): string {
  if (recurring === null || !isRecurringCycle(cycle)) return cycle === 'free' ? 'Free' : 'One-time payment';
  return `then ${perCycle(recurring, currency, cycle)}`;
}
