import { describe, expect, it } from 'vitest';
import type { Product } from '@/lib/whmcs/types';
import { choicePrice, priceConfiguration, type PriceBreakdown } from './breakdown';
import { PricingError, type Configuration } from './configuration';
import {
  backupStorage,
  business,
  cloudVps2,
  dedicatedServer,
  EUR,
  freeTrial,
  sslCertificate,
  starter,
  USD,
} from './fixtures';

// Ubuntu, Frankfurt, no backups, no extra RAM, one IPv4 address.
const VPS_DEFAULT = { 1: 11, 2: 21, 3: 0, 4: 0, 5: 1 };
// Windows, New York, backups on, 4 GB extra RAM, two IPv4 addresses.
const VPS_LOADED = { 1: 12, 2: 22, 3: 1, 4: 4, 5: 2 };

function price(product: Product, currency: string, configuration: Configuration): PriceBreakdown {
  const breakdown = priceConfiguration(product, currency, configuration);
  // The totals are always the sums of the lines.
  expect(breakdown.dueToday).toBe(breakdown.lines.reduce((sum, line) => sum + line.dueToday, 0));
  if (breakdown.recurring !== null) {
    expect(breakdown.recurring).toBe(breakdown.lines.reduce((sum, line) => sum + line.recurring, 0));
  }
  return breakdown;
}

