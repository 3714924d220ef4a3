import { describe, expect, it } from 'vitest';
import type { Product } from '@/lib/whmcs/types';
import {
  backupStorage,
  business,
  cloudVps2,
  dedicatedServer,
  EUR,
  freeTrial,
  sharedHostingGroup,
  sslCertificate,
  starter,
  USD,
} from './fixtures';
import {
  currencyFormat,
  cyclePrice,
  defaultCycle,
  effectiveMonthly,
  enabledCycles,
  fromPrice,
  groupFromPrice,
  groupHasFreePlan,
  savingPercent,
} from './product';

const products = { starter, business, cloudVps2, backupStorage, dedicatedServer, sslCertificate, freeTrial };

/** A recurring product priced in USD only, for edge cases the shared fixtures do not cover. */
function usdOnly(pid: number, cycles: Product['pricing'][string]['cycles']): Product {
  return { ...starter, pid, name: `Product ${pid}`, pricing: { USD: { ...USD, cycles } } };
}

describe('enabledCycles', () => {
  it('lists only the enabled cycles, in canonical order, per currency', () => {
    expect(enabledCycles(starter, 'USD')).toEqual(['monthly', 'semiannually', 'annually']);
    expect(enabledCycles(starter, 'EUR')).toEqual(['monthly', 'semiannually', 'annually']);
    expect(enabledCycles(business, 'USD')).toEqual([
      'monthly',
      'quarterly',
      'semiannually',
      'annually',
      'biennially',
      'triennially',
    ]);
    // Triennially is off in EUR only.
    expect(enabledCycles(business, 'EUR')).toEqual(['monthly', 'quarterly', 'semiannually', 'annually', 'biennially']);
  });

  it('gives onetime for one-time products and free for free ones', () => {
    expect(enabledCycles(sslCertificate, 'USD')).toEqual(['onetime']);
    expect(enabledCycles(sslCertificate, 'EUR')).toEqual(['onetime']);
    expect(enabledCycles(freeTrial, 'USD')).toEqual(['free']);
    expect(enabledCycles(freeTrial, 'EUR')).toEqual(['free']);
  });

  it('is empty for a currency the product is not priced in', () => {
    expect(enabledCycles(dedicatedServer, 'USD')).toEqual(['annually']);
    expect(enabledCycles(dedicatedServer, 'EUR')).toEqual([]);
    expect(enabledCycles(starter, 'GBP')).toEqual([]);
  });

  it('ignores cycles the pay type does not allow', () => {
    const stray = usdOnly(90, { monthly: { price: 100, setupFee: 0 }, onetime: { price: 900, setupFee: 0 } });
    expect(enabledCycles(stray, 'USD')).toEqual(['monthly']);
  });
});

describe('defaultCycle', () => {
  it('is monthly when enabled, else the first enabled cycle', () => {
    expect(defaultCycle(starter, 'USD')).toBe('monthly');
    expect(defaultCycle(business, 'EUR')).toBe('monthly');
    expect(defaultCycle(dedicatedServer, 'USD')).toBe('annually');
    const noMonthly = usdOnly(91, { quarterly: { price: 300, setupFee: 0 }, annually: { price: 1000, setupFee: 0 } });
    expect(defaultCycle(noMonthly, 'USD')).toBe('quarterly');
  });

  it('is onetime or free for those products, null when not sold in the currency', () => {
    expect(defaultCycle(sslCertificate, 'EUR')).toBe('onetime');
    expect(defaultCycle(freeTrial, 'USD')).toBe('free');
    expect(defaultCycle(dedicatedServer, 'EUR')).toBeNull();
  });
});

