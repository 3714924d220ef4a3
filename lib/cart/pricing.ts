import { resolveCurrency } from '@/lib/catalogue/model';
import {
  CYCLE_ORDER,
  cycleEvery,
  formatMoney,
  isRecurringCycle,
  normaliseConfiguration,
  priceConfiguration,
  PricingError,
  type PriceBreakdown,
} from '@/lib/pricing';
import type { BillingCycle, Currency, Minor, Product, Promotion } from '@/lib/whmcs/types';
import { domainProblem, missingCustomFields, newOptionProblems, stockProblem, stockUnits } from './checks';
import { describePromotion, discountCart, promotionConditions, promotionValueIn, type DiscountableLine } from './promotions';
import type { AddedPrice, AppliedPromotion, Cart, CartItem, PricedCart, PricedCartItem } from './types';

/**
 * Pricing a cart: pure, from the catalogue and promotion the caller looked up. Every item is
 * re-priced from the current catalogue; whatever changed under it is named, never silently
 * dropped or silently re-priced.
 */

export interface PricingCatalogue {
  products: readonly Product[];
  currencies: Currency[];
  defaultCurrency: Currency;
}

/** The outcome of looking the cart's code up in WHMCS. */
export type PromotionLookup =
  | { status: 'none' }
  | { status: 'found'; promotion: Promotion }
  | { status: 'unknown'; code: string }
  | { status: 'unavailable'; code: string };

type ItemPricing = Omit<PricedCartItem, 'discount' | 'recurringDiscount'>;

function unpriced(item: CartItem, product: Product | null, problem: string): ItemPricing {
  return { item, product, breakdown: null, configuration: null, problems: [problem], blocking: true };
}

function describePrice(price: AddedPrice, cycle: BillingCycle, currency: Currency): string {
  const today = `${formatMoney(price.dueToday, currency)} today`;
  if (price.recurring === null || !isRecurringCycle(cycle)) return today;
  return `${today}, then ${formatMoney(price.recurring, currency)} ${cycleEvery(cycle)}`;
}

function priceChangeProblem(item: CartItem, breakdown: PriceBreakdown, currency: Currency): string | null {
  const before = item.addedPrices[currency.code];
  if (!before) return null;
  if (before.dueToday === breakdown.dueToday && before.recurring === breakdown.recurring) return null;
  const now: AddedPrice = { dueToday: breakdown.dueToday, recurring: breakdown.recurring };
  return (
    `The price has changed since you added this: it was ${describePrice(before, breakdown.cycle, currency)}; ` +
    `it is now ${describePrice(now, breakdown.cycle, currency)}.`
  );
}

/** One item against the current catalogue, before promotions and before the cart-wide stock check. */
function priceItem(item: CartItem, product: Product | undefined, currency: Currency): ItemPricing {
  if (!product) return unpriced(item, null, 'This product is no longer sold.');

  let normalised: ReturnType<typeof normaliseConfiguration>;
  try {
    normalised = normaliseConfiguration(product, currency.code, item.configuration);
  } catch (error) {
    if (error instanceof PricingError) return unpriced(item, product, `${product.name} is not sold in ${currency.code}.`);
    throw error;
  }
  const { configuration } = normalised;
  const changes = [...normalised.problems, ...newOptionProblems(product, item.configuration, configuration)];
  const blockers = [...changes];

  const stock = product.stockLevel !== null && product.stockLevel < 1 ? stockProblem(product, 1) : null;
  if (stock) blockers.push(stock);
  const missing = missingCustomFields(product, item.customFields);
  if (missing.length > 0) {
    const names = missing.map((field) => field.name).join(', ');
    blockers.push(`${names} ${missing.length === 1 ? 'is' : 'are'} now required: edit this item to fill ${missing.length === 1 ? 'it' : 'them'} in.`);
  }
  const domain = domainProblem(product, item.domain);
  if (domain) blockers.push(`${domain} Edit this item to ${item.domain ? 'correct it' : 'add one'}.`);

  const breakdown = priceConfiguration(product, currency.code, configuration);
  const problems = [...blockers];
  // A configuration that changed is already named; only an unchanged one can have "just" a new price.
  if (changes.length === 0) {
    const priceChange = priceChangeProblem(item, breakdown, currency);
    if (priceChange) problems.push(priceChange);
  }
  return { item, product, breakdown, configuration, problems, blocking: blockers.length > 0 };
}

/**
 * Several items of one stock-controlled product may together want more than is left, even when
 * each alone fits: flag each of them.
 */
