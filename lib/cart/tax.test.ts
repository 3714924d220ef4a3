import { describe, expect, it } from 'vitest';
import { starterWithAddons } from '@/lib/pricing/fixtures';
import type { TaxPolicy } from '@/lib/tax';
import { priceCartWith } from './pricing';
import { cartTax, clientTaxPlace, defaultTaxCountry, domainRenewalsWithTax, payableToday, recurringWithTax, statesByCountry, withTax } from './tax';
import { catalogue, cartItem, DOMAIN_PRICING, domainLine } from './test-fixtures';
import type { Cart } from './types';

const policy: TaxPolicy = {
  enabled: true,
  inclusive: false,
  compoundLevel2: false,
  perLineItem: false,
  domainsTaxed: true,
  inclusiveDeductForExempt: true,
  rules: [
    { id: 1, level: 1, name: 'VAT', country: 'GB', state: '', rate: 20 },
    { id: 2, level: 1, name: 'VAT', country: 'DE', state: '', rate: 19 },
  ],
  // Starter and its daily backups are taxed; the extra IPv4 addon is not.
  taxedProductIds: [1],
  taxedAddonIds: [1],
  euVat: { homeCountry: 'GB', homeCountryNotExempt: true, viesValidation: false },
  vatNumberField: true,
  label: 'VAT',
};

// Starter monthly ($4.99), daily backups ($2.00), two extra IPv4 ($3.00 + $1.00 setup each).
const cart: Cart = {
  id: 'cart-1',
  promoCode: null,
  domains: [],
  nameservers: null,
  items: [cartItem({ pid: 1, configuration: { cycle: 'monthly', options: {}, quantity: 1, addons: { 1: 1, 3: 2 } } })],
};
const priced = priceCartWith(cart, 'USD', { ...catalogue, products: [starterWithAddons] }, { status: 'none' }, '2025-01-20');
const GB = { country: 'GB', state: '', exempt: false };

describe('cartTax', () => {
  it("taxes the product and the addons that apply tax, each by its own flag", () => {
    expect(priced.totals.dueToday).toBe(1499);
    const tax = cartTax(policy, GB, priced);
    // Taxed: 4.99 + 2.00 = 6.99, 20% = 1.398 -> 1.40. Untaxed: 8.00.
    expect(tax.dueToday).toEqual({ net: 1499, taxLines: [{ level: 1, name: 'VAT', rate: 20, amount: 140 }], tax: 140, total: 1639 });
    // Renewal: 6.99 taxed -> 1.40, 6.00 untaxed.
    const taxed = withTax(priced, policy, GB);
    expect(recurringWithTax(taxed)).toEqual([{ cycle: 'monthly', amount: 1439 }]);
    expect(payableToday(taxed)).toBe(1639);
  });

  it('taxes domain lines as TaxDomains says, their first period and their renewals', () => {
    // Starter as above, plus fresh-idea.com for 2 years ($25.98, renews at $29.98 every 2 years).
    const withDomain = priceCartWith({ ...cart, domains: [domainLine({ domain: 'fresh-idea.com', years: 2 })] }, 'USD', { ...catalogue, products: [starterWithAddons] }, { status: 'none' }, '2025-01-20', DOMAIN_PRICING);
    expect(withDomain.totals.dueToday).toBe(1499 + 2598);
    // Taxed today: 6.99 + 25.98 = 32.97, 20% = 6.594 -> 6.59.
    expect(cartTax(policy, GB, withDomain).dueToday).toMatchObject({ net: 4097, tax: 659, total: 4756 });
    // Renewal every 2 years: 29.98, 20% = 5.996 -> 6.00.
    expect(domainRenewalsWithTax(withTax(withDomain, policy, GB))).toEqual([{ years: 2, amount: 3598 }]);
    // Without TaxDomains the domain pays none.
    const untaxedDomains = cartTax({ ...policy, domainsTaxed: false }, GB, withDomain);
    expect(untaxedDomains.dueToday).toMatchObject({ net: 4097, tax: 140, total: 4237 });
    expect(untaxedDomains.domainRenewals).toEqual([{ years: 2, totals: { net: 2998, taxLines: [], tax: 0, total: 2998 } }]);
  });

  it('follows the place: another rate, an exempt client, an untaxed country', () => {
    // 6.99 at 19% = 1.3281 -> 1.33.
    expect(cartTax(policy, { country: 'DE', state: '', exempt: false }, priced).dueToday.tax).toBe(133);
    expect(cartTax(policy, { ...GB, exempt: true }, priced).dueToday).toEqual({ net: 1499, taxLines: [], tax: 0, total: 1499 });
    expect(cartTax(policy, { country: 'US', state: 'Texas', exempt: false }, priced).dueToday.total).toBe(1499);
  });

  it('without a known tax, what is paid is the cart as priced', () => {
    expect(payableToday(priced)).toBe(1499);
    expect(recurringWithTax(priced)).toEqual(priced.totals.recurring);
  });
});

describe('places', () => {
  it("a client's own: their address, exempt by an EU VAT number outside the home country", () => {
    expect(clientTaxPlace(policy, { country: 'DE', state: 'Berlin', taxId: 'DE123456789', taxExempt: false })).toEqual({
      country: 'DE',
      state: 'Berlin',
      exempt: true,
    });
    expect(clientTaxPlace(policy, { country: 'GB', state: '', taxId: 'GB123456789', taxExempt: false }).exempt).toBe(false);
    expect(clientTaxPlace(policy, { country: 'US', state: 'Texas', taxId: '', taxExempt: true }).exempt).toBe(true);
  });

  it('asks for a state only where the rules name states', () => {
    const withStates = { ...policy, rules: [...policy.rules, { id: 3, level: 1 as const, name: 'Sales Tax', country: 'US', state: 'Texas', rate: 6.25 }] };
    expect(statesByCountry(policy)).toEqual({});
    expect(statesByCountry(withStates)).toEqual({ US: ['Texas'] });
  });

  it("a visitor's start: the shop's home country, else its first country rule", () => {
    expect(defaultTaxCountry(policy)).toBe('GB');
    expect(defaultTaxCountry({ ...policy, euVat: null })).toBe('GB');
    expect(defaultTaxCountry({ ...policy, euVat: null, rules: [] })).toBeNull();
  });
});
