import { describe, expect, it } from 'vitest';
import {
  convertMinor,
  describePromotion,
  discountCart,
  percentOf,
  promotionConditions,
  promotionDateProblem,
  promotionValueIn,
  serviceDiscount,
  servicesOf,
  type DiscountableLine,
} from './promotions';
import { EUR_CURRENCY, FREESETUP, promotion, SAVE15, STARTER3, USD_CURRENCY, WELCOME5 } from './test-fixtures';

describe('promotionDateProblem', () => {
  it('accepts a code on its last day and refuses it the day after, naming the date', () => {
    expect(promotionDateProblem(WELCOME5, '2025-01-31')).toBeNull();
    expect(promotionDateProblem(WELCOME5, '2025-02-01')).toBe('WELCOME5 expired on 2025-01-31.');
  });

  it('refuses a code before its start date and accepts it on that day', () => {
    const summer = promotion({ code: 'SUMMER', type: 'percentage', value: 10, startDate: '2026-06-01' });
    expect(promotionDateProblem(summer, '2026-05-31')).toBe('SUMMER starts on 2026-06-01.');
    expect(promotionDateProblem(summer, '2026-06-01')).toBeNull();
  });

  it('says a code is used up when uses reach max uses; 0 max uses is unlimited', () => {
    const limited = promotion({ code: 'TEN', type: 'fixed', value: 100, maxUses: 10, uses: 9 });
    expect(promotionDateProblem(limited, '2025-01-01')).toBeNull();
    expect(promotionDateProblem({ ...limited, uses: 10 }, '2025-01-01')).toBe('This code has been used up.');
    expect(promotionDateProblem({ ...limited, uses: 11 }, '2025-01-01')).toBe('This code has been used up.');
    expect(promotionDateProblem({ ...limited, maxUses: 0, uses: 500 }, '2025-01-01')).toBeNull();
  });
});

describe('convertMinor (WHMCS convertCurrency)', () => {
  it('converts from the default currency at the target rate, rounding half up', () => {
    expect(convertMinor(500, '1.00000', '0.92000')).toBe(460);
    expect(convertMinor(300, '1.00000', '0.92000')).toBe(276);
    // 1.25 * 0.92 = 1.15 exactly; 0.55 * 0.92 = 0.506 -> 0.51
    expect(convertMinor(125, '1.00000', '0.92000')).toBe(115);
    expect(convertMinor(55, '1.00000', '0.92000')).toBe(51);
    // 0.5 * 0.93 = 0.465 -> 0.47 (half up, no float error)
    expect(convertMinor(50, '1', '0.93')).toBe(47);
  });

  it('converts back through the rate and leaves same-rate amounts alone', () => {
    expect(convertMinor(460, '0.92000', '1.00000')).toBe(500);
    expect(convertMinor(999, '0.92', '0.92')).toBe(999);
  });

  it('refuses a rate that is not a positive decimal', () => {
    expect(() => convertMinor(100, '1', '0')).toThrow(RangeError);
    expect(() => convertMinor(100, 'abc', '1')).toThrow(RangeError);
  });
});

describe('percentOf', () => {
  it('rounds half up once: 15% of 4.99 is 0.7485 -> 0.75, of 31.50 is 4.725 -> 4.73', () => {
    expect(percentOf(499, 15)).toBe(75);
    expect(percentOf(3150, 15)).toBe(473);
    expect(percentOf(2150, 15)).toBe(323);
  });

  it('takes percentages with decimals: 12.5% of 4.99 = 0.62375 -> 0.62', () => {
    expect(percentOf(499, 12.5)).toBe(62);
    expect(percentOf(100, 33.33)).toBe(33);
  });
});

