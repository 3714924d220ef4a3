/**
 * The one tax module: which of WHMCS's tax rules apply to a place, and the tax WHMCS will put on
 * an invoice for a set of lines, in integer minor units. Pure and dependency-free (types only),
 * so server and client components share it. The rules it follows, with their sources, are in
 * lib/tax/README.md.
 */
import type { Minor, TaxRules } from '@/lib/whmcs/types';
import { divideRoundHalfUp } from '@/lib/pricing/money';

/** One row of WHMCS's tax rules (tbltax): `country`/`state` '' matches every country or state. */
export type TaxRule = TaxRules['rules'][number];

/** Everything WHMCS's tax settings and rules say, as the shop needs it (see lib/tax/policy.ts). */
export interface TaxPolicy {
  /** `TaxEnabled`. */
  enabled: boolean;
  /** `TaxType` = Inclusive: prices already include the tax. */
  inclusive: boolean;
  /** `TaxL2Compound`: level 2 is charged on the price plus level 1. */
  compoundLevel2: boolean;
  /** `TaxPerLineItem`: tax is rounded on each line and summed, rather than worked out once on the taxed subtotal. */
  perLineItem: boolean;
  /** `TaxDomains`: domain registrations, transfers and renewals (and their extras) are taxed. */
  domainsTaxed: boolean;
  /**
   * `TaxInclusiveDeduct`: with inclusive prices, a client who pays no tax (exempt, or no rule for
   * their address) pays each price divided by 1 + the first tax rule's rate (see computeTax).
   */
  inclusiveDeductForExempt: boolean;
  rules: TaxRule[];
  /** Products and addons whose "Apply Tax" is ticked. */
  taxedProductIds: number[];
  taxedAddonIds: number[];
  /** WHMCS's EU VAT settings; null when it does not exempt anyone by VAT number (`TaxEUTaxExempt` off). */
  euVat: {
    /** `TaxEUHomeCountry`: the shop's own country (ISO code). */
    homeCountry: string;
    /** `TaxEUHomeCountryNoExempt`: businesses in the home country pay VAT even with a VAT number. */
    homeCountryNotExempt: boolean;
    /** `TaxEUTaxValidation`: WHMCS checks the number with the EU's VIES service (the shop only checks its format). */
    viesValidation: boolean;
  } | null;
  /** WHMCS asks for a tax id / VAT number at sign-up (`TaxIDDisabled` off and no custom field instead). */
  vatNumberField: boolean;
  /** `TaxVATEnabled`: WHMCS calls its tax "VAT". */
  label: 'VAT' | 'Tax';
}

/** Where a customer is, and whether WHMCS exempts them: a visitor's estimate or a client's address. */
export interface TaxPlace {
  /** ISO 3166-1 alpha-2, e.g. `GB`. */
  country: string;
  /** As WHMCS stores it for the country (US: the state's name, e.g. `Texas`); '' when unknown. */
  state: string;
  exempt: boolean;
}

export interface TaxableLine {
  amount: Minor;
  /** The item's "Apply Tax" (see `isTaxedItem`); untaxed lines are added as they are. */
  taxed: boolean;
}

interface TaxLine {
  level: 1 | 2;
  name: string;
  /** Percent, e.g. 20 or 6.25. */
  rate: number;
  amount: Minor;
}

export interface TaxTotals {
  /** WHMCS's invoice `subtotal`: the lines before tax (inclusive prices: less the tax in them). */
  net: Minor;
  /** One per level that applies (a rule with a rate above 0, a taxed line, a client not exempt). */
  taxLines: TaxLine[];
  /** `tax` + `tax2`. */
  tax: Minor;
  /** What the invoice's `total` will be. */
  total: Minor;
}

// Rates are WHMCS decimals with three places (tbltax.taxrate DECIMAL(10,3)): work in thousandths
// of a percent, so 100 % is 100000 and every product below stays an exact integer.
const HUNDRED_PERCENT = 100_000;
const milli = (rate: number) => Math.round(rate * 1000);

const same = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/**
 * The rule WHMCS's getTaxRate() picks for one level: the one for the country and state, else the
 * one for the country (any state), else the one for every country; the first row of a kind wins.
 * MySQL compares the codes case-insensitively, so this does too.
 */
