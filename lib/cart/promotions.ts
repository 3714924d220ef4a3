import { cycleLabel, formatMoney } from '@/lib/pricing';
import { divideRoundHalfUp } from '@/lib/pricing/money';
import type { DomainOrderType } from '@/lib/pricing';
import type { BillingCycle, Currency, Minor, Promotion, QuantityMode } from '@/lib/whmcs/types';

/**
 * Promotion codes as WHMCS applies them (SetPromoCode + CalcPromoDiscount), so the cart shows
 * the discount the invoice will carry. Pure: the caller supplies the promotion, today's date and
 * the currencies. The invoice WHMCS raises stays the final word.
 *
 * WHMCS discounts each service it creates: a line of 3 separate VPSs is 3 services, each
 * discounted (and rounded) on its own; a scaling service is one service.
 */

/** Why a code cannot be used at all today, in the customer's words; null when it can. */
export function promotionDateProblem(promo: Promotion, today: string): string | null {
  if (promo.startDate && today < promo.startDate) return `${promo.code} starts on ${promo.startDate}.`;
  if (promo.expirationDate && promo.expirationDate < today) return `${promo.code} expired on ${promo.expirationDate}.`;
  if (promo.maxUses > 0 && promo.uses >= promo.maxUses) return 'This code has been used up.';
  return null;
}

/**
 * Whether the promotion covers a product on a cycle. As in WHMCS, a promotion names the products
 * it applies to: an empty product list applies to none. An empty cycle list means every cycle.
 */
function promotionCoversProduct(promo: Promotion, pid: number): boolean {
  return promo.appliesTo.includes(pid);
}

function promotionCoversCycle(promo: Promotion, cycle: BillingCycle): boolean {
  return promo.cycles.length === 0 || promo.cycles.includes(cycle);
}

/** A decimal rate string ("0.92000") as an exact fraction. */
function rateFraction(rate: string): { numerator: bigint; denominator: bigint } {
  const match = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(rate);
  if (!match) throw new RangeError(`Not a currency rate: ${JSON.stringify(rate)}`);
  const fraction = match[2] ?? '';
  const numerator = BigInt(`${match[1]}${fraction}`);
  if (numerator === 0n) throw new RangeError(`A currency rate cannot be zero: ${JSON.stringify(rate)}`);
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}

/**
 * WHMCS's convertCurrency: amount / fromRate * toRate, rounded half up to the cent. Exact
 * (BigInt), so a rate with five decimals never meets float error.
 */
export function convertMinor(amount: Minor, fromRate: string, toRate: string): Minor {
  if (fromRate === toRate) return amount;
  const from = rateFraction(fromRate);
  const to = rateFraction(toRate);
  const numerator = BigInt(amount) * to.numerator * from.denominator;
  const denominator = from.numerator * to.denominator;
  const sign = numerator < 0n ? -1n : 1n;
  const magnitude = numerator * sign;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return Number(quotient * sign);
}

/**
 * Fixed amounts and price overrides are entered in the shop's default currency; WHMCS converts
 * them to the client's at the currencies' rates. Percentages are returned unchanged.
 */
export function promotionValueIn(promo: Promotion, currency: Currency, defaultCurrency: Currency): number {
  if (promo.type === 'percentage' || promo.type === 'freeSetup') return promo.value;
  return currency.code === defaultCurrency.code ? promo.value : convertMinor(promo.value, defaultCurrency.rate, currency.rate);
}

/** One service's amounts, as CalcPromoDiscount receives them. */
export interface ServiceAmounts {
  /** First payment: first period, options and setup fees. */
  firstPayment: Minor;
  /** Each renewal; 0 for one-time and free. */
  recurring: Minor;
  setup: Minor;
}

export interface Discount {
  onetime: Minor;
  recurring: Minor;
}

/** Percent of an amount, rounded half up once: 15% of 4.99 -> 0.75. */
export function percentOf(amount: Minor, percent: number): Minor {
  // Percentages carry at most two decimals (WHMCS stores "12.50"): work in hundredths of a percent.
  const hundredths = Math.round(percent * 100);
  return divideRoundHalfUp(amount * hundredths, 10_000);
}