describe('cyclePrice', () => {
  it('gives the price and setup fee of an enabled cycle in each currency', () => {
    expect(cyclePrice(business, 'USD', 'monthly')).toEqual({ price: 1299, setupFee: 500 });
    expect(cyclePrice(business, 'EUR', 'monthly')).toEqual({ price: 1199, setupFee: 450 });
    expect(cyclePrice(business, 'USD', 'quarterly')).toEqual({ price: 3897, setupFee: 250 });
    expect(cyclePrice(business, 'EUR', 'quarterly')).toEqual({ price: 3597, setupFee: 0 });
    expect(cyclePrice(sslCertificate, 'USD', 'onetime')).toEqual({ price: 4900, setupFee: 500 });
    expect(cyclePrice(sslCertificate, 'EUR', 'onetime')).toEqual({ price: 4500, setupFee: 450 });
  });

  it('is null for a disabled cycle', () => {
    expect(cyclePrice(business, 'USD', 'triennially')).toEqual({ price: 35964, setupFee: 0 });
    expect(cyclePrice(business, 'EUR', 'triennially')).toBeNull();
    expect(cyclePrice(starter, 'USD', 'quarterly')).toBeNull();
    expect(cyclePrice(sslCertificate, 'USD', 'monthly')).toBeNull();
    expect(cyclePrice(starter, 'USD', 'onetime')).toBeNull();
  });

  it('is zero for a free product whatever its columns say', () => {
    const stale = { ...freeTrial, pricing: { USD: { ...USD, cycles: { free: { price: 999, setupFee: 99 } } } } };
    expect(cyclePrice(stale, 'USD', 'free')).toEqual({ price: 0, setupFee: 0 });
  });
});

describe('currencyFormat', () => {
  it('gives the prefix and suffix of the currency', () => {
    expect(currencyFormat(starter, 'USD')).toEqual(USD);
    expect(currencyFormat(starter, 'EUR')).toEqual(EUR);
    expect(currencyFormat(dedicatedServer, 'EUR')).toBeNull();
  });
});

describe('effectiveMonthly', () => {
  it.each([
    [499, 'monthly', 499],
    [3897, 'quarterly', 1299], // 3897 / 3
    [2895, 'semiannually', 483], // 2895 / 6 = 482.5 -> half up
    [2650, 'semiannually', 442], // 2650 / 6 = 441.67
    [4995, 'annually', 416], // 4995 / 12 = 416.25
    [4550, 'annually', 379], // 4550 / 12 = 379.17
    [19425, 'annually', 1619], // 19425 / 12 = 1618.75
    [24000, 'biennially', 1000], // 24000 / 24
    [35964, 'triennially', 999], // 35964 / 36
  ] as const)('%i %s is %i a month', (price, cycle, expected) => {
    expect(effectiveMonthly(price, cycle)).toBe(expected);
  });

  it('is null for onetime and free', () => {
    expect(effectiveMonthly(4900, 'onetime')).toBeNull();
    expect(effectiveMonthly(0, 'free')).toBeNull();
  });
});

