import { describe, expect, it } from 'vitest';
import { computeTax, isExempt, isTaxedItem, isVatNumberFormat, priceTaxNote, ratesFor, taxStates, type TaxPolicy, type TaxRule } from './index';

// Every expected amount below is worked out by hand (shown next to it), not by the module.

const rule = (id: number, level: 1 | 2, name: string, country: string, state: string, rate: number): TaxRule => ({ id, level, name, country, state, rate });

const rules: TaxRule[] = [
  rule(1, 1, 'VAT', 'GB', '', 20),
  rule(2, 1, 'MwSt', 'DE', '', 19),
  rule(3, 1, 'Sales Tax', 'US', 'Texas', 6.25),
  rule(4, 1, 'GST', 'CA', '', 5),
  rule(5, 2, 'QST', 'CA', 'Quebec', 9.975),
  rule(6, 1, 'Federal', 'US', '', 1),
  rule(7, 1, 'World', '', '', 3),
];

const policy = (overrides: Partial<TaxPolicy> = {}): TaxPolicy => ({
  enabled: true,
  inclusive: false,
  compoundLevel2: false,
  perLineItem: false,
  domainsTaxed: true,
  inclusiveDeductForExempt: false,
  rules,
  taxedProductIds: [1, 2],
  taxedAddonIds: [4],
  euVat: { homeCountry: 'DE', homeCountryNotExempt: true, viesValidation: false },
  vatNumberField: true,
  label: 'VAT',
  ...overrides,
});

const place = (country: string, state = '', exempt = false) => ({ country, state, exempt });
const taxed = (amount: number) => ({ amount, taxed: true });
const untaxed = (amount: number) => ({ amount, taxed: false });

describe('which rule applies (WHMCS getTaxRate)', () => {
  it('a country+state rule beats the country rule, which beats the every-country rule', () => {
    expect(ratesFor(policy(), place('US', 'Texas')).level1?.id).toBe(3);
    expect(ratesFor(policy(), place('US', 'Ohio')).level1?.id).toBe(6);
    expect(ratesFor(policy(), place('US', '')).level1?.id).toBe(6);
    expect(ratesFor(policy(), place('FR')).level1?.id).toBe(7);
    expect(ratesFor(policy(), place('gb')).level1?.id).toBe(1);
    expect(ratesFor(policy(), place('US', 'texas')).level1?.id).toBe(3);
  });

  it('picks each level on its own; nothing when tax is off or no rule matches', () => {
    expect(ratesFor(policy(), place('CA', 'Quebec'))).toMatchObject({ level1: { id: 4 }, level2: { id: 5 } });
    expect(ratesFor(policy(), place('CA', 'Ontario'))).toMatchObject({ level1: { id: 4 }, level2: null });
    expect(ratesFor(policy({ rules: rules.slice(0, 6) }), place('FR'))).toEqual({ level1: null, level2: null });
    expect(ratesFor(policy({ enabled: false }), place('GB'))).toEqual({ level1: null, level2: null });
  });

  it('lists the states the rules name for a country', () => {
    expect(taxStates(policy(), 'CA')).toEqual(['Quebec']);
    expect(taxStates(policy(), 'GB')).toEqual([]);
  });
});