/**
 * CalcPromoDiscount for one service. `value` is the promotion's value in the service's currency
 * (see promotionValueIn). Percentages take their share of the whole first payment (setup fees
 * included); fixed amounts take at most the amount due; a price override replaces the price
 * (setup fees included), as WHMCS does.
 */
export function serviceDiscount(promo: Promotion, value: number, amounts: ServiceAmounts): Discount {
  switch (promo.type) {
    case 'percentage':
      return {
        onetime: percentOf(amounts.firstPayment, value),
        recurring: promo.recurring ? percentOf(amounts.recurring, value) : 0,
      };
    case 'fixed':
      return {
        onetime: Math.min(amounts.firstPayment, value),
        recurring: promo.recurring ? Math.min(amounts.recurring, value) : 0,
      };
    case 'priceOverride':
      return {
        onetime: amounts.firstPayment - value,
        recurring: promo.recurring && amounts.recurring > 0 ? amounts.recurring - value : 0,
      };
    case 'freeSetup':
      return { onetime: amounts.setup, recurring: 0 };
  }
}

/** A priced cart line, as the promotion sees it. */
export interface DiscountableLine {
  pid: number;
  cycle: BillingCycle;
  quantityMode: QuantityMode;
  quantity: number;
  /** Whole-line totals, as `priceConfiguration` gives them. */
  dueToday: Minor;
  setupTotal: Minor;
  recurring: Minor | null;
}

/** How many services WHMCS creates for a line: each unit of a 'multiple' line is its own service. */
export function servicesOf(line: Pick<DiscountableLine, 'quantityMode' | 'quantity'>): number {
  return line.quantityMode === 'multiple' ? line.quantity : 1;
}

function perService(line: DiscountableLine, services: number): ServiceAmounts {
  // priceConfiguration multiplies every amount by the quantity, so these divisions are exact.
  return {
    firstPayment: line.dueToday / services,
    recurring: (line.recurring ?? 0) / services,
    setup: line.setupTotal / services,
  };
}

/** A priced domain line, as the promotion sees it. */
export interface DiscountableDomain {
  /** No dot, lower case (`com`). */
  tld: string;
  type: DomainOrderType;
  years: number;
  /** The TLD's price for the period, extras not included. */
  base: Minor;
  /** Each renewal, extras included. */
  renewal: Minor | null;
}

/**
 * Whether the promotion covers a domain line, as WHMCS (and the sandbox) applies domain
 * promotions: registrations of a TLD it lists (`D.com`), for a period it lists (`1Years`) or any
 * period when it lists none.
 */
function promotionCoversDomain(promo: Promotion, domain: DiscountableDomain): boolean {
  if (domain.type !== 'register' || !promo.appliesToTlds.includes(domain.tld)) return false;
  return promo.domainYears.length === 0 || promo.domainYears.includes(domain.years);
}

export interface CartDiscount {
  /** Per line, in the order given: whole-line discounts. */
  lines: Discount[];
  /** Per domain line, in the order given. */
  domains: Discount[];
  /** Why the code takes nothing off; null when it applies to at least one line. */
  problem: string | null;
}

const none = (): Discount => ({ onetime: 0, recurring: 0 });

/** Why a code covering none of the cart's lines takes nothing off, in the customer's words. */
function nothingCovered(promo: Promotion, products: readonly DiscountableLine[], domains: readonly DiscountableDomain[]): string {
  const forProducts = products.filter((line) => promotionCoversProduct(promo, line.pid));
  if (forProducts.length > 0) {
    const cycles = promo.cycles.map((cycle) => cycleLabel(cycle).toLowerCase()).join(', ');
    return `${promo.code} does not apply to the billing cycles in your cart (only ${cycles}).`;
  }
  const forTlds = domains.filter((domain) => promo.appliesToTlds.includes(domain.tld));
  if (forTlds.length > 0) {
    const periods = promo.domainYears.map((years) => (years === 1 ? '1 year' : `${years} years`)).join(', ');
    return `${promo.code} applies to new registrations${periods ? ` of ${periods}` : ''} only.`;
  }
  return `${promo.code} does not apply to the ${domains.length > 0 ? 'products or domains' : 'products'} in your cart.`;
}

