import { computeTax, isExempt, isTaxedItem, taxStates, type TaxableLine, type TaxPlace, type TaxPolicy, type TaxTotals } from '@/lib/tax';
import type { BillingCycle, Minor } from '@/lib/whmcs/types';
import type { PricedCart, PricedCartDomain, PricedCartItem } from './types';

/**
 * The tax on a priced cart, as WHMCS will put it on the order's first invoice and on each
 * renewal: the cart's lines (after the promotion) tagged with their products' and addons' "Apply
 * Tax", through lib/tax for one place. Pure, shared by the cart and the checkout.
 */

export interface CartTax {
  place: TaxPlace;
  /** Prices include the tax (WHMCS "Inclusive"): the lines say "includes", not "plus". */
  inclusive: boolean;
  /** The first invoice. */
  dueToday: TaxTotals;
  /** Each renewal, per cycle in the cart's order (PricedCart.totals.recurring). */
  recurring: { cycle: BillingCycle; totals: TaxTotals }[];
  /** Each domain renewal, per period in the cart's order (PricedCart.totals.domainRenewals). */
  domainRenewals: { years: number; totals: TaxTotals }[];
}

type Moment = 'today' | 'renewal';

/**
 * One item's lines for a moment: the product with its options and setup fees (less the promotion,
 * which WHMCS invoices as a line taxed like the product), and each addon with its own "Apply Tax".
 */
function itemLines(policy: TaxPolicy, priced: PricedCartItem, moment: Moment): TaxableLine[] {
  const { product, breakdown } = priced;
  if (!product || !breakdown) return [];
  const amountOf = (line: { dueToday: Minor; recurring: Minor }) => (moment === 'today' ? line.dueToday : line.recurring);
  const productTaxed = isTaxedItem(policy, { kind: 'product', id: product.pid });
  const own = breakdown.lines.filter((line) => line.kind !== 'addon').reduce((sum, line) => sum + amountOf(line), 0);
  const discount = moment === 'today' ? priced.discount : priced.recurringDiscount;
  const addons = breakdown.lines
    .filter((line) => line.kind === 'addon' && line.addonId !== undefined)
    .map((line) => ({ amount: amountOf(line), taxed: isTaxedItem(policy, { kind: 'addon', id: line.addonId as number }) }));
  return [{ amount: own - discount, taxed: productTaxed }, ...addons];
}

/**
 * A domain line for a moment: its period's price with the extras, less the promotion, taxed as
 * WHMCS's TaxDomains says (WHMCS invoices a registration or transfer and its extras as one line).
 */
function domainLine(policy: TaxPolicy, line: PricedCartDomain, moment: Moment): TaxableLine[] {
  const { price } = line;
  if (!price) return [];
  const amount = moment === 'today' ? price.dueToday - line.discount : (price.renewal ?? 0) - line.recurringDiscount;
  return [{ amount, taxed: isTaxedItem(policy, { kind: 'domain' }) }];
}

/** The cart's tax for a place: the first invoice, each product renewal and each domain renewal. */
export function cartTax(policy: TaxPolicy, place: TaxPlace, priced: PricedCart): CartTax {
  const items = priced.items.filter((item) => item.breakdown !== null);
  const dueToday = computeTax(policy, place, [
    ...items.flatMap((item) => itemLines(policy, item, 'today')),
    ...priced.domains.flatMap((line) => domainLine(policy, line, 'today')),
  ]);
  const recurring = priced.totals.recurring.map(({ cycle }) => ({
    cycle,
    totals: computeTax(
      policy,
      place,
      items.filter((item) => item.breakdown?.recurring !== null && item.breakdown?.cycle === cycle).flatMap((item) => itemLines(policy, item, 'renewal')),
    ),
  }));
  const domainRenewals = priced.totals.domainRenewals.map(({ years }) => ({
    years,
    totals: computeTax(
      policy,
      place,
      priced.domains.filter((line) => line.price?.renewal != null && line.price.years === years).flatMap((line) => domainLine(policy, line, 'renewal')),
    ),
  }));
  return { place, inclusive: policy.inclusive, dueToday, recurring, domainRenewals };
}

/** The priced cart with its tax for a place (PricedCart.tax), for the cart and checkout pages. */
export function withTax(priced: PricedCart, policy: TaxPolicy, place: TaxPlace): PricedCart {
  return { ...priced, tax: cartTax(policy, place, priced) };
}

/** What is paid today: with tax when it is known, else the cart's own total. */
export function payableToday(priced: Pick<PricedCart, 'totals' | 'tax'>): Minor {
  return priced.tax ? priced.tax.dueToday.total : priced.totals.dueToday;
}

/** Renewals with their tax, as the cart's `totals.recurring` lists them. */
export function recurringWithTax(priced: Pick<PricedCart, 'totals' | 'tax'>): { cycle: BillingCycle; amount: Minor }[] {
  if (!priced.tax) return priced.totals.recurring;
  return priced.tax.recurring.map(({ cycle, totals }) => ({ cycle, amount: totals.total }));
}

/** Domain renewals with their tax, as the cart's `totals.domainRenewals` lists them. */
export function domainRenewalsWithTax(priced: Pick<PricedCart, 'totals' | 'tax'>): { years: number; amount: Minor }[] {
  if (!priced.tax) return priced.totals.domainRenewals;
  return priced.tax.domainRenewals.map(({ years, totals }) => ({ years, amount: totals.total }));
}

/** The countries whose rules name states, with those states: where the estimate asks for a state. */
export function statesByCountry(policy: TaxPolicy): Record<string, string[]> {
  const countries = new Set(policy.rules.filter((rule) => rule.state.trim() !== '').map((rule) => rule.country.trim().toUpperCase()));
  return Object.fromEntries([...countries].map((country) => [country, taxStates(policy, country)]));
}

/** A signed-in client's own place: their address, and WHMCS's exemption (their flag, or an EU VAT number). */
export function clientTaxPlace(policy: TaxPolicy, client: { country: string; state: string; taxId: string; taxExempt: boolean }): TaxPlace {
  return { country: client.country, state: client.state, exempt: isExempt(policy, client) };
}

/**
 * Where a visitor's estimate starts before they choose: the shop's home country (WHMCS's EU VAT
 * home country, else the country of its first country rule). No geo lookup: the visitor picks.
 */
export function defaultTaxCountry(policy: TaxPolicy): string | null {
  return policy.euVat?.homeCountry || policy.rules.find((rule) => rule.country.trim() !== '')?.country || null;
}