describe('tax on lines (WHMCS updateInvoiceTotal and its Tax calculator)', () => {
  it('exclusive: the rate on the taxed lines, untaxed lines as they are', () => {
    // 10.00 at 20 % = 2.00; plus 5.00 untaxed.
    expect(computeTax(policy(), place('GB'), [taxed(1000), untaxed(500)])).toEqual({
      net: 1500,
      taxLines: [{ level: 1, name: 'VAT', rate: 20, amount: 200 }],
      tax: 200,
      total: 1700,
    });
  });

  it('inclusive: the tax inside the price', () => {
    // 12.00 incl. 20 %: 12.00 × 20/120 = 2.00 tax, 10.00 net.
    expect(computeTax(policy({ inclusive: true }), place('GB'), [taxed(1200)])).toEqual({
      net: 1000,
      taxLines: [{ level: 1, name: 'VAT', rate: 20, amount: 200 }],
      tax: 200,
      total: 1200,
    });
  });

  it('rounds each tax half up to the cent', () => {
    // 2.00 × 6.25 % = 0.125 -> 0.13; 1.00 × 6.25 % = 0.0625 -> 0.06.
    expect(computeTax(policy(), place('US', 'Texas'), [taxed(200)]).tax).toBe(13);
    expect(computeTax(policy(), place('US', 'Texas'), [taxed(100)]).tax).toBe(6);
  });

  it('two levels, separately: each on the price', () => {
    // 10.00: GST 5 % = 0.50; QST 9.975 % = 0.9975 -> 1.00.
    const result = computeTax(policy(), place('CA', 'Quebec'), [taxed(1000)]);
    expect(result.taxLines).toEqual([
      { level: 1, name: 'GST', rate: 5, amount: 50 },
      { level: 2, name: 'QST', rate: 9.975, amount: 100 },
    ]);
    expect(result.total).toBe(1150);
  });

  it('compound level 2: on the price plus level 1', () => {
    // 10.00 + 0.50 GST = 10.50; QST 9.975 % of 10.50 = 1.047375 -> 1.05.
    const result = computeTax(policy({ compoundLevel2: true }), place('CA', 'Quebec'), [taxed(1000)]);
    expect(result.taxLines.map((line) => line.amount)).toEqual([50, 105]);
    expect(result.total).toBe(1155);
  });

  it('inclusive with two levels: compound takes level 2 out first, otherwise both from the pre-tax price', () => {
    // Compound: 11.55 × 9.975/109.975 = 1.0476 -> 1.05; (11.55 − 1.05) × 5/105 = 0.50; net 10.00.
    const compound = computeTax(policy({ inclusive: true, compoundLevel2: true }), place('CA', 'Quebec'), [taxed(1155)]);
    expect([compound.net, compound.tax, compound.total]).toEqual([1000, 155, 1155]);
    // Separate: 11.50 / 1.14975 = 10.0022; × 5 % = 0.5001 -> 0.50; × 9.975 % = 0.9977 -> 1.00; net 11.50 − 1.50 = 10.00.
    const separate = computeTax(policy({ inclusive: true }), place('CA', 'Quebec'), [taxed(1150)]);
    expect(separate.taxLines.map((line) => line.amount)).toEqual([50, 100]);
    expect(separate.net).toBe(1000);
  });

  it('on the taxed subtotal, or per line with TaxPerLineItem', () => {
    // 1.02 × 19 % = 0.1938 -> 0.19 per line, 0.38 for two; 2.04 × 19 % = 0.3876 -> 0.39 on the total.
    expect(computeTax(policy(), place('DE'), [taxed(102), taxed(102)]).tax).toBe(39);
    expect(computeTax(policy({ perLineItem: true }), place('DE'), [taxed(102), taxed(102)]).tax).toBe(38);
  });

  it('taxes setup fees with their product and promotions before tax', () => {
    // 10.00 + 5.00 setup = 15.00 × 20 % = 3.00.
    expect(computeTax(policy(), place('GB'), [taxed(1000), taxed(500)]).tax).toBe(300);
    // 10.00 − 1.50 promotion = 8.50 × 20 % = 1.70.
    expect(computeTax(policy(), place('GB'), [taxed(1000), taxed(-150)])).toMatchObject({ net: 850, tax: 170, total: 1020 });
  });

  it('works the same in any currency (WHMCS keeps every amount to two decimals)', () => {
    // ¥1,480 at 10 % (a world rule of 10): ¥148.00. €9.99 at 19 %: 1.8981 -> 1.90.
    const jpy = policy({ rules: [rule(1, 1, 'Consumption Tax', 'JP', '', 10)] });
    expect(computeTax(jpy, place('JP'), [taxed(148_000)]).tax).toBe(14_800);
    expect(computeTax(policy(), place('DE'), [taxed(999)]).tax).toBe(190);
  });

  it('charges an exempt client nothing; inclusive prices stay whole unless TaxInclusiveDeduct', () => {
    expect(computeTax(policy(), place('GB', '', true), [taxed(1000)])).toEqual({ net: 1000, taxLines: [], tax: 0, total: 1000 });
    expect(computeTax(policy({ inclusive: true }), place('GB', '', true), [taxed(1200)]).total).toBe(1200);
  });

  it('with TaxInclusiveDeduct, divides every line by 1 + the first rule’s rate for a client who pays no tax', () => {
    const deduct = policy({ inclusive: true, inclusiveDeductForExempt: true });
    // First rule (id 1): GB 20 %. 12.00 / 1.2 = 10.00; 3.00 untaxed / 1.2 = 2.50; 4.99 / 1.2 = 4.1583 -> 4.16.
    expect(computeTax(deduct, place('DE', '', true), [taxed(1200), untaxed(300), taxed(499)])).toEqual({ net: 1666, taxLines: [], tax: 0, total: 1666 });
    // No rule for the address (no every-country rule here): the same deduction, exempt or not.
    const noWorldRule = { ...deduct, rules: rules.slice(0, 6) };
    expect(computeTax(noWorldRule, place('FR'), [taxed(1200)]).total).toBe(1000);
    // A taxed client keeps paying the price, tax inside.
    expect(computeTax(deduct, place('GB'), [taxed(1200)])).toMatchObject({ tax: 200, total: 1200 });
  });

  it('adds no tax line when nothing is taxed, no rule applies or tax is off', () => {
    expect(computeTax(policy(), place('GB'), [untaxed(1000)])).toEqual({ net: 1000, taxLines: [], tax: 0, total: 1000 });
    expect(computeTax(policy({ rules: [] }), place('GB'), [taxed(1000)]).taxLines).toEqual([]);
    expect(computeTax(policy({ enabled: false }), place('GB'), [taxed(1000)]).total).toBe(1000);
  });
});