describe('priceConfiguration: recurring products', () => {
  it('prices the product for the cycle with its setup fee (USD and EUR)', () => {
    // Business USD monthly: 12.99, setup 5.00 -> due today 17.99
    expect(price(business, 'USD', { cycle: 'monthly', options: {}, quantity: 1 })).toEqual({
      currency: USD,
      cycle: 'monthly',
      quantity: 1,
      lines: [
        { kind: 'product', label: 'Business', dueToday: 1299, recurring: 1299 },
        { kind: 'setup', label: 'Setup fee', dueToday: 500, recurring: 0 },
      ],
      setupTotal: 500,
      dueToday: 1799, // 1299 + 500
      recurring: 1299,
    });
    // Business EUR monthly: 11.99, setup 4.50 -> due today 16.49
    expect(price(business, 'EUR', { cycle: 'monthly', options: {}, quantity: 1 })).toMatchObject({
      currency: EUR,
      setupTotal: 450,
      dueToday: 1649, // 1199 + 450
      recurring: 1199,
    });
  });

  it('uses the setup fee of the chosen cycle, and adds no setup line without one', () => {
    // USD quarterly: 38.97, setup 2.50
    expect(price(business, 'USD', { cycle: 'quarterly', options: {}, quantity: 1 })).toMatchObject({
      setupTotal: 250,
      dueToday: 4147, // 3897 + 250
      recurring: 3897,
    });
    // EUR quarterly: 35.97, no setup fee
    const eur = price(business, 'EUR', { cycle: 'quarterly', options: {}, quantity: 1 });
    expect(eur.lines).toEqual([{ kind: 'product', label: 'Business', dueToday: 3597, recurring: 3597 }]);
    expect(eur).toMatchObject({ setupTotal: 0, dueToday: 3597, recurring: 3597 });
    // USD triennially: 359.64, no setup fee
    expect(price(business, 'USD', { cycle: 'triennially', options: {}, quantity: 1 })).toMatchObject({
      dueToday: 35964,
      recurring: 35964,
    });
  });

  it('prices the default options: free choices listed at 0, the minimum count of a quantity option', () => {
    const breakdown = price(cloudVps2, 'USD', { cycle: 'monthly', options: VPS_DEFAULT, quantity: 1 });
    expect(breakdown.lines).toEqual([
      { kind: 'product', label: 'Cloud VPS 2', dueToday: 2000, recurring: 2000 },
      { kind: 'option', label: 'Operating System: Ubuntu 24.04', optionId: 1, dueToday: 0, recurring: 0 },
      { kind: 'option', label: 'Location: Frankfurt', optionId: 2, dueToday: 0, recurring: 0 },
      { kind: 'option', label: 'IPv4 addresses x 1', optionId: 5, dueToday: 150, recurring: 150 },
      { kind: 'setup', label: 'Setup fee', dueToday: 1000, recurring: 0 },
    ]);
    // recurring 2000 + 150 = 2150; setup 1000; due today 2150 + 1000 = 3150
    expect(breakdown).toMatchObject({ setupTotal: 1000, dueToday: 3150, recurring: 2150 });
  });

  it('adds every option, each x its count, and everything x the product quantity (USD monthly)', () => {
    const breakdown = price(cloudVps2, 'USD', { cycle: 'monthly', options: VPS_LOADED, quantity: 2 });
    expect(breakdown.lines).toEqual([
      { kind: 'product', label: 'Cloud VPS 2', dueToday: 4000, recurring: 4000 }, // 2000 x 2
      // 1500 x 2
      { kind: 'option', label: 'Operating System: Windows Server 2022', optionId: 1, dueToday: 3000, recurring: 3000 },
      { kind: 'option', label: 'Location: New York', optionId: 2, dueToday: 400, recurring: 400 }, // 200 x 2
      { kind: 'option', label: 'Daily backups', optionId: 3, dueToday: 600, recurring: 600 }, // 300 x 2
      { kind: 'option', label: 'Extra RAM (GB) x 4', optionId: 4, dueToday: 2000, recurring: 2000 }, // 250 x 4 x 2
      { kind: 'option', label: 'IPv4 addresses x 2', optionId: 5, dueToday: 600, recurring: 600 }, // 150 x 2 x 2
      // (product 1000 + backups 200 + RAM 100 x 4 + IPv4 0) x 2 = 1600 x 2
      { kind: 'setup', label: 'Setup fee', dueToday: 3200, recurring: 0 },
    ]);
    // recurring (2000 + 1500 + 200 + 300 + 1000 + 300) x 2 = 5300 x 2 = 10600; due 10600 + 3200
    expect(breakdown).toMatchObject({ quantity: 2, setupTotal: 3200, dueToday: 13800, recurring: 10600 });
  });

  it('adds every option in the prices of EUR quarterly', () => {
    const breakdown = price(cloudVps2, 'EUR', { cycle: 'quarterly', options: VPS_LOADED, quantity: 1 });
    expect(breakdown.lines.map((line) => [line.label, line.dueToday, line.recurring])).toEqual([
      ['Cloud VPS 2', 5550, 5550],
      ['Operating System: Windows Server 2022', 4200, 4200],
      ['Location: New York', 540, 540],
      ['Daily backups', 825, 825],
      ['Extra RAM (GB) x 4', 2760, 2760], // 690 x 4
      ['IPv4 addresses x 2', 840, 840], // 420 x 2
      ['Setup fee', 990, 0], // product 450 + backups 180 + RAM 90 x 4 = 450 + 180 + 360
    ]);
    // recurring 5550 + 4200 + 540 + 825 + 2760 + 840 = 14715; due 14715 + 990 = 15705
    expect(breakdown).toMatchObject({ currency: EUR, cycle: 'quarterly', setupTotal: 990, dueToday: 15705, recurring: 14715 });
  });

  it('uses the annual column of every option (USD and EUR)', () => {
    // 21600 + 18000 + 2400 + 3600 + 3000 x 4 + 1800 x 2 = 21600 + 18000 + 2400 + 3600 + 12000 + 3600 = 61200; no setup fees
    const usd = price(cloudVps2, 'USD', { cycle: 'annually', options: VPS_LOADED, quantity: 1 });
    expect(usd).toMatchObject({ setupTotal: 0, dueToday: 61200, recurring: 61200 });
    expect(usd.lines.some((line) => line.kind === 'setup')).toBe(false);
    // 19425 + 16800 + 2160 + 3300 + 2760 x 4 + 1680 x 2 = 19425 + 16800 + 2160 + 3300 + 11040 + 3360 = 56085
    expect(price(cloudVps2, 'EUR', { cycle: 'annually', options: VPS_LOADED, quantity: 1 })).toMatchObject({
      setupTotal: 0,
      dueToday: 56085,
      recurring: 56085,
    });
  });

  it('charges a yes/no option and its setup fee only when it is on', () => {
    const off = price(cloudVps2, 'USD', { cycle: 'monthly', options: VPS_DEFAULT, quantity: 1 });
    const on = price(cloudVps2, 'USD', { cycle: 'monthly', options: { ...VPS_DEFAULT, 3: 1 }, quantity: 1 });
    expect(off.lines.some((line) => line.optionId === 3)).toBe(false);
    expect(on.lines).toContainEqual({ kind: 'option', label: 'Daily backups', optionId: 3, dueToday: 300, recurring: 300 });
    // off: recurring 2000 + 150 = 2150, setup 1000, due 3150
    expect(off).toMatchObject({ setupTotal: 1000, dueToday: 3150, recurring: 2150 });
    // on: recurring 2150 + 300 = 2450, setup 1000 + 200 = 1200, due 3650
    expect(on).toMatchObject({ setupTotal: 1200, dueToday: 3650, recurring: 2450 });
    // EUR on: recurring 1850 + 140 + 275 = 2265, setup 900 + 180 = 1080, due 3345
    expect(price(cloudVps2, 'EUR', { cycle: 'monthly', options: { ...VPS_DEFAULT, 3: 1 }, quantity: 1 })).toMatchObject({
      setupTotal: 1080,
      dueToday: 3345,
      recurring: 2265,
    });
  });

  it('multiplies a quantity option and its setup fee by the count', () => {
    const options = { ...VPS_DEFAULT, 4: 3 };
    // USD: recurring 2000 + 150 + 250 x 3 = 2900; setup 1000 + 100 x 3 = 1300; due 4200
    const usd = price(cloudVps2, 'USD', { cycle: 'monthly', options, quantity: 1 });
    expect(usd.lines).toContainEqual({ kind: 'option', label: 'Extra RAM (GB) x 3', optionId: 4, dueToday: 750, recurring: 750 });
    expect(usd).toMatchObject({ setupTotal: 1300, dueToday: 4200, recurring: 2900 });
    // EUR: recurring 1850 + 140 + 230 x 3 = 2680; setup 900 + 90 x 3 = 1170; due 3850
    expect(price(cloudVps2, 'EUR', { cycle: 'monthly', options, quantity: 1 })).toMatchObject({
      setupTotal: 1170,
      dueToday: 3850,
      recurring: 2680,
    });
  });

  it('multiplies a scaling product by its quantity too', () => {
    // USD annually 120.00 x 5
    expect(price(backupStorage, 'USD', { cycle: 'annually', options: {}, quantity: 5 })).toMatchObject({
      quantity: 5,
      lines: [{ kind: 'product', label: 'Backup Storage 100 GB', dueToday: 60000, recurring: 60000 }],
      dueToday: 60000,
      recurring: 60000,
    });
    // EUR monthly 9.00 x 5
    expect(price(backupStorage, 'EUR', { cycle: 'monthly', options: {}, quantity: 5 })).toMatchObject({
      dueToday: 4500,
      recurring: 4500,
    });
  });

  it('charges a scaling service its setup fee once, and separate services each theirs', () => {
    const withSetup = (quantityMode: Product['quantityMode']): Product => ({
      ...backupStorage,
      quantityMode,
      pricing: { USD: { ...USD, cycles: { monthly: { price: 1000, setupFee: 2500 } } } },
    });
    // scaling: 10.00 x 5 = 50.00 monthly; one service, set up once: + 25.00 = 75.00 today
    expect(price(withSetup('scaling'), 'USD', { cycle: 'monthly', options: {}, quantity: 5 })).toMatchObject({
      setupTotal: 2500,
      dueToday: 7500,
      recurring: 5000,
    });
    // multiple: five services, each set up: 50.00 + 5 x 25.00 = 175.00 today
    expect(price(withSetup('multiple'), 'USD', { cycle: 'monthly', options: {}, quantity: 5 })).toMatchObject({
      setupTotal: 12500,
      dueToday: 17500,
      recurring: 5000,
    });
  });

  it('prices a product enabled in one cycle only', () => {
    // 1500.00 + setup 99.00
    expect(price(dedicatedServer, 'USD', { cycle: 'annually', options: {}, quantity: 1 })).toMatchObject({
      setupTotal: 9900,
      dueToday: 159900,
      recurring: 150000,
    });
  });
});

