import {
  cycleEvery,
  cycleLabel,
  cyclePer,
  cyclePrice,
  effectiveMonthly,
  formatMoney,
  isRecurringCycle,
  savingPercent,
} from '@/lib/pricing';
import type { BillingCycle, Currency, Product } from '@/lib/whmcs/types';

/**
 * One product's price for one billing cycle, as the words and figures an embed shows. Every
 * number comes from lib/pricing; this module only phrases them (UI.md: what the customer pays
 * today and what renews, the effective monthly price and the saving, never a hidden setup fee).
 */
export interface Offer {
  cycle: BillingCycle;
  /** "Annually". */
  cycleLabel: string;
  /** The big figure: "$49.95", "Free". */
  price: string;
  /** The unit after it: "/yr", " one time", "". */
  per: string;
  /** "$4.16/mo" for cycles longer than a month; null otherwise. */
  monthly: string | null;
  /** Whole percent saved against paying monthly; null when nothing is saved. */
  saving: number | null;
  /** "+ $5.00 setup fee", or "No setup fee". */
  setup: string;
  /** "$54.95 USD today, then $49.95 USD every year". */
  summary: string;
}

/** The offer, or null when the product does not sell that cycle in that currency. */
export function offerFor(product: Product, currency: Currency, cycle: BillingCycle): Offer | null {
  const price = cyclePrice(product, currency.code, cycle);
  if (!price) return null;
  const short = (amount: number) => formatMoney(amount, currency, { withSuffix: false });
  const full = (amount: number) => formatMoney(amount, currency);
  const today = price.price + price.setupFee;

  const monthly = cycle === 'monthly' ? null : effectiveMonthly(price.price, cycle);
  let summary: string;
  if (cycle === 'free') summary = 'Free: nothing to pay, nothing renews';
  else if (isRecurringCycle(cycle)) summary = `${full(today)} today, then ${full(price.price)} ${cycleEvery(cycle)}`;
  else summary = `${full(today)} once: nothing renews`;

  return {
    cycle,
    cycleLabel: cycleLabel(cycle),
    price: cycle === 'free' ? 'Free' : short(price.price),
    per: isRecurringCycle(cycle) ? cyclePer(cycle) : cycle === 'onetime' ? ' one time' : '',
    monthly: monthly === null ? null : `${short(monthly)}/mo`,
    saving: savingPercent(product, currency.code, cycle),
    setup: price.setupFee > 0 ? `+ ${short(price.setupFee)} setup fee` : 'No setup fee',
    summary,
  };
}