/**
 * The promotion's discount on each line of a cart (products, then domains, as WHMCS's cart
 * takes them: "apply once" discounts the first covered one), or why it does not apply. Lines that
 * cannot be ordered yet should be left out by the caller (pass them as null to keep positions).
 */
export function discountCart(
  promo: Promotion,
  lines: readonly (DiscountableLine | null)[],
  today: string,
  currency: Currency,
  defaultCurrency: Currency,
  domains: readonly (DiscountableDomain | null)[] = [],
): CartDiscount {
  const nothing = { lines: lines.map(none), domains: domains.map(none) };
  const dateProblem = promotionDateProblem(promo, today);
  if (dateProblem) return { ...nothing, problem: dateProblem };

  const coversLine = (line: DiscountableLine) => promotionCoversProduct(promo, line.pid) && promotionCoversCycle(promo, line.cycle);
  const pricedLines = lines.filter((line): line is DiscountableLine => line !== null);
  const pricedDomains = domains.filter((domain): domain is DiscountableDomain => domain !== null);
  if (!pricedLines.some(coversLine) && !pricedDomains.some((domain) => promotionCoversDomain(promo, domain))) {
    return { ...nothing, problem: nothingCovered(promo, pricedLines, pricedDomains) };
  }

  const value = promotionValueIn(promo, currency, defaultCurrency);
  let appliedOnce = false;
  const discounts = lines.map((line): Discount => {
    if (!line || !coversLine(line)) return none();
    if (promo.applyOnce && appliedOnce) return none();
    const services = servicesOf(line);
    // "Apply once per order" discounts a single service, not a whole line of them.
    const discounted = promo.applyOnce ? 1 : services;
    appliedOnce = true;
    const one = serviceDiscount(promo, value, perService(line, services));
    return { onetime: one.onetime * discounted, recurring: one.recurring * discounted };
  });
  const domainDiscounts = domains.map((domain): Discount => {
    if (!domain || !promotionCoversDomain(promo, domain)) return none();
    if (promo.applyOnce && appliedOnce) return none();
    appliedOnce = true;
    // The registration price is discounted; extras are not (WHMCS's cart, and the sandbox).
    return serviceDiscount(promo, value, { firstPayment: domain.base, recurring: domain.renewal ?? 0, setup: 0 });
  });
  return { lines: discounts, domains: domainDiscounts, problem: null };
}

/**
 * What the code gives, in words: "15% off the first payment and every renewal",
 * "$5.00 off the first payment", "$3.00 instead of the usual price on the first payment", "Free setup".
 */
export function describePromotion(promo: Promotion, currency: Currency, defaultCurrency: Currency): string {
  const value = promotionValueIn(promo, currency, defaultCurrency);
  const renewals = promo.recurFor === 1 ? 'renewal' : `${promo.recurFor} renewals`;
  const when = !promo.recurring
    ? 'the first payment'
    : promo.recurFor > 0
      ? `the first payment and the next ${renewals}`
      : 'the first payment and every renewal';
  switch (promo.type) {
    case 'percentage':
      return `${trimPercent(value)}% off ${when}`;
    case 'fixed':
      return `${formatMoney(value, currency)} off ${when}`;
    case 'priceOverride':
      return `${formatMoney(value, currency)} instead of the usual price on ${when}`;
    case 'freeSetup':
      return 'Free setup';
  }
}

function trimPercent(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** Rules only WHMCS can check when the order is placed: they depend on who is ordering. */
export function promotionConditions(promo: Promotion): string[] {
  const conditions: string[] = [];
  if (promo.newSignups) conditions.push('New customers only.');
  if (promo.existingClient) conditions.push('For existing customers only.');
  if (promo.oncePerClient) conditions.push('Once per customer.');
  if (promo.applyOnce) conditions.push('Applies to one item per order.');
  return conditions;
}