describe('which items are taxed', () => {
  it('products and addons by their flag, domains by TaxDomains', () => {
    expect(isTaxedItem(policy(), { kind: 'product', id: 1 })).toBe(true);
    expect(isTaxedItem(policy(), { kind: 'product', id: 3 })).toBe(false);
    expect(isTaxedItem(policy(), { kind: 'addon', id: 4 })).toBe(true);
    expect(isTaxedItem(policy(), { kind: 'addon', id: 1 })).toBe(false);
    expect(isTaxedItem(policy({ domainsTaxed: false }), { kind: 'domain' })).toBe(false);
  });
});

describe('price notes', () => {
  it('say whether tax is added or included, in the shop’s word', () => {
    expect(priceTaxNote(policy())).toBe('+ VAT');
    expect(priceTaxNote(policy({ inclusive: true }))).toBe('incl. VAT');
    expect(priceTaxNote(policy({ label: 'Tax' }))).toBe('+ tax');
    expect(priceTaxNote(policy({ label: 'Tax', inclusive: true }))).toBe('incl. tax');
    expect(priceTaxNote(policy({ enabled: false }))).toBeNull();
    expect(priceTaxNote(policy({ rules: [] }))).toBeNull();
  });
});

describe('exemption (WHMCS Vat::setTaxExempt)', () => {
  const client = (country: string, taxId = '', taxExempt = false) => ({ country, taxId, taxExempt });
  it('a business with a VAT number in the EU or GB, outside the home country', () => {
    expect(isExempt(policy(), client('FR', 'FR12345678901'))).toBe(true);
    expect(isExempt(policy(), client('GB', '123456789'))).toBe(true);
    expect(isExempt(policy(), client('DE', 'DE123456789'))).toBe(false);
    expect(isExempt(policy({ euVat: { homeCountry: 'DE', homeCountryNotExempt: false, viesValidation: false } }), client('DE', 'DE123456789'))).toBe(true);
  });

  it('not without a well-formed number, outside those countries, or with exemption off; always when WHMCS marks the client exempt', () => {
    expect(isExempt(policy(), client('FR'))).toBe(false);
    expect(isExempt(policy(), client('FR', '1234'))).toBe(false);
    expect(isExempt(policy(), client('US', 'US123456789'))).toBe(false);
    expect(isExempt(policy({ euVat: null }), client('FR', 'FR12345678901'))).toBe(false);
    expect(isExempt(policy({ euVat: null }), client('US', '', true))).toBe(true);
  });

  it('checks the format as WHMCS does: two letters first, or 9 or 12 digits', () => {
    expect(['FR12345678901', 'de123', '123456789', '123456789012'].map(isVatNumberFormat)).toEqual([true, true, true, true]);
    expect(['12345678', '1234567890', 'F1234', ''].map(isVatNumberFormat)).toEqual([false, false, false, false]);
  });
});