describe('serviceDiscount', () => {
  const amounts = { firstPayment: 1799, recurring: 1299, setup: 500 };

  it('percentage: share of the whole first payment (setup included), and of renewals when recurring', () => {
    expect(serviceDiscount(SAVE15, 15, amounts)).toEqual({ onetime: 270, recurring: 195 }); // 269.85, 194.85
    expect(serviceDiscount({ ...SAVE15, recurring: false }, 15, amounts)).toEqual({ onetime: 270, recurring: 0 });
  });

  it('fixed: at most what is due, renewals only when recurring', () => {
    expect(serviceDiscount(WELCOME5, 500, amounts)).toEqual({ onetime: 500, recurring: 0 });
    expect(serviceDiscount(WELCOME5, 500, { firstPayment: 499, recurring: 499, setup: 0 })).toEqual({ onetime: 499, recurring: 0 });
    expect(serviceDiscount({ ...WELCOME5, recurring: true }, 500, { firstPayment: 499, recurring: 499, setup: 0 })).toEqual({
      onetime: 499,
      recurring: 499,
    });
  });

  it('price override: the price becomes the value, setup fees included', () => {
    expect(serviceDiscount(STARTER3, 300, { firstPayment: 499, recurring: 499, setup: 0 })).toEqual({ onetime: 199, recurring: 199 });
    expect(serviceDiscount({ ...STARTER3, recurring: false }, 300, amounts)).toEqual({ onetime: 1499, recurring: 0 });
  });

  it('free setup: exactly the setup fees, never the renewals', () => {
    expect(serviceDiscount(FREESETUP, 0, amounts)).toEqual({ onetime: 500, recurring: 0 });
    expect(serviceDiscount(FREESETUP, 0, { firstPayment: 499, recurring: 499, setup: 0 })).toEqual({ onetime: 0, recurring: 0 });
  });
});

describe('promotionValueIn', () => {
  it('converts fixed amounts and overrides from the default currency; percentages stay', () => {
    expect(promotionValueIn(WELCOME5, USD_CURRENCY, USD_CURRENCY)).toBe(500);
    expect(promotionValueIn(WELCOME5, EUR_CURRENCY, USD_CURRENCY)).toBe(460);
    expect(promotionValueIn(STARTER3, EUR_CURRENCY, USD_CURRENCY)).toBe(276);
    expect(promotionValueIn(SAVE15, EUR_CURRENCY, USD_CURRENCY)).toBe(15);
  });
});