function ruleFor(rules: TaxRule[], level: 1 | 2, country: string, state: string): TaxRule | null {
  const atLevel = rules.filter((rule) => rule.level === level);
  return (
    atLevel.find((rule) => same(rule.country, country) && same(rule.state, state) && state.trim() !== '') ??
    atLevel.find((rule) => same(rule.country, country) && rule.state.trim() === '' && country.trim() !== '') ??
    atLevel.find((rule) => rule.country.trim() === '' && rule.state.trim() === '') ??
    null
  );
}

/**
 * The level 1 and level 2 rules for an address, as WHMCS would put them on the invoice; both null
 * when tax is off. Exemption is not applied here (see computeTax): the rates are the address's.
 */
export function ratesFor(policy: TaxPolicy, place: Pick<TaxPlace, 'country' | 'state'>): { level1: TaxRule | null; level2: TaxRule | null } {
  if (!policy.enabled) return { level1: null, level2: null };
  return { level1: ruleFor(policy.rules, 1, place.country, place.state), level2: ruleFor(policy.rules, 2, place.country, place.state) };
}

/** The states the rules name for a country, for a visitor's estimate: only these change the rate. */
export function taxStates(policy: TaxPolicy, country: string): string[] {
  const states = policy.rules.filter((rule) => same(rule.country, country) && rule.state.trim() !== '').map((rule) => rule.state);
  return [...new Set(states)].sort((a, b) => a.localeCompare(b));
}

/** Whether an item is taxed ("Apply Tax" on the product or addon; domains by `TaxDomains`). */
export function isTaxedItem(policy: TaxPolicy, item: { kind: 'product' | 'addon'; id: number } | { kind: 'domain' }): boolean {
  if (item.kind === 'domain') return policy.domainsTaxed;
  return (item.kind === 'product' ? policy.taxedProductIds : policy.taxedAddonIds).includes(item.id);
}

interface LevelSplit {
  beforeTax: Minor;
  level1: Minor;
  level2: Minor;
}

/**
 * WHMCS\Billing\Tax::recalculate() on one tax base, each tax rounded to the cent half away from
 * zero (format_as_currency). Exclusive: level 1 on the base, level 2 on the base (plus level 1
 * when compound). Inclusive: the tax inside the base, level 2 taken out first when compound.
 */
function splitTax(base: Minor, rate1: number, rate2: number, inclusive: boolean, compound: boolean): LevelSplit {
  const r1 = milli(rate1);
  const r2 = milli(rate2);
  if (!inclusive) {
    const level1 = divideRoundHalfUp(base * r1, HUNDRED_PERCENT);
    const level2 = divideRoundHalfUp((compound ? base + level1 : base) * r2, HUNDRED_PERCENT);
    return { beforeTax: base, level1, level2 };
  }
  if (compound) {
    const level2 = divideRoundHalfUp(base * r2, HUNDRED_PERCENT + r2);
    const level1 = divideRoundHalfUp((base - level2) * r1, HUNDRED_PERCENT + r1);
    return { beforeTax: base - level1 - level2, level1, level2 };
  }
  const level1 = divideRoundHalfUp(base * r1, HUNDRED_PERCENT + r1 + r2);
  const level2 = divideRoundHalfUp(base * r2, HUNDRED_PERCENT + r1 + r2);
  return { beforeTax: base - level1 - level2, level1, level2 };
}

/** The rate of the first row of tbltax (lowest id), which `TaxInclusiveDeduct` divides by. */
function firstRuleRate(rules: TaxRule[]): number {
  return rules.reduce<TaxRule | null>((first, rule) => (first === null || rule.id < first.id ? rule : first), null)?.rate ?? 0;
}

/**
 * What WHMCS's updateInvoiceTotal() makes of these lines for this place: the untaxed lines as they
 * are, the taxed ones through the tax calculator (per line or on their sum, `TaxPerLineItem`).
 * An exempt client pays no tax. With inclusive prices and `TaxInclusiveDeduct`, a client who pays
 * no tax (exempt, or no rule for the address) pays every line, taxed or not, divided by 1 + the
 * first tax rule's rate and rounded to the cent, line by line, as WHMCS's cart does each price
 * (setup fee, first period, each unit): pass them as separate lines for the cent to match.
 */
