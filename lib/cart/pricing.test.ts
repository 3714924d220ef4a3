import { describe, expect, it } from 'vitest';
import { business, cloudVps2, starter } from '@/lib/pricing/fixtures';
import { priceCartWith, type PricingCatalogue, type PromotionLookup } from './pricing';
import { catalogue, cartItem, DOMAIN_PRICING, domainLine, DOTCOM20, FREESETUP, SAVE15, STARTER3, vpsOptions, WELCOME5 } from './test-fixtures';
import type { Cart, CartItem } from './types';

const TODAY = '2025-01-20';
const none: PromotionLookup = { status: 'none' };
const found = (promotion: typeof SAVE15): PromotionLookup => ({ status: 'found', promotion });

function cartOf(items: CartItem[], promoCode: string | null = null): Cart {
  return { id: 'cart-1', items, domains: [], promoCode, nameservers: null };
}

// Starter monthly ($4.99 / €4.60) and Business annually ($143.88 / €131.88), no setup fees.
const starterMonthly = cartItem({ pid: 1, configuration: { cycle: 'monthly', options: {}, quantity: 1 }, domain: 'example.com' });
const businessAnnually = cartItem({ pid: 2, configuration: { cycle: 'annually', options: {}, quantity: 1 }, domain: 'bücher.de' });
const hostingCart = cartOf([starterMonthly, businessAnnually]);

// Business monthly ($12.99 + $5.00 setup) and two Cloud VPS 2 (each $20.00 + $1.50 IPv4 + $10.00 setup).
const businessMonthly = cartItem({ pid: 2, configuration: { cycle: 'monthly', options: {}, quantity: 1 }, domain: 'shop.example' });
const twoVps = cartItem({
  pid: 10,
  configuration: { cycle: 'monthly', options: vpsOptions, quantity: 2 },
  customFields: { 7: 'vps.example.com' },
});
const setupCart = cartOf([businessMonthly, twoVps]);

describe('priceCartWith: totals', () => {
  it('sums due today and groups renewals by cycle, shortest first (USD)', () => {
    const priced = priceCartWith(hostingCart, 'USD', catalogue, none, TODAY);
    expect(priced.currency.code).toBe('USD');
    expect(priced.totals).toMatchObject({
      dueTodayBeforeDiscount: 14887,
      discount: 0,
      dueToday: 14887,
      recurring: [
        { cycle: 'monthly', amount: 499 },
        { cycle: 'annually', amount: 14388 },
      ],
    });
    expect(priced.orderable).toBe(true);
    expect(priced.items.map((item) => item.problems)).toEqual([[], []]);
  });

  it('leaves one-time items out of the renewals and counts a scaling line once (USD)', () => {
    const ssl = cartItem({ pid: 20, configuration: { cycle: 'onetime', options: { 6: 0, 7: 71 }, quantity: 1 } });
    const storage = cartItem({ pid: 40, configuration: { cycle: 'monthly', options: {}, quantity: 3 } });
    const priced = priceCartWith(cartOf([ssl, storage], 'SAVE15'), 'USD', catalogue, found(SAVE15), TODAY);
    // SSL: 49.00 + 5.00 setup; 15% = 8.10. Storage (not covered): 3 x 10.00.
    expect(priced.items.map((item) => [item.discount, item.recurringDiscount])).toEqual([
      [810, 0],
      [0, 0],
    ]);
    expect(priced.totals).toMatchObject({
      dueTodayBeforeDiscount: 8400,
      discount: 810,
      dueToday: 7590,
      recurring: [{ cycle: 'monthly', amount: 3000 }],
    });
  });

  it('uses the default currency for a currency WHMCS does not have', () => {
    expect(priceCartWith(hostingCart, 'GBP', catalogue, none, TODAY).currency.code).toBe('USD');
  });

  it('an empty cart costs nothing and cannot be ordered', () => {
    const priced = priceCartWith(cartOf([]), 'EUR', catalogue, none, TODAY);
    expect(priced.totals).toEqual({ dueTodayBeforeDiscount: 0, discount: 0, dueToday: 0, recurring: [], domainRenewals: [] });
    expect(priced.orderable).toBe(false);
  });
});

