import { describe, expect, it } from 'vitest';
import type { TaxPolicy } from './index';
import { productTaxNote } from './product-note';

const policy: TaxPolicy = {
  enabled: true,
  inclusive: false,
  compoundLevel2: false,
  perLineItem: false,
  domainsTaxed: false,
  inclusiveDeductForExempt: false,
  rules: [{ id: 1, level: 1, name: 'VAT', country: 'GB', state: '', rate: 20 }],
  taxedProductIds: [1],
  taxedAddonIds: [],
  euVat: null,
  vatNumberField: false,
  label: 'VAT',
};

describe('productTaxNote', () => {
  it("says the shop's mode for a taxed product, nothing for an untaxed one or a shop without tax", () => {
    expect(productTaxNote(policy, 1)).toBe('+ VAT');
    expect(productTaxNote({ ...policy, inclusive: true }, 1)).toBe('incl. VAT');
    expect(productTaxNote({ ...policy, label: 'Tax' }, 1)).toBe('+ tax');
    expect(productTaxNote(policy, 2)).toBeNull();
    expect(productTaxNote({ ...policy, enabled: false }, 1)).toBeNull();
    expect(productTaxNote(null, 1)).toBeNull();
  });
});