export function computeTax(policy: TaxPolicy, place: TaxPlace, lines: readonly TaxableLine[]): TaxTotals {
  const { level1, level2 } = ratesFor(policy, place);
  const rate1 = level1?.rate ?? 0;
  const rate2 = level2?.rate ?? 0;
  if (policy.enabled && policy.inclusive && policy.inclusiveDeductForExempt && (place.exempt || (rate1 <= 0 && rate2 <= 0))) {
    const divisor = HUNDRED_PERCENT + milli(firstRuleRate(policy.rules));
    const net = lines.reduce((sum, line) => sum + divideRoundHalfUp(line.amount * HUNDRED_PERCENT, divisor), 0);
    return { net, taxLines: [], tax: 0, total: net };
  }
  const untaxed = lines.filter((line) => !line.taxed).reduce((sum, line) => sum + line.amount, 0);
  const taxed = lines.filter((line) => line.taxed).map((line) => line.amount);
  if (place.exempt || taxed.length === 0 || (rate1 <= 0 && rate2 <= 0)) {
    const net = lines.reduce((sum, line) => sum + line.amount, 0);
    return { net, taxLines: [], tax: 0, total: net };
  }

  const bases = policy.perLineItem ? taxed : [taxed.reduce((sum, amount) => sum + amount, 0)];
  const splits = bases.map((base) => splitTax(base, rate1, rate2, policy.inclusive, policy.compoundLevel2));
  const beforeTax = splits.reduce((sum, s) => sum + s.beforeTax, 0);
  const tax1 = splits.reduce((sum, s) => sum + s.level1, 0);
  const tax2 = splits.reduce((sum, s) => sum + s.level2, 0);
  const taxLines: TaxLine[] = [];
  if (level1 && rate1 > 0) taxLines.push({ level: 1, name: level1.name || 'Tax', rate: rate1, amount: tax1 });
  if (level2 && rate2 > 0) taxLines.push({ level: 2, name: level2.name || 'Tax', rate: rate2, amount: tax2 });
  const net = untaxed + beforeTax;
  return { net, taxLines, tax: tax1 + tax2, total: net + tax1 + tax2 };
}

/** What a price says about tax: null when the shop charges none (tax off, or no rule with a rate). */
export function priceTaxNote(policy: TaxPolicy): '+ VAT' | 'incl. VAT' | '+ tax' | 'incl. tax' | null {
  if (!policy.enabled || !policy.rules.some((rule) => rule.rate > 0)) return null;
  const word = policy.label === 'VAT' ? 'VAT' : 'tax';
  return policy.inclusive ? `incl. ${word}` : `+ ${word}`;
}

/**
 * The countries WHMCS's VAT exemption covers (WHMCS\Billing\Tax\Vat::EU_COUNTRIES, 8.7): the EU
 * member states and GB, whose numbers WHMCS checks with HMRC instead of VIES.
 */
export const VAT_EXEMPTION_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'ES', 'SE', 'SK', 'SI', 'GB',
];

/**
 * WHMCS's own format check of a VAT number (Vat::isValidFormat): 9 or 12 digits (a GB number
 * without its prefix), or anything starting with two letters. Whether the number exists is
 * WHMCS's to ask VIES / HMRC (`TaxEUTaxValidation`), at sign-up and on every order.
 */
export function isVatNumberFormat(taxId: string): boolean {
  if (/^\d+$/.test(taxId)) return taxId.length === 9 || taxId.length === 12;
  return /^[A-Za-z]{2}/.test(taxId);
}

/**
 * Whether WHMCS exempts a client from tax: their own "tax exempt" flag, or (`TaxEUTaxExempt` on)
 * a VAT number of the right format from a business in one of VAT_EXEMPTION_COUNTRIES, unless it
 * is the home country and home businesses pay VAT (Vat::setTaxExempt).
 */
export function isExempt(policy: TaxPolicy, client: { country: string; taxId: string; taxExempt: boolean }): boolean {
  if (client.taxExempt) return true;
  const vat = policy.euVat;
  if (!vat || !client.taxId || !isVatNumberFormat(client.taxId)) return false;
  if (!VAT_EXEMPTION_COUNTRIES.includes(client.country)) return false;
  return !(vat.homeCountryNotExempt && client.country === vat.homeCountry);
}
