import { resolveCurrency } from '@/lib/catalogue/model';
import {
  CYCLE_ORDER,
  cycleEvery,
  formatMoney,
  isRecurringCycle,
  normaliseConfiguration,
  priceConfiguration,
  PricingError,
  priceDomain,
  type ExtraPrices,
  type PriceBreakdown,
} from '@/lib/pricing';
import { checkAdditionalFields } from '@/lib/domains/additional-fields';
import type { BillingCycle, Currency, Minor, Product, Promotion, Tld } from '@/lib/whmcs/types';
import { domainProblem, missingCustomFields, newOptionProblems, stockProblem, stockUnits } from './checks';
import { describePromotion, discountCart, promotionConditions, promotionValueIn, type DiscountableDomain, type DiscountableLine } from './promotions';
import type { AddedPrice, AppliedPromotion, Cart, CartDomain, CartItem, PricedCart, PricedCartDomain, PricedCartItem } from './types';

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

/** GetTLDPricing in the cart's currency, with the shop's extras prices in it: what domain lines are priced from. */
export interface DomainPricing {
  tlds: readonly Tld[];
  extraPrices: ExtraPrices | null;
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

type DomainLinePricing = Omit<PricedCartDomain, 'discount' | 'recurringDiscount'>;

const yearsWord = (years: number) => (years === 1 ? '1 year' : `${years} years`);

/** One domain line against GetTLDPricing now: its price, and what it needs before it can be ordered. */
function priceDomainLine(domain: CartDomain, pricing: DomainPricing | null, currency: Currency): DomainLinePricing {
  const unpriced = (problem: string, tld: Tld | null = null): DomainLinePricing => ({ domain, tld, price: null, problems: [problem], blocking: true });
  if (!pricing) return unpriced("We couldn't read domain prices just now. Reload the page in a minute.");
  const tld = pricing.tlds.find((candidate) => candidate.tld === domain.tld) ?? null;
  if (!tld) return unpriced(`We no longer sell .${domain.tld} domains: remove ${domain.display}.`);
  const price = priceDomain(tld, domain.type, domain.years, domain.extras, pricing.extraPrices);
  if (!price) {
    return unpriced(
      domain.type === 'transfer' && tld.transfer.length === 0
        ? `.${tld.tld} names can no longer be transferred to us: remove ${domain.display}.`
        : `${yearsWord(domain.years)} is no longer offered for .${tld.tld}: choose another period.`,
      tld,
    );
  }
  const blockers: string[] = [];
  if (domain.type === 'transfer' && !domain.sealedEppCode) blockers.push(`Enter the EPP code for ${domain.display}: your current registrar gives it to you.`);
  const missing = Object.keys(checkAdditionalFields(tld.tld, domain.fields).problems);
  if (missing.length > 0) blockers.push(`.${tld.tld} registrations need ${missing.join(', ')}: fill ${missing.length === 1 ? 'it' : 'them'} in below.`);
  const problems = [...blockers];
  const before = domain.addedPrices[currency.code];
  if (before && (before.dueToday !== price.dueToday || before.recurring !== price.renewal)) {
    const renews = (amount: Minor | null) => (amount === null ? '' : `, renewing at ${formatMoney(amount, currency)}`);
    problems.push(
      `The price has changed since you added this: it was ${formatMoney(before.dueToday, currency)}${renews(before.recurring)}; ` +
        `it is now ${formatMoney(price.dueToday, currency)}${renews(price.renewal)}.`,
    );
  }
  return { domain, tld, price, problems, blocking: blockers.length > 0 };
}

function discountableDomain(priced: DomainLinePricing): DiscountableDomain | null {
  const { price, domain } = priced;
  return price ? { tld: domain.tld, type: domain.type, years: domain.years, base: price.base, renewal: price.renewal } : null;
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
  domainDiscounts: { onetime: Minor; recurring: Minor }[];
}

function applyPromotion(
  lookup: PromotionLookup,
  items: ItemPricing[],
  domains: DomainLinePricing[],
  currency: Currency,
  defaultCurrency: Currency,
  today: string,
): PromotionOutcome {
  const nothing = { discounts: items.map(() => ({ onetime: 0, recurring: 0 })), domainDiscounts: domains.map(() => ({ onetime: 0, recurring: 0 })) };
  switch (lookup.status) {
    case 'none':
      return { promotion: null, problem: null, ...nothing };
    case 'unknown':
      return { promotion: null, problem: `We don't recognise the code ${lookup.code}.`, ...nothing };
    case 'unavailable':
      return {
        promotion: null,
        problem: `We couldn't check the code ${lookup.code} just now. Try again in a moment.`,
        ...nothing,
      };
    case 'found': {
      const promo = lookup.promotion;
      const result = discountCart(promo, items.map(discountable), today, currency, defaultCurrency, domains.map(discountableDomain));
      if (result.problem) return { promotion: null, problem: result.problem, ...nothing };
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
        domainDiscounts: result.domains,
      };
    }
  }
}

/**
 * Prices the cart in `currencyCode` (the shop's default currency when it is not one WHMCS has):
 * each item re-priced and checked, the promotion applied, totals for today and per renewal cycle.
 * `today` is the date promotions are checked against (YYYY-MM-DD). Domain lines are priced from
 * `domainPricing` (GetTLDPricing in that currency); without it they cannot be ordered.
 */
export function priceCartWith(
  cart: Cart,
  currencyCode: string,
  catalogue: PricingCatalogue,
  lookup: PromotionLookup,
  today: string,
  domainPricing: DomainPricing | null = null,
): PricedCart {
  const { currency } = resolveCurrency(catalogue, currencyCode);
  const byPid = new Map(catalogue.products.map((product) => [product.pid, product]));
  // A domain registered or transferred with a hosting item is that item's domain, as in WHMCS's cart.
  const boundDomain = (item: CartItem) => cart.domains.find((domain) => domain.hostingItemId === item.id)?.display ?? null;
  const withDomain = (item: CartItem) => (item.domain ? item : { ...item, domain: boundDomain(item) });
  const items = flagSharedStock(cart.items.map((item) => priceItem(withDomain(item), byPid.get(item.pid), currency)));
  const domainLines = cart.domains.map((domain) => priceDomainLine(domain, domainPricing, currency));
  const outcome = applyPromotion(lookup, items, domainLines, currency, catalogue.defaultCurrency, today);

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

  const domains: PricedCartDomain[] = domainLines.map((line, index) => {
    const discount = outcome.domainDiscounts[index] ?? { onetime: 0, recurring: 0 };
    return { ...line, discount: discount.onetime, recurringDiscount: discount.recurring };
  });
  const renewalsByYears = new Map<number, Minor>();
  for (const line of domains) {
    if (!line.price) continue;
    dueTodayBeforeDiscount += line.price.dueToday;
    discount += line.discount;
    if (line.price.renewal !== null) renewalsByYears.set(line.price.years, (renewalsByYears.get(line.price.years) ?? 0) + line.price.renewal - line.recurringDiscount);
  }
  const domainRenewals = [...renewalsByYears].sort(([a], [b]) => a - b).map(([years, amount]) => ({ years, amount }));

  return {
    currency,
    items: priced,
    domains,
    promotion: outcome.promotion,
    promoProblem: outcome.problem,
    totals: { dueTodayBeforeDiscount, discount, dueToday: dueTodayBeforeDiscount - discount, recurring, domainRenewals },
    orderable: priced.length + domains.length > 0 && priced.every((item) => !item.blocking) && domains.every((line) => !line.blocking),
  };
}