describe('savingPercent', () => {
  it.each([
    ['starter', 'USD', 'semiannually', 3], // 4.99 * 6 = 29.94; (2994 - 2895) / 2994 = 3.31%
    ['starter', 'USD', 'annually', 17], // 4.99 * 12 = 59.88; (5988 - 4995) / 5988 = 16.58%
    ['starter', 'EUR', 'semiannually', 4], // 4.60 * 6 = 27.60; (2760 - 2650) / 2760 = 3.99%
    ['starter', 'EUR', 'annually', 18], // 4.60 * 12 = 55.20; (5520 - 4550) / 5520 = 17.57%
    ['business', 'USD', 'semiannually', 4], // 12.99 * 6 = 77.94; 300 / 7794 = 3.85%
    ['business', 'USD', 'annually', 8], // 12.99 * 12 = 155.88; 1200 / 15588 = 7.70%
    ['business', 'USD', 'biennially', 15], // 12.99 * 24 = 311.76; 4800 / 31176 = 15.40%
    ['business', 'USD', 'triennially', 23], // 12.99 * 36 = 467.64; 10800 / 46764 = 23.09%
    ['business', 'EUR', 'semiannually', 4], // 11.99 * 6 = 71.94; 294 / 7194 = 4.09%
    ['business', 'EUR', 'annually', 8], // 11.99 * 12 = 143.88; 1200 / 14388 = 8.34%
    ['business', 'EUR', 'biennially', 17], // 11.99 * 24 = 287.76; 4776 / 28776 = 16.60%
    ['cloudVps2', 'USD', 'annually', 10], // 20.00 * 12 = 240.00; 2400 / 24000 = 10%
    ['cloudVps2', 'EUR', 'annually', 13], // 18.50 * 12 = 222.00; 2775 / 22200 = 12.5% exactly -> half up
    ['backupStorage', 'EUR', 'annually', 10], // 9.00 * 12 = 108.00; 1080 / 10800 = 10%
  ] as const)('%s in %s, %s saves %i percent', (name, currency, cycle, expected) => {
    expect(savingPercent(products[name], currency, cycle)).toBe(expected);
  });

  it.each([
    ['starter', 'USD', 'monthly'], // the baseline itself
    ['starter', 'USD', 'quarterly'], // disabled
    ['business', 'USD', 'quarterly'], // 3897 = 1299 * 3: no saving
    ['business', 'EUR', 'quarterly'], // 3597 = 1199 * 3: no saving
    ['business', 'EUR', 'triennially'], // disabled in EUR
    ['backupStorage', 'USD', 'annually'], // 12000 = 1000 * 12: no saving
    ['dedicatedServer', 'USD', 'annually'], // no monthly to compare with
    ['sslCertificate', 'USD', 'onetime'],
    ['freeTrial', 'EUR', 'free'],
  ] as const)('%s in %s, %s has no saving', (name, currency, cycle) => {
    expect(savingPercent(products[name], currency, cycle)).toBeNull();
  });

  it('is null when the saving rounds to 0% or monthly is free', () => {
    // 10.00 * 12 = 120.00; (12000 - 11990) / 12000 = 0.08% -> 0
    const tiny = usdOnly(92, { monthly: { price: 1000, setupFee: 0 }, annually: { price: 11990, setupFee: 0 } });
    expect(savingPercent(tiny, 'USD', 'annually')).toBeNull();
    const free = usdOnly(93, { monthly: { price: 0, setupFee: 0 }, annually: { price: 0, setupFee: 0 } });
    expect(savingPercent(free, 'USD', 'annually')).toBeNull();
  });

  it('is null when the longer cycle costs more than paying monthly', () => {
    // 10.00 * 12 = 120.00 < 130.00
    const dearer = usdOnly(94, { monthly: { price: 1000, setupFee: 0 }, annually: { price: 13000, setupFee: 0 } });
    expect(savingPercent(dearer, 'USD', 'annually')).toBeNull();
  });
});

describe('fromPrice', () => {
  it.each([
    // per month: 4.99, 2895/6 = 4.825, 4995/12 = 4.1625 -> annually
    ['starter', 'USD', { amount: 4995, cycle: 'annually', monthly: 416 }],
    // per month: 4.60, 2650/6 = 4.4167, 4550/12 = 3.7917 -> annually
    ['starter', 'EUR', { amount: 4550, cycle: 'annually', monthly: 379 }],
    // per month: 12.99, 12.99, 12.49, 11.99, 10.99, 9.99 -> triennially
    ['business', 'USD', { amount: 35964, cycle: 'triennially', monthly: 999 }],
    // per month: 11.99, 11.99, 11.50, 10.99, 10.00 (no triennially in EUR) -> biennially
    ['business', 'EUR', { amount: 24000, cycle: 'biennially', monthly: 1000 }],
    // per month: 20.00, 20.00, 21600/12 = 18.00 -> annually
    ['cloudVps2', 'USD', { amount: 21600, cycle: 'annually', monthly: 1800 }],
    // per month: 18.50, 18.50, 19425/12 = 16.1875 -> annually, 1618.75 rounds to 1619
    ['cloudVps2', 'EUR', { amount: 19425, cycle: 'annually', monthly: 1619 }],
    // per month: 10.00 and 12000/12 = 10.00: a tie goes to the shorter commitment
    ['backupStorage', 'USD', { amount: 1000, cycle: 'monthly', monthly: 1000 }],
    // per month: 9.00 and 9720/12 = 8.10 -> annually
    ['backupStorage', 'EUR', { amount: 9720, cycle: 'annually', monthly: 810 }],
    // annually only: 150000 / 12 = 12500
    ['dedicatedServer', 'USD', { amount: 150000, cycle: 'annually', monthly: 12500 }],
    ['sslCertificate', 'USD', { amount: 4900, cycle: 'onetime', monthly: null }],
    ['sslCertificate', 'EUR', { amount: 4500, cycle: 'onetime', monthly: null }],
    ['freeTrial', 'USD', { amount: 0, cycle: 'free', monthly: null }],
    ['freeTrial', 'EUR', { amount: 0, cycle: 'free', monthly: null }],
  ] as const)('%s in %s', (name, currency, expected) => {
    expect(fromPrice(products[name], currency)).toEqual(expected);
  });

  it('is null when the product has no pricing in the currency', () => {
    expect(fromPrice(dedicatedServer, 'EUR')).toBeNull();
    expect(fromPrice(starter, 'GBP')).toBeNull();
  });

  it('compares exact monthly prices, not rounded ones', () => {
    // 11995 / 12 = 999.58, which rounds to 1000 like monthly's 1000, but is cheaper.
    const close = usdOnly(95, { monthly: { price: 1000, setupFee: 0 }, annually: { price: 11995, setupFee: 0 } });
    expect(fromPrice(close, 'USD')).toEqual({ amount: 11995, cycle: 'annually', monthly: 1000 });
  });
});

