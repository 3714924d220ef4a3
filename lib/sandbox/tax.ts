import { isVatNumberFormat, VAT_EXEMPTION_COUNTRIES } from '@/lib/tax';
import type { Cents } from './money';
import type { ClientRow, Db } from './rows';

/**
 * Tax as WHMCS applies it to an invoice, written after WHMCS's own code rather than shared with
 * the storefront's lib/tax, so that the shop's figures are checked against an independent copy:
 * getTaxRate() for the rates, createInvoices() for which client pays them, the "Apply Tax" flags
 * for which lines are taxed, and updateInvoiceTotal() with WHMCS\Billing\Tax for the amounts,
 * in floats rounded as PHP's round() does.
 */

/** tblconfiguration: a System Setting as stored, null when never saved. */
export function settingValue(db: Db, setting: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE setting = ?').get(setting) as { value: string } | undefined;
  return row ? row.value : null;
}

/** `$CONFIG["X"]` in a PHP condition: "on", "1", "Inclusive" are true; "", "0" and unset are not. */
export function settingOn(db: Db, setting: string): boolean {
  const value = settingValue(db, setting);
  return value !== null && value !== '' && value !== '0';
}

interface TaxRuleRow {
  name: string;
  taxrate: string;
}

/** getTaxRate(): the state's rule, else the country's (any state), else the every-country one; MySQL compares case-insensitively. */
function taxRateFor(db: Db, level: 1 | 2, state: string, country: string): { name: string; rate: number } {
  const find = (s: string, c: string) =>
    db
      .prepare('SELECT name, taxrate FROM tax_rules WHERE level = ? AND state = ? COLLATE NOCASE AND country = ? COLLATE NOCASE ORDER BY id LIMIT 1')
      .get(level, s, c) as TaxRuleRow | undefined;
  const row = find(state, country) ?? find('', country) ?? find('', '');
  if (!row) return { name: '', rate: 0 };
  return { name: row.name || 'Tax', rate: Number(row.taxrate) };
}

/** The rates createInvoices() stores on a client's invoice: none when tax is off or the client is exempt. */
export function invoiceTaxRates(db: Db, client: ClientRow): { taxrate: number; taxrate2: number } {
  if (!settingOn(db, 'TaxEnabled') || client.taxexempt) return { taxrate: 0, taxrate2: 0 };
  return { taxrate: taxRateFor(db, 1, client.state, client.country).rate, taxrate2: taxRateFor(db, 2, client.state, client.country).rate };
}

/** Whether an invoice line is taxed, as WHMCS sets `taxed` when it writes the line: by the product's, the addon's or the domains' setting. */
export function invoiceItemTaxed(db: Db, item: { type: string; relid: number }): boolean {
  switch (item.type) {
    case 'Setup':
    case 'Hosting':
    case 'PromoHosting':
      return Boolean((db.prepare('SELECT p.tax FROM services s JOIN products p ON p.id = s.packageid WHERE s.id = ?').get(item.relid) as { tax: number } | undefined)?.tax);
    case 'Addon':
      return Boolean((db.prepare('SELECT d.tax FROM service_addons a JOIN addons d ON d.id = a.addonid WHERE a.id = ?').get(item.relid) as { tax: number } | undefined)?.tax);
    case 'DomainRegister':
    case 'DomainTransfer':
    case 'Domain':
    case 'PromoDomain':
      return settingOn(db, 'TaxDomains');
    default:
      return false;
  }
}

/** PHP's round($value, 2) in cents: half away from zero, after PHP's pre-rounding to 15 significant digits. */
function phpRoundCents(major: number): Cents {
  const scaled = Number((Math.abs(major) * 100).toPrecision(15));
  return Math.sign(major) * Math.round(scaled);
}