describe('priceConfiguration: one-time and free products', () => {
  it('prices a one-time product and its options from the onetime column, with no recurring amount', () => {
    const breakdown = price(sslCertificate, 'USD', { cycle: 'onetime', options: { 6: 1, 7: 72 }, quantity: 3 });
    expect(breakdown).toEqual({
      currency: USD,
      cycle: 'onetime',
      quantity: 3,
      lines: [
        { kind: 'product', label: 'SSL Certificate', dueToday: 14700, recurring: 0 }, // 4900 x 3
        { kind: 'option', label: 'Wildcard', optionId: 6, dueToday: 30000, recurring: 0 }, // 10000 x 3
        { kind: 'option', label: 'Validation: Organisation validated', optionId: 7, dueToday: 7500, recurring: 0 }, // 2500 x 3
        { kind: 'setup', label: 'Setup fee', dueToday: 4500, recurring: 0 }, // (500 + 1000) x 3
      ],
      setupTotal: 4500,
      dueToday: 56700, // 14700 + 30000 + 7500 + 4500
      recurring: null,
    });
  });

  it('prices a one-time product in EUR without its paid options', () => {
    const breakdown = price(sslCertificate, 'EUR', { cycle: 'onetime', options: { 6: 0, 7: 71 }, quantity: 1 });
    expect(breakdown.lines).toEqual([
      { kind: 'product', label: 'SSL Certificate', dueToday: 4500, recurring: 0 },
      { kind: 'option', label: 'Validation: Domain validated', optionId: 7, dueToday: 0, recurring: 0 },
      { kind: 'setup', label: 'Setup fee', dueToday: 450, recurring: 0 },
    ]);
    expect(breakdown).toMatchObject({ currency: EUR, setupTotal: 450, dueToday: 4950, recurring: null }); // 4500 + 450
  });

  it('prices a free product at 0 with no recurring amount, listing its choices', () => {
    for (const [currency, format] of [
      ['USD', USD],
      ['EUR', EUR],
    ] as const) {
      expect(price(freeTrial, currency, { cycle: 'free', options: { 8: 82 }, quantity: 1 })).toEqual({
        currency: format,
        cycle: 'free',
        quantity: 1,
        lines: [
          { kind: 'product', label: 'Free Trial', dueToday: 0, recurring: 0 },
          { kind: 'option', label: 'Control panel: Plesk', optionId: 8, dueToday: 0, recurring: 0 },
        ],
        setupTotal: 0,
        dueToday: 0,
        recurring: null,
      });
    }
  });
});

