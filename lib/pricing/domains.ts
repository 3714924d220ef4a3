import { DOMAIN_EXTRAS, type DomainExtra, type Minor, type Tld, type YearPrice } from '@/lib/whmcs/types';

/**
 * Domain prices, pure: what a registration or transfer costs for a number of years, from the
 * TLD's GetTLDPricing prices in one currency plus the extras chosen (yearly price x years), and
 * what it renews at. As WHMCS prices a domain in its cart: the TLD's price for the period (not a
 * yearly price times the years), extras on top.
 */

export type DomainOrderType = 'register' | 'transfer';

/** The yearly price of each domain extra in one currency (WHMCS's Domain Addons pricing). */
export type ExtraPrices = Record<DomainExtra, Minor>;

export type ChosenExtras = Record<DomainExtra, boolean>;

export const NO_EXTRAS: ChosenExtras = { dnsmanagement: false, emailforwarding: false, idprotection: false };

/** The extras chosen, for `years`: what they add to a registration, transfer or renewal. */
export function extrasCost(chosen: ChosenExtras, prices: ExtraPrices | null, years: number): Minor {
  if (!prices) return 0;
  return DOMAIN_EXTRAS.reduce((sum, extra) => sum + (chosen[extra] ? prices[extra] * years : 0), 0);
}

/** The periods a TLD offers for a registration or transfer, with the TLD's price for each (extras not included). */
export function domainPeriods(tld: Tld, type: DomainOrderType): YearPrice[] {
  return type === 'register' ? tld.register : tld.transfer;
}

/**
 * What the domain renews at after `years`, without extras: the TLD's renewal price for the same
 * period, else its one-year renewal price times the years; null when the TLD lists no renewal.
 */
export function renewalPrice(tld: Tld, years: number): Minor | null {
  const same = tld.renew.find((option) => option.years === years);
  if (same) return same.price;
  const yearly = tld.renew.find((option) => option.years === 1);
  return yearly ? yearly.price * years : null;
}

export interface DomainPrice {
  type: DomainOrderType;
  years: number;
  /** The TLD's price for the period. */
  base: Minor;
  /** The chosen extras for the period (only those the TLD offers). */
  extras: Minor;
  /** base + extras. */
  dueToday: Minor;
  /** Each renewal of the same period, extras included; null when the TLD lists no renewal price. */
  renewal: Minor | null;
}

/**
 * A registration or transfer of `years` on `tld`, with the extras chosen that the TLD offers;
 * null when the TLD does not offer that period (or transfers at all).
 */
export function priceDomain(tld: Tld, type: DomainOrderType, years: number, chosen: ChosenExtras, extraPrices: ExtraPrices | null): DomainPrice | null {
  const period = domainPeriods(tld, type).find((option) => option.years === years);
  if (!period) return null;
  const offered = Object.fromEntries(DOMAIN_EXTRAS.map((extra) => [extra, chosen[extra] && tld.extras[extra]])) as ChosenExtras;
  const extras = extrasCost(offered, extraPrices, years);
  const renew = renewalPrice(tld, years);
  return { type, years, base: period.price, extras, dueToday: period.price + extras, renewal: renew === null ? null : renew + extras };
}

/** The extras a TLD offers, in WHMCS's order, with their yearly price (none when the shop set no prices). */
export function offeredExtras(tld: Tld, extraPrices: ExtraPrices | null): { extra: DomainExtra; yearly: Minor }[] {
  if (!extraPrices) return [];
  return DOMAIN_EXTRAS.filter((extra) => tld.extras[extra]).map((extra) => ({ extra, yearly: extraPrices[extra] }));
}