/** WHMCS\Billing\Tax::recalculate() on one tax base (major units), each level rounded to the cent. */
function taxCalculator(base: number, rate1: number, rate2: number, inclusive: boolean, compound: boolean) {
  const m1 = rate1 / 100;
  const m2 = rate2 / 100;
  let level1: Cents;
  let level2: Cents;
  if (inclusive) {
    if (compound) {
      level2 = phpRoundCents(base - base / (1 + m2));
      const preLevel2 = base - level2 / 100;
      level1 = phpRoundCents(preLevel2 - preLevel2 / (1 + m1));
    } else {
      const preTax = base / (1 + m1 + m2);
      level1 = phpRoundCents(preTax * m1);
      level2 = phpRoundCents(preTax * m2);
    }
    return { beforeTax: phpRoundCents(base) - level1 - level2, level1, level2 };
  }
  level1 = phpRoundCents(base * m1);
  level2 = phpRoundCents((compound ? base + level1 / 100 : base) * m2);
  return { beforeTax: phpRoundCents(base), level1, level2 };
}

export interface InvoiceTotals {
  subtotal: Cents;
  tax: Cents;
  tax2: Cents;
  total: Cents;
}

/** updateInvoiceTotal(): the untaxed lines as they are, the taxed ones through the calculator, per line with TaxPerLineItem. */
export function invoiceTotals(db: Db, client: ClientRow, rates: { taxrate: number; taxrate2: number }, items: { amount: Cents; taxed: boolean }[]): InvoiceTotals {
  const inclusive = settingValue(db, 'TaxType') === 'Inclusive';
  const compound = settingOn(db, 'TaxL2Compound');
  const perLine = settingOn(db, 'TaxPerLineItem');
  const charging = settingOn(db, 'TaxEnabled') && !client.taxexempt;
  let taxSubtotal = 0;
  let untaxed = 0;
  let tax = 0;
  let tax2 = 0;
  const taxedAmounts: number[] = [];
  for (const item of items) {
    if (item.taxed && charging) taxedAmounts.push(item.amount / 100);
    else untaxed += item.amount;
  }
  const bases = perLine ? taxedAmounts : [taxedAmounts.reduce((sum, amount) => sum + amount, 0)];
  for (const base of bases) {
    const split = taxCalculator(base, rates.taxrate, rates.taxrate2, inclusive, compound);
    tax += split.level1;
    tax2 += split.level2;
    taxSubtotal += split.beforeTax;
  }
  const subtotal = untaxed + taxSubtotal;
  return { subtotal, tax, tax2, total: subtotal + tax + tax2 };
}

/**
 * Vat::setTaxExempt() at sign-up: a VAT number of WHMCS's format from a business in the EU (or
 * GB) is exempt with `TaxEUTaxExempt`, unless home-country businesses pay VAT. The sandbox cannot
 * ask VIES, so with `TaxEUTaxValidation` on it takes a well-formed number as valid. (The country
 * list and the format check are WHMCS's data, shared with lib/tax; the arithmetic above is not.)
 */
export function exemptByVatNumber(db: Db, country: string, taxId: string): boolean {
  if (!settingOn(db, 'TaxEUTaxExempt') || !taxId || !isVatNumberFormat(taxId)) return false;
  if (!VAT_EXEMPTION_COUNTRIES.includes(country)) return false;
  return !(settingOn(db, 'TaxEUHomeCountryNoExempt') && country === settingValue(db, 'TaxEUHomeCountry'));
}

/**
 * calcCartTotals() with inclusive prices and `TaxInclusiveDeduct`: a client who pays no tax (exempt,
 * or no rule for the address) is charged every price, taxed or not, divided by 1 + the rate of
 * the first row of tbltax and rounded to the cent, each price on its own (one invoice line each).
 */
export function deductInclusiveTax<T extends { amount: Cents }>(db: Db, client: ClientRow, items: T[]): T[] {
  if (!settingOn(db, 'TaxEnabled') || !settingOn(db, 'TaxInclusiveDeduct') || settingValue(db, 'TaxType') !== 'Inclusive') return items;
  const paysNoTax = client.taxexempt || (taxRateFor(db, 1, client.state, client.country).rate === 0 && taxRateFor(db, 2, client.state, client.country).rate === 0);
  if (!paysNoTax) return items;
  const first = db.prepare('SELECT taxrate FROM tax_rules ORDER BY id LIMIT 1').get() as { taxrate: string } | undefined;
  const divisor = 1 + Number(first?.taxrate ?? 0) / 100;
  return items.map((item) => ({ ...item, amount: phpRoundCents(item.amount / 100 / divisor) }));
}