describe('priceCartWith: promotions, hand-computed in two currencies', () => {
  it('SAVE15 (15%, recurring) in USD: 0.7485 -> 0.75 and 21.582 -> 21.58, on renewals too', () => {
    const priced = priceCartWith({ ...hostingCart, promoCode: 'SAVE15' }, 'USD', catalogue, found(SAVE15), TODAY);
    expect(priced.items.map((item) => [item.discount, item.recurringDiscount])).toEqual([
      [75, 75],
      [2158, 2158],
    ]);
    expect(priced.totals).toMatchObject({
      dueTodayBeforeDiscount: 14887,
      discount: 2233,
      dueToday: 12654,
      recurring: [
        { cycle: 'monthly', amount: 424 },
        { cycle: 'annually', amount: 12230 },
      ],
    });
    expect(priced.promotion).toMatchObject({ code: 'SAVE15', type: 'percentage', value: 15, recurring: true });
    expect(priced.promoProblem).toBeNull();
  });

  it('SAVE15 in EUR: 15% of 4.60 = 0.69, of 131.88 = 19.782 -> 19.78', () => {
    const priced = priceCartWith({ ...hostingCart, promoCode: 'SAVE15' }, 'EUR', catalogue, found(SAVE15), TODAY);
    expect(priced.totals).toMatchObject({
      dueTodayBeforeDiscount: 13648,
      discount: 2047,
      dueToday: 11601,
      recurring: [
        { cycle: 'monthly', amount: 391 },
        { cycle: 'annually', amount: 11210 },
      ],
    });
  });

  it('WELCOME5 ($5.00 fixed, first payment only) in USD: at most 4.99 off Starter, 5.00 off Business', () => {
    const priced = priceCartWith({ ...hostingCart, promoCode: 'WELCOME5' }, 'USD', catalogue, found(WELCOME5), TODAY);
    expect(priced.items.map((item) => [item.discount, item.recurringDiscount])).toEqual([
      [499, 0],
      [500, 0],
    ]);
    expect(priced.totals).toMatchObject({
      dueTodayBeforeDiscount: 14887,
      discount: 999,
      dueToday: 13888,
      recurring: [
        { cycle: 'monthly', amount: 499 },
        { cycle: 'annually', amount: 14388 },
      ],
    });
    expect(priced.promotion?.summary).toBe('$5.00 USD off the first payment');
  });

  it('WELCOME5 in EUR: $5.00 at 0.92 is €4.60 off each item', () => {
    const priced = priceCartWith({ ...hostingCart, promoCode: 'WELCOME5' }, 'EUR', catalogue, found(WELCOME5), TODAY);
    expect(priced.totals).toMatchObject({
      dueTodayBeforeDiscount: 13648,
      discount: 920,
      dueToday: 12728,
      recurring: [
        { cycle: 'monthly', amount: 460 },
        { cycle: 'annually', amount: 13188 },
      ],
    });
    expect(priced.promotion?.value).toBe(460);
  });

  it('STARTER3 (price override $3.00, monthly Starter only): USD 4.99 -> 3.00, EUR 4.60 -> 2.76', () => {
    const usd = priceCartWith({ ...hostingCart, promoCode: 'STARTER3' }, 'USD', catalogue, found(STARTER3), TODAY);
    expect(usd.items.map((item) => [item.discount, item.recurringDiscount])).toEqual([
      [199, 199],
      [0, 0],
    ]);
    expect(usd.totals).toMatchObject({ discount: 199, dueToday: 14688 });
    expect(usd.totals.recurring).toEqual([
      { cycle: 'monthly', amount: 300 },
      { cycle: 'annually', amount: 14388 },
    ]);

    const eur = priceCartWith({ ...hostingCart, promoCode: 'STARTER3' }, 'EUR', catalogue, found(STARTER3), TODAY);
    expect(eur.totals).toMatchObject({ discount: 184, dueToday: 13464 });
    expect(eur.totals.recurring[0]).toEqual({ cycle: 'monthly', amount: 276 });
  });

  it('FREESETUP in USD: 5.00 off Business, 2 x 10.00 off the two VPSs; renewals unchanged', () => {
    const priced = priceCartWith({ ...setupCart, promoCode: 'FREESETUP' }, 'USD', catalogue, found(FREESETUP), TODAY);
    expect(priced.items.map((item) => item.discount)).toEqual([500, 2000]);
    expect(priced.totals).toMatchObject({
      dueTodayBeforeDiscount: 8099,
      discount: 2500,
      dueToday: 5599,
      recurring: [{ cycle: 'monthly', amount: 5599 }],
    });
  });

  it('FREESETUP in EUR: 4.50 + 2 x 9.00 off', () => {
    const priced = priceCartWith({ ...setupCart, promoCode: 'FREESETUP' }, 'EUR', catalogue, found(FREESETUP), TODAY);
    expect(priced.totals).toMatchObject({
      dueTodayBeforeDiscount: 7429,
      discount: 2250,
      dueToday: 5179,
      recurring: [{ cycle: 'monthly', amount: 5179 }],
    });
  });

  it('an expired code takes nothing off and says when it expired', () => {
    const priced = priceCartWith({ ...hostingCart, promoCode: 'WELCOME5' }, 'USD', catalogue, found(WELCOME5), '2025-02-01');
    expect(priced.promotion).toBeNull();
    expect(priced.promoProblem).toBe('WELCOME5 expired on 2025-01-31.');
    expect(priced.totals.discount).toBe(0);
    expect(priced.orderable).toBe(true);
  });

  it('a code for other products says so', () => {
    const priced = priceCartWith({ ...hostingCart, promoCode: 'FREESETUP' }, 'USD', catalogue, found({ ...FREESETUP, appliesTo: [10] }), TODAY);
    expect(priced.promoProblem).toBe('FREESETUP does not apply to the products in your cart.');
    expect(priced.totals.discount).toBe(0);
  });

  it('an unknown code and an unreachable WHMCS are told apart', () => {
    const unknown = priceCartWith({ ...hostingCart, promoCode: 'NOPE' }, 'USD', catalogue, { status: 'unknown', code: 'NOPE' }, TODAY);
    expect(unknown.promoProblem).toBe("We don't recognise the code NOPE.");
    const down = priceCartWith({ ...hostingCart, promoCode: 'SAVE15' }, 'USD', catalogue, { status: 'unavailable', code: 'SAVE15' }, TODAY);
    expect(down.promoProblem).toBe("We couldn't check the code SAVE15 just now. Try again in a moment.");
  });
});

