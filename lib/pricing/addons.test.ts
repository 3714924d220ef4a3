import { describe, expect, it } from 'vitest';
import { availableAddons, normaliseConfiguration, priceConfiguration, PricingError } from './index';
import { starter, starterWithAddons as product } from './fixtures';

describe('product addons in a configuration', () => {
  it('are offered only where they have a price for the cycle (one-time ones always)', () => {
    expect(availableAddons(product, 'USD', 'monthly').map((a) => a.id)).toEqual([1, 3, 4]);
    expect(availableAddons(product, 'USD', 'semiannually').map((a) => a.id)).toEqual([4]);
    expect(availableAddons(product, 'EUR', 'monthly')).toEqual([]);
    expect(availableAddons(starter, 'USD', 'monthly')).toEqual([]);
  });

  it('are read from untrusted input: unknown, unpriced and over-quantity ones are dropped or clamped, with a reason', () => {
    const { configuration, problems } = normaliseConfiguration(product, 'USD', {
      cycle: 'semiannually',
      addons: { 1: '1', 4: true, 99: 1 },
    });
    expect(configuration.addons).toEqual({ 4: 1 });
    expect(problems).toEqual(['Daily backups is not available with Semi-annually billing; removed.', 'Addon "99" does not exist for Starter; ignored.']);

    const clamped = normaliseConfiguration(product, 'USD', { cycle: 'monthly', addons: { 1: 5, 3: '4', 4: 0 } });
    expect(clamped.configuration.addons).toEqual({ 1: 1, 3: 4 });
    expect(clamped.problems).toEqual(['Daily backups can only be added once; using 1.']);
    expect(normaliseConfiguration(starter, 'USD', { addons: { 1: 1 } }).configuration).not.toHaveProperty('addons');
  });

  it('are priced per cycle: due today with their setup fees, renewals without them or one-time addons', () => {
    const breakdown = priceConfiguration(product, 'USD', { cycle: 'monthly', options: {}, quantity: 1, addons: { 1: 1, 3: 2, 4: 1 } });
    expect(breakdown.lines.filter((line) => line.kind === 'addon')).toEqual([
      { kind: 'addon', label: 'Daily backups', addonId: 1, dueToday: 200, recurring: 200 },
      { kind: 'addon', label: 'Extra IPv4 x 2', addonId: 3, dueToday: 800, recurring: 600 },
      { kind: 'addon', label: 'SSL Certificate', addonId: 4, dueToday: 2900, recurring: 0 },
    ]);
    expect(breakdown.dueToday).toBe(499 + 200 + 800 + 2900);
    expect(breakdown.recurring).toBe(499 + 200 + 600);
    expect(breakdown.setupTotal).toBe(200);
  });

  it('refuses to price addons that normalising would change', () => {
    expect(() => priceConfiguration(product, 'USD', { cycle: 'semiannually', options: {}, quantity: 1, addons: { 1: 1 } })).toThrow(PricingError);
    expect(() => priceConfiguration(product, 'USD', { cycle: 'monthly', options: {}, quantity: 1, addons: { 1: 2 } })).toThrow(PricingError);
  });
});
