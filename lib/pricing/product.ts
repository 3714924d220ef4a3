import type { BillingCycle, CurrencyFormat, CyclePrice, Minor, Product, RecurringCycle } from '@/lib/whmcs/types';
import { CYCLE_MONTHS, CYCLE_ORDER, isRecurringCycle } from './cycles';
import { divideRoundHalfUp } from './money';

const FREE: CyclePrice = { price: 0, setupFee: 0 };

/** The cycles a product's pay type allows: it filters out stray keys in the pricing data. */
function allowsCycle(product: Product, cycle: BillingCycle): boolean {
  if (product.payType === 'recurring') return isRecurringCycle(cycle);
  return cycle === product.payType;
}

/** The currency's prefix and suffix as the product's pricing carries them; null when not sold in it. */
export function currencyFormat(product: Product, currencyCode: string): CurrencyFormat | null {
  const pricing = product.pricing[currencyCode];
  return pricing ? { code: pricing.code, prefix: pricing.prefix, suffix: pricing.suffix } : null;
}

/** Price and setup fee of one cycle; null when the cycle is not enabled in that currency. */
export function cyclePrice(product: Product, currencyCode: string, cycle: BillingCycle): CyclePrice | null {
  const pricing = product.pricing[currencyCode];
  if (!pricing || !allowsCycle(product, cycle)) return null;
  // WHMCS ignores the price columns of free products, so a free product is free whatever they say.
  if (cycle === 'free') return FREE;
  return pricing.cycles[cycle] ?? null;
}

/** Enabled cycles in canonical order (monthly ... triennially; or just onetime / free). */
export function enabledCycles(product: Product, currencyCode: string): BillingCycle[] {
  return CYCLE_ORDER.filter((cycle) => cyclePrice(product, currencyCode, cycle) !== null);
}

/** Monthly when enabled, else the first enabled cycle; null when not sold in that currency. */
export function defaultCycle(product: Product, currencyCode: string): BillingCycle | null {
  const cycles = enabledCycles(product, currencyCode);
  return cycles.includes('monthly') ? 'monthly' : (cycles[0] ?? null);
}

/** A cycle's price spread over its months, rounded half-up; null for onetime and free. */
export function effectiveMonthly(price: Minor, cycle: BillingCycle): Minor | null {
  return isRecurringCycle(cycle) ? divideRoundHalfUp(price, CYCLE_MONTHS[cycle]) : null;
}

/**
 * Whole percent saved by paying for `cycle` instead of month by month, rounded half-up from the
 * exact ratio (monthly 4.99 vs annually 49.95: 1 - 49.95 / 59.88 = 16.58% -> 17). Null when
 * monthly is disabled or free, when `cycle` is monthly, disabled or not recurring, and when
 * nothing is saved (including savings that round to 0%: "save 0%" is not a saving).
 */
export function savingPercent(product: Product, currencyCode: string, cycle: BillingCycle): number | null {
  if (!isRecurringCycle(cycle) || cycle === 'monthly') return null;
  const monthly = cyclePrice(product, currencyCode, 'monthly');
  const chosen = cyclePrice(product, currencyCode, cycle);
  if (!monthly || !chosen || monthly.price <= 0) return null;
  const monthByMonth = monthly.price * CYCLE_MONTHS[cycle];
  const saved = monthByMonth - chosen.price;
  if (saved <= 0) return null;
  const percent = divideRoundHalfUp(saved * 100, monthByMonth);
  return percent > 0 ? percent : null;
}

export interface FromPrice {
  /** What the customer pays per `cycle` (the full annual price for annually). */
  amount: Minor;
  cycle: BillingCycle;
  /** `amount` per month, rounded half-up; null for onetime and free. */
  monthly: Minor | null;
}

/** Whether a costs less per month than b, compared exactly by cross-multiplying. */
function cheaperPerMonth(a: { amount: Minor; cycle: RecurringCycle }, b: { amount: Minor; cycle: RecurringCycle }) {
  return a.amount * CYCLE_MONTHS[b.cycle] < b.amount * CYCLE_MONTHS[a.cycle];
}

/**
 * The "from $X/mo" price: the enabled recurring cycle with the lowest effective monthly price
 * (on a tie, the shorter commitment). One-time products: the one-time price; free: 0.
 * Null when the product has no pricing in that currency.
 */
export function fromPrice(product: Product, currencyCode: string): FromPrice | null {
  let best: { amount: Minor; cycle: RecurringCycle } | null = null;
  for (const cycle of enabledCycles(product, currencyCode)) {
    const price = cyclePrice(product, currencyCode, cycle);
    if (!price) continue;
    if (!isRecurringCycle(cycle)) return { amount: price.price, cycle, monthly: null };
    const candidate = { amount: price.price, cycle };
    if (!best || cheaperPerMonth(candidate, best)) best = candidate;
  }
  return best && { ...best, monthly: effectiveMonthly(best.amount, best.cycle) };
}

export interface GroupFromPrice extends FromPrice {
  /** The product the price belongs to. */
  pid: number;
}

/**
 * A group's "from" price: the lowest effective monthly price across its recurring products;
 * when none is recurring, the lowest one-time or free price. Ties go to the earlier product.
 * Null when no product is sold in that currency.
 */
export function groupFromPrice(products: readonly Product[], currencyCode: string): GroupFromPrice | null {
  let bestRecurring: (GroupFromPrice & { cycle: RecurringCycle }) | null = null;
  let bestOther: GroupFromPrice | null = null;
  for (const product of products) {
    const from = fromPrice(product, currencyCode);
    if (!from) continue;
    const { cycle } = from;
    if (isRecurringCycle(cycle)) {
      const candidate = { ...from, cycle, pid: product.pid };
      if (!bestRecurring || cheaperPerMonth(candidate, bestRecurring)) bestRecurring = candidate;
    } else if (!bestOther || from.amount < bestOther.amount) {
      bestOther = { ...from, pid: product.pid };
    }
  }
  return bestRecurring ?? bestOther;
}

/**
 * Whether a group has a plan that costs nothing (a free product, or a recurring one priced at 0)
 * in that currency: the group is then "From Free", whatever its paid plans start at.
 */
export function groupHasFreePlan(products: readonly Product[], currencyCode: string): boolean {
  return products.some((product) => fromPrice(product, currencyCode)?.amount === 0);
}