describe('priceCartWith: what changed since an item was added', () => {
  const priceOne = (item: CartItem, currency = 'USD', from: PricingCatalogue = catalogue) =>
    priceCartWith(cartOf([item]), currency, from, none, TODAY).items[0]!;

  it('a product that is no longer sold is kept, flagged and left out of the totals', () => {
    const gone = cartItem({ pid: 999, configuration: { cycle: 'monthly', options: {}, quantity: 1 } });
    const priced = priceCartWith(cartOf([gone, starterMonthly]), 'USD', catalogue, none, TODAY);
    expect(priced.items[0]).toMatchObject({ product: null, breakdown: null, problems: ['This product is no longer sold.'], blocking: true });
    expect(priced.totals.dueToday).toBe(499);
    expect(priced.orderable).toBe(false);
  });

  it('a billing cycle that went is named, and the item priced at the nearest valid one', () => {
    const quarterly = cartItem({ pid: 1, configuration: { cycle: 'quarterly', options: {}, quantity: 1 }, domain: 'example.com' });
    const priced = priceOne(quarterly);
    expect(priced.problems).toEqual(['Quarterly billing is not available for Starter; using Monthly.']);
    expect(priced.blocking).toBe(true);
    expect(priced.configuration?.cycle).toBe('monthly');
    expect(priced.breakdown?.dueToday).toBe(499);
  });

  it('a cycle sold in one currency but not the other is flagged only there', () => {
    const triennial = cartItem({ pid: 2, configuration: { cycle: 'triennially', options: {}, quantity: 1 }, domain: 'example.com' });
    expect(priceOne(triennial, 'USD').problems).toEqual([]);
    expect(priceOne(triennial, 'EUR').problems).toEqual(['Triennially billing is not available for Business; using Monthly.']);
  });

  it('an option choice or a whole option that went is named', () => {
    const oldChoice = cartItem({
      pid: 10,
      configuration: { cycle: 'monthly', options: { ...vpsOptions, 1: 13, 99: 1 }, quantity: 1 },
      customFields: { 7: 'vps.example.com' },
    });
    expect(priceOne(oldChoice).problems).toEqual([
      'Operating System: 13 is not one of the choices; using Ubuntu 24.04.',
      'Option "99" does not exist for Cloud VPS 2; ignored.',
    ]);
  });

  it('an option the shop added later is named with the value it takes', () => {
    const { 3: _backups, ...withoutBackups } = vpsOptions;
    const older = cartItem({
      pid: 10,
      configuration: { cycle: 'monthly', options: withoutBackups, quantity: 1 },
      customFields: { 7: 'vps.example.com' },
    });
    const priced = priceOne(older);
    expect(priced.problems).toEqual(['Daily backups is a new option; it is set to no.']);
    expect(priced.blocking).toBe(true);
  });

  it('a price change since the item was added is shown, without blocking the order', () => {
    const cheaper = { ...starterMonthly, addedPrices: { USD: { dueToday: 449, recurring: 449 }, EUR: { dueToday: 460, recurring: 460 } } };
    const usd = priceOne(cheaper, 'USD');
    expect(usd.problems).toEqual([
      'The price has changed since you added this: it was $4.49 USD today, then $4.49 USD every month; it is now $4.99 USD today, then $4.99 USD every month.',
    ]);
    expect(usd.blocking).toBe(false);
    expect(priceOne(cheaper, 'EUR').problems).toEqual([]);
  });

  it('compares the price only when the item was priced in that currency', () => {
    const usdOnly = { ...starterMonthly, addedPrices: { USD: { dueToday: 499, recurring: 499 } } };
    expect(priceOne(usdOnly, 'EUR').problems).toEqual([]);
  });

  it('a product sold out since, or not sold in the currency, blocks the order', () => {
    const dedicated = cartItem({ pid: 50, configuration: { cycle: 'annually', options: {}, quantity: 1 } });
    expect(priceOne(dedicated, 'USD')).toMatchObject({ problems: ['Dedicated E-2388G is sold out.'], blocking: true });
    expect(priceOne(dedicated, 'EUR')).toMatchObject({
      problems: ['Dedicated E-2388G is not sold in EUR.'],
      breakdown: null,
      blocking: true,
    });
  });

  it('a quantity above the stock is named, one line at a time and across lines', () => {
    const six = { ...twoVps, configuration: { ...twoVps.configuration, quantity: 6 } };
    expect(priceOne(six).problems).toEqual(['Only 5 of Cloud VPS 2 in stock; using 5.']);

    const three = { ...twoVps, configuration: { ...twoVps.configuration, quantity: 3 } };
    const priced = priceCartWith(cartOf([three, { ...three, id: 'other' }]), 'USD', catalogue, none, TODAY);
    expect(priced.items.map((item) => item.problems)).toEqual([
      ['Only 5 of Cloud VPS 2 left in stock; this cart asks for 6.'],
      ['Only 5 of Cloud VPS 2 left in stock; this cart asks for 6.'],
    ]);
    expect(priced.orderable).toBe(false);
  });

  it('a custom field or domain that became required is asked for', () => {
    const noHostname = { ...twoVps, customFields: {} };
    expect(priceOne(noHostname).problems).toEqual(['Hostname is now required: edit this item to fill it in.']);
    const noDomain = { ...starterMonthly, domain: null };
    expect(priceOne(noDomain).problems).toEqual(['Starter needs a domain name, like example.com. Edit this item to add one.']);
  });

  it('follows the catalogue as it is now: a price rise shows on the very item priced before it', () => {
    const atAdd = priceCartWith(cartOf([starterMonthly]), 'USD', catalogue, none, TODAY).items[0]!.breakdown!;
    const item = { ...starterMonthly, addedPrices: { USD: { dueToday: atAdd.dueToday, recurring: atAdd.recurring } } };
    const raised = {
      ...starter,
      pricing: { ...starter.pricing, USD: { ...starter.pricing.USD!, cycles: { ...starter.pricing.USD!.cycles, monthly: { price: 599, setupFee: 0 } } } },
    };
    const later: PricingCatalogue = { ...catalogue, products: [raised, business, cloudVps2] };
    const priced = priceOne(item, 'USD', later);
    expect(priced.breakdown?.dueToday).toBe(599);
    expect(priced.problems).toEqual([
      'The price has changed since you added this: it was $4.99 USD today, then $4.99 USD every month; it is now $5.99 USD today, then $5.99 USD every month.',
    ]);
  });
});