describe('discountCart', () => {
  const starterMonthly: DiscountableLine = {
    pid: 1,
    cycle: 'monthly',
    quantityMode: 'none',
    quantity: 1,
    dueToday: 499,
    setupTotal: 0,
    recurring: 499,
  };
  // Two separate Cloud VPS 2 services: per service 20.00 + 1.50 IPv4 + 10.00 setup.
  const twoVps: DiscountableLine = {
    pid: 10,
    cycle: 'monthly',
    quantityMode: 'multiple',
    quantity: 2,
    dueToday: 6300,
    setupTotal: 2000,
    recurring: 4300,
  };
  const today = '2025-01-15';

  it('counts one service per unit of a "multiple" line and one for scaling lines', () => {
    expect(servicesOf(twoVps)).toBe(2);
    expect(servicesOf({ quantityMode: 'scaling', quantity: 5 })).toBe(1);
    expect(servicesOf({ quantityMode: 'none', quantity: 1 })).toBe(1);
  });

  it('discounts each service on its own: 15% of 31.50 = 4.725 -> 4.73, twice = 9.46 (not 9.45)', () => {
    const result = discountCart(SAVE15, [starterMonthly, twoVps], today, USD_CURRENCY, USD_CURRENCY);
    expect(result.problem).toBeNull();
    expect(result.lines).toEqual([
      { onetime: 75, recurring: 75 },
      { onetime: 946, recurring: 646 },
    ]);
  });

  it('"apply once" discounts one service in the whole cart', () => {
    const once = { ...SAVE15, applyOnce: true };
    const result = discountCart(once, [twoVps, starterMonthly], today, USD_CURRENCY, USD_CURRENCY);
    expect(result.lines).toEqual([
      { onetime: 473, recurring: 323 },
      { onetime: 0, recurring: 0 },
    ]);
  });

  it('leaves out products and cycles the code does not name, and null (unpriced) lines', () => {
    const sslOnly = { ...SAVE15, appliesTo: [10] };
    const result = discountCart(sslOnly, [starterMonthly, null, twoVps], today, USD_CURRENCY, USD_CURRENCY);
    expect(result.lines).toEqual([
      { onetime: 0, recurring: 0 },
      { onetime: 0, recurring: 0 },
      { onetime: 946, recurring: 646 },
    ]);
  });

  it('says why when the code covers none of the products (an empty product list covers none, as in WHMCS)', () => {
    expect(discountCart(FREESETUP, [starterMonthly], today, USD_CURRENCY, USD_CURRENCY).problem).toBe(
      'FREESETUP does not apply to the products in your cart.',
    );
    const noProducts = { ...SAVE15, appliesTo: [] };
    const result = discountCart(noProducts, [starterMonthly], today, USD_CURRENCY, USD_CURRENCY);
    expect(result.problem).toBe('SAVE15 does not apply to the products in your cart.');
    expect(result.lines).toEqual([{ onetime: 0, recurring: 0 }]);
  });

  it('says which cycles the code is for when the products match but the cycles do not', () => {
    const annual = { ...SAVE15, cycles: ['annually' as const, 'biennially' as const] };
    expect(discountCart(annual, [starterMonthly], today, USD_CURRENCY, USD_CURRENCY).problem).toBe(
      'SAVE15 does not apply to the billing cycles in your cart (only annually, biennially).',
    );
  });

  it('reports an expired code before anything else and discounts nothing', () => {
    const result = discountCart(WELCOME5, [starterMonthly], '2025-03-01', USD_CURRENCY, USD_CURRENCY);
    expect(result).toEqual({ lines: [{ onetime: 0, recurring: 0 }], domains: [], problem: 'WELCOME5 expired on 2025-01-31.' });
  });

  it('converts a fixed amount into the cart currency: $5.00 is €4.60 at 0.92', () => {
    const eurStarter: DiscountableLine = { ...starterMonthly, dueToday: 460, recurring: 460 };
    const eurVps: DiscountableLine = { ...twoVps, dueToday: 5780, setupTotal: 1800, recurring: 3980 };
    const result = discountCart(WELCOME5, [eurStarter, eurVps], '2025-01-31', EUR_CURRENCY, USD_CURRENCY);
    expect(result.lines).toEqual([
      { onetime: 460, recurring: 0 },
      { onetime: 920, recurring: 0 },
    ]);
  });
});

describe('describePromotion and promotionConditions', () => {
  it('says what the code gives in the cart currency', () => {
    expect(describePromotion(SAVE15, USD_CURRENCY, USD_CURRENCY)).toBe('15% off the first payment and every renewal');
    expect(describePromotion(WELCOME5, EUR_CURRENCY, USD_CURRENCY)).toBe('€4.60 EUR off the first payment');
    expect(describePromotion({ ...SAVE15, recurFor: 2 }, USD_CURRENCY, USD_CURRENCY)).toBe(
      '15% off the first payment and the next 2 renewals',
    );
    expect(describePromotion(STARTER3, USD_CURRENCY, USD_CURRENCY)).toBe(
      '$3.00 USD instead of the usual price on the first payment and every renewal',
    );
    expect(describePromotion(FREESETUP, USD_CURRENCY, USD_CURRENCY)).toBe('Free setup');
    expect(describePromotion({ ...SAVE15, value: 12.5, recurring: false }, USD_CURRENCY, USD_CURRENCY)).toBe(
      '12.5% off the first payment',
    );
  });

  it('lists the rules only WHMCS can check at ordering time', () => {
    expect(promotionConditions(SAVE15)).toEqual([]);
    expect(promotionConditions({ ...SAVE15, newSignups: true, oncePerClient: true, applyOnce: true })).toEqual([
      'New customers only.',
      'Once per customer.',
      'Applies to one item per order.',
    ]);
  });
});
