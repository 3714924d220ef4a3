import { describe, expect, it } from 'vitest';
import { decodeShown, encodeShown, invoiceDifference } from './invoiced-tax';

const gbp = { code: 'GBP', prefix: '£', suffix: ' GBP' };

describe('invoiceDifference', () => {
  it('says nothing when the invoice charges what the checkout showed, or nothing is known of it', () => {
    expect(invoiceDifference({ tax: 200, total: 1200 }, { tax: 200, total: 1200 }, gbp)).toBeNull();
    expect(invoiceDifference(null, { tax: 200, total: 1200 }, gbp)).toBeNull();
  });

  it('names tax the checkout did not show, and the totals', () => {
    expect(invoiceDifference({ tax: 0, total: 1000 }, { tax: 200, total: 1200 }, gbp)).toBe(
      'Our billing system charged £2.00 GBP tax that the checkout did not show (for example because a VAT number could not be confirmed). ' +
        "The invoice's total is £12.00 GBP, not the £10.00 GBP shown at checkout. The invoice is what you pay.",
    );
  });

  it('names a tax left out, and a different amount of tax', () => {
    expect(invoiceDifference({ tax: 200, total: 1200 }, { tax: 0, total: 1000 }, gbp)).toMatch(
      /^Our billing system charged no tax, where the checkout showed £2\.00 GBP\. The invoice's total is £10\.00 GBP, not the £12\.00 GBP/,
    );
    expect(invoiceDifference({ tax: 200, total: 1200 }, { tax: 201, total: 1201 }, gbp)).toMatch(
      /^Our billing system charged £2\.01 GBP tax, where the checkout showed £2\.00 GBP\./,
    );
  });

  it('names a different total when the tax is the same', () => {
    expect(invoiceDifference({ tax: 200, total: 1200 }, { tax: 200, total: 1300 }, gbp)).toBe(
      "The invoice's total is £13.00 GBP, not the £12.00 GBP shown at checkout. The invoice is what you pay.",
    );
  });
});

describe('shown amounts in a cookie', () => {
  it('survive the round trip; anything else is nothing shown', () => {
    expect(decodeShown(encodeShown({ tax: 240, total: 1440 }))).toEqual({ tax: 240, total: 1440 });
    expect(decodeShown('-1:5')).toBeNull();
    expect(decodeShown('1:')).toBeNull();
    expect(decodeShown(undefined)).toBeNull();
  });
});