describe('priceCartWith: domain lines', () => {
  const withDomains = (domains: Cart['domains'], promoCode: string | null = null): Cart => ({ ...cartOf([starterMonthly], promoCode), domains });
  const dns = { dnsmanagement: true, emailforwarding: false, idprotection: false };

  it('adds registrations and transfers to due today, and their renewals per period', () => {
    const priced = priceCartWith(
      withDomains([domainLine({ domain: 'fresh-idea.com', years: 2, extras: dns }), domainLine({ domain: 'old-site.com', type: 'transfer', sealedEppCode: 'x' })]),
      'USD',
      catalogue,
      none,
      TODAY,
      DOMAIN_PRICING,
    );
    // Starter 4.99 + .com 2 years 25.98 + DNS 2 x 1.50 + transfer 10.99 = 44.96.
    expect(priced.totals).toEqual({
      dueTodayBeforeDiscount: 4496,
      discount: 0,
      dueToday: 4496,
      recurring: [{ cycle: 'monthly', amount: 499 }],
      // Transfer renews at 14.99 a year; the 2-year registration at 29.98 + 3.00 DNS.
      domainRenewals: [
        { years: 1, amount: 1499 },
        { years: 2, amount: 3298 },
      ],
    });
    expect(priced.orderable).toBe(true);
  });

  it('DOTCOM20 takes 20% off a one-year .com registration only, extras not discounted', () => {
    const priced = priceCartWith(
      withDomains([domainLine({ domain: 'fresh-idea.com', extras: dns }), domainLine({ domain: 'longer-idea.com', years: 2 }), domainLine({ domain: 'old-site.com', type: 'transfer', sealedEppCode: 'x' })], 'DOTCOM20'),
      'USD',
      catalogue,
      found(DOTCOM20),
      TODAY,
      DOMAIN_PRICING,
    );
    // 20% of 12.99 = 2.598 -> 2.60; the 2-year registration, the transfer and Starter are not covered.
    expect(priced.domains.map((line) => line.discount)).toEqual([260, 0, 0]);
    expect(priced.items[0]?.discount).toBe(0);
    expect(priced.totals.discount).toBe(260);
    expect(priced.promotion?.code).toBe('DOTCOM20');
  });

  it('says why DOTCOM20 takes nothing off a cart without a one-year .com registration', () => {
    const twoYears = priceCartWith(withDomains([domainLine({ domain: 'fresh-idea.com', years: 2 })], 'DOTCOM20'), 'USD', catalogue, found(DOTCOM20), TODAY, DOMAIN_PRICING);
    expect(twoYears.promoProblem).toBe('DOTCOM20 applies to new registrations of 1 year only.');
    const hostingOnly = priceCartWith(cartOf([starterMonthly], 'DOTCOM20'), 'USD', catalogue, found(DOTCOM20), TODAY);
    expect(hostingOnly.promoProblem).toBe('DOTCOM20 does not apply to the products in your cart.');
  });

  it('flags a changed price and a period no longer offered; a cart without domain prices cannot be ordered', () => {
    const stale = domainLine({ domain: 'fresh-idea.com', addedPrices: { USD: { dueToday: 999, recurring: 1499 } } });
    const gone = domainLine({ domain: 'fresh-idea.us', years: 3 });
    const priced = priceCartWith(withDomains([stale, gone]), 'USD', catalogue, none, TODAY, DOMAIN_PRICING);
    expect(priced.domains[0]).toMatchObject({ blocking: false, problems: ['The price has changed since you added this: it was $9.99 USD, renewing at $14.99 USD; it is now $12.99 USD, renewing at $14.99 USD.'] });
    expect(priced.domains[1]).toMatchObject({ blocking: true, price: null, problems: ['3 years is no longer offered for .us: choose another period.'] });
    expect(priceCartWith(withDomains([domainLine({ domain: 'fresh-idea.com' })]), 'USD', catalogue, none, TODAY).orderable).toBe(false);
  });
});