describe('groupFromPrice', () => {
  it('is the lowest monthly price across the recurring products of the group', () => {
    // Starter 4995/12 = 4.16 beats Business 9.99; the free trial is not recurring.
    expect(groupFromPrice(sharedHostingGroup, 'USD')).toEqual({ amount: 4995, cycle: 'annually', monthly: 416, pid: 1 });
    // Starter 4550/12 = 3.79 beats Business 10.00.
    expect(groupFromPrice(sharedHostingGroup, 'EUR')).toEqual({ amount: 4550, cycle: 'annually', monthly: 379, pid: 1 });
  });

  it('does not depend on the order of the products', () => {
    expect(groupFromPrice([business, cloudVps2, starter], 'USD')?.pid).toBe(1);
  });

  it('gives a tie to the earlier product', () => {
    const twin = { ...starter, pid: 99 };
    expect(groupFromPrice([twin, starter], 'USD')?.pid).toBe(99);
    expect(groupFromPrice([starter, twin], 'USD')?.pid).toBe(1);
  });

  it('prefers recurring products over a free one', () => {
    // cloudVps2's 18.00 a month, although the free trial costs 0.
    expect(groupFromPrice([freeTrial, cloudVps2], 'USD')).toEqual({
      amount: 21600,
      cycle: 'annually',
      monthly: 1800,
      pid: 10,
    });
  });

  it('falls back to the lowest one-time or free price when nothing recurs', () => {
    expect(groupFromPrice([sslCertificate], 'USD')).toEqual({ amount: 4900, cycle: 'onetime', monthly: null, pid: 20 });
    expect(groupFromPrice([sslCertificate], 'EUR')).toEqual({ amount: 4500, cycle: 'onetime', monthly: null, pid: 20 });
    expect(groupFromPrice([sslCertificate, freeTrial], 'EUR')).toEqual({ amount: 0, cycle: 'free', monthly: null, pid: 3 });
  });

  it('skips products not sold in the currency, and is null when none is', () => {
    expect(groupFromPrice([dedicatedServer, sslCertificate], 'EUR')?.pid).toBe(20);
    expect(groupFromPrice([dedicatedServer], 'EUR')).toBeNull();
    expect(groupFromPrice([], 'USD')).toBeNull();
  });
});

describe('groupHasFreePlan', () => {
  it('is true when a product of the group is free, even beside paid recurring plans', () => {
    // groupFromPrice still names the paid plans' start (cloudVps2's 18.00 a month).
    expect(groupHasFreePlan([cloudVps2, freeTrial], 'USD')).toBe(true);
    expect(groupHasFreePlan([freeTrial], 'EUR')).toBe(true);
  });

  it('counts a recurring plan priced at zero as free', () => {
    expect(groupHasFreePlan([usdOnly(90, { monthly: { price: 0, setupFee: 0 } })], 'USD')).toBe(true);
  });

  it('is false when every plan costs something, or none is sold in the currency', () => {
    expect(groupHasFreePlan([starter, business, sslCertificate], 'USD')).toBe(false);
    expect(groupHasFreePlan([usdOnly(90, { monthly: { price: 0, setupFee: 0 } })], 'EUR')).toBe(false);
    expect(groupHasFreePlan([], 'USD')).toBe(false);
  });
});