function flagSharedStock(items: ItemPricing[]): ItemPricing[] {
  const units = new Map<number, number>();
  const lines = new Map<number, number>();
  for (const { product, configuration } of items) {
    if (!product || !configuration) continue;
    units.set(product.pid, (units.get(product.pid) ?? 0) + stockUnits(product, configuration.quantity));
    lines.set(product.pid, (lines.get(product.pid) ?? 0) + 1);
  }
  return items.map((priced) => {
    const { product } = priced;
    if (!product || (lines.get(product.pid) ?? 0) < 2 || product.stockLevel === null || product.stockLevel < 1) return priced;
    const problem = stockProblem(product, units.get(product.pid) ?? 0);
    return problem ? { ...priced, problems: [...priced.problems, problem], blocking: true } : priced;
  });
}

function discountable(priced: ItemPricing): DiscountableLine | null {
  const { product, breakdown } = priced;
  if (!product || !breakdown) return null;
  return {
    pid: product.pid,
    cycle: breakdown.cycle,
    quantityMode: product.quantityMode,
    quantity: breakdown.quantity,
    dueToday: breakdown.dueToday,
    setupTotal: breakdown.setupTotal,
    recurring: breakdown.recurring,
  };
}

interface PromotionOutcome {
  promotion: AppliedPromotion | null;
  problem: string | null;
  discounts: { onetime: Minor; recurring: Minor }[];
}

function applyPromotion(
  lookup: PromotionLookup,
  items: ItemPricing[],
  currency: Currency,
  defaultCurrency: Currency,
  today: string,
): PromotionOutcome {
  const nothing = items.map(() => ({ onetime: 0, recurring: 0 }));
  switch (lookup.status) {
    case 'none':
      return { promotion: null, problem: null, discounts: nothing };
    case 'unknown':
      return { promotion: null, problem: `We don't recognise the code ${lookup.code}.`, discounts: nothing };
    case 'unavailable':
      return {
        promotion: null,
        problem: `We couldn't check the code ${lookup.code} just now. Try again in a moment.`,
        discounts: nothing,
      };
    case 'found': {
      const promo = lookup.promotion;
      const result = discountCart(promo, items.map(discountable), today, currency, defaultCurrency);
      if (result.problem) return { promotion: null, problem: result.problem, discounts: nothing };
      return {
        promotion: {
          code: promo.code,
          type: promo.type,
          value: promotionValueIn(promo, currency, defaultCurrency),
          recurring: promo.recurring,
          recurFor: promo.recurFor,
          summary: describePromotion(promo, currency, defaultCurrency),
          conditions: promotionConditions(promo),
        },
        problem: null,
        discounts: result.lines,
      };
    }
  }
}

/**
 * Prices the cart in `currencyCode` (the shop's default currency when it is not one WHMCS has):
 * each item re-priced and checked, the promotion applied, totals for today and per renewal cycle.
 * `today` is the date promotions are checked against (YYYY-MM-DD).
 */
export function priceCartWith(
  cart: Cart,
  currencyCode: string,
  catalogue: PricingCatalogue,
  lookup: PromotionLookup,
  today: string,
): PricedCart {
  const { currency } = resolveCurrency(catalogue, currencyCode);
  const byPid = new Map(catalogue.products.map((product) => [product.pid, product]));
  const items = flagSharedStock(cart.items.map((item) => priceItem(item, byPid.get(item.pid), currency)));
  const outcome = applyPromotion(lookup, items, currency, catalogue.defaultCurrency, today);

  const priced: PricedCartItem[] = items.map((item, index) => {
    const discount = outcome.discounts[index] ?? { onetime: 0, recurring: 0 };
    return { ...item, discount: discount.onetime, recurringDiscount: discount.recurring };
  });

  let dueTodayBeforeDiscount = 0;
  let discount = 0;
  const recurringByCycle = new Map<BillingCycle, Minor>();
  for (const item of priced) {
    if (!item.breakdown) continue;
    dueTodayBeforeDiscount += item.breakdown.dueToday;
    discount += item.discount;
    if (item.breakdown.recurring !== null) {
      const cycle = item.breakdown.cycle;
      recurringByCycle.set(cycle, (recurringByCycle.get(cycle) ?? 0) + item.breakdown.recurring - item.recurringDiscount);
    }
  }
  const recurring = CYCLE_ORDER.flatMap((cycle) => {
    const amount = recurringByCycle.get(cycle);
    return amount === undefined ? [] : [{ cycle, amount }];
  });

  return {
    currency,
    items: priced,
    promotion: outcome.promotion,
    promoProblem: outcome.problem,
    totals: { dueTodayBeforeDiscount, discount, dueToday: dueTodayBeforeDiscount - discount, recurring },
    orderable: priced.length > 0 && priced.every((item) => !item.blocking),
  };
}