describe('priceConfiguration: refuses what would not be ordered as priced', () => {
  const valid: Configuration = { cycle: 'monthly', options: VPS_DEFAULT, quantity: 1 };

  it.each<[string, Product, string, Configuration]>([
    ['a disabled cycle', starter, 'USD', { cycle: 'quarterly', options: {}, quantity: 1 }],
    ['a cycle disabled in this currency', business, 'EUR', { cycle: 'triennially', options: {}, quantity: 1 }],
    ['monthly for a one-time product', sslCertificate, 'USD', { cycle: 'monthly', options: { 6: 0, 7: 71 }, quantity: 1 }],
    ['a currency the product is not sold in', dedicatedServer, 'EUR', { cycle: 'annually', options: {}, quantity: 1 }],
    ['an unknown choice', cloudVps2, 'USD', { ...valid, options: { ...VPS_DEFAULT, 1: 99 } }],
    ['a missing option', cloudVps2, 'USD', { ...valid, options: { 2: 21, 3: 0, 4: 0, 5: 1 } }],
    ['an option the product does not have', cloudVps2, 'USD', { ...valid, options: { ...VPS_DEFAULT, 9: 1 } }],
    ['yes/no other than 0 or 1', cloudVps2, 'USD', { ...valid, options: { ...VPS_DEFAULT, 3: 2 } }],
    ['a count above the maximum', cloudVps2, 'USD', { ...valid, options: { ...VPS_DEFAULT, 4: 17 } }],
    ['a count below the minimum', cloudVps2, 'USD', { ...valid, options: { ...VPS_DEFAULT, 5: 0 } }],
    ['quantity 0', cloudVps2, 'USD', { ...valid, quantity: 0 }],
    ['a quantity above the stock', cloudVps2, 'USD', { ...valid, quantity: 6 }],
    ['a fractional quantity', cloudVps2, 'USD', { ...valid, quantity: 1.5 }],
    ['quantity 2 of a one-at-a-time product', starter, 'USD', { cycle: 'monthly', options: {}, quantity: 2 }],
  ])('throws PricingError for %s', (_, product, currency, configuration) => {
    expect(() => priceConfiguration(product, currency, configuration)).toThrow(PricingError);
  });

  it('accepts the valid configuration those cases were derived from', () => {
    expect(() => priceConfiguration(cloudVps2, 'USD', valid)).not.toThrow();
  });
});

describe('choicePrice', () => {
  const [os] = cloudVps2.configOptions;
  const windows = os!.choices[1]!;

  it("gives a choice's price for the cycle in each currency", () => {
    expect(choicePrice(windows, 'USD', 'quarterly')).toEqual({ price: 4500, setupFee: 0 });
    expect(choicePrice(windows, 'EUR', 'quarterly')).toEqual({ price: 4200, setupFee: 0 });
  });

  it('is zero for free, for an unpriced currency and for an unpriced cycle', () => {
    expect(choicePrice(windows, 'USD', 'free')).toEqual({ price: 0, setupFee: 0 });
    expect(choicePrice(windows, 'GBP', 'monthly')).toEqual({ price: 0, setupFee: 0 });
    expect(choicePrice(windows, 'USD', 'triennially')).toEqual({ price: 0, setupFee: 0 });
  });
});
