import { describe, expect, it } from 'vitest';
import { CartNotOrderableError, toOrderItems } from './order-items';
import { priceCartWith } from './pricing';
import { catalogue, cartItem, vpsOptions } from './test-fixtures';
import type { CartItem } from './types';

const priced = (items: CartItem[], currency = 'USD') =>
  priceCartWith({ id: 'c', items, domains: [], promoCode: null, nameservers: null }, currency, catalogue, { status: 'none' }, '2025-01-20');

describe('toOrderItems', () => {
  it('maps each item to an AddOrder line: pid, cycle, quantity, options, custom fields, ASCII domain', () => {
    const starter = cartItem({
      pid: 1,
      configuration: { cycle: 'annually', options: {}, quantity: 1 },
      domain: 'bücher.de',
      customFields: { 2: '  A blog  ' },
    });
    const vps = cartItem({
      pid: 10,
      configuration: { cycle: 'quarterly', options: { ...vpsOptions, 1: 12, 3: 1, 4: 4 }, quantity: 2 },
      customFields: { 7: 'vps1.example.com' },
    });
    expect(toOrderItems(priced([starter, vps]))).toEqual([
      { pid: 1, billingCycle: 'annually', quantity: 1, domain: 'xn--bcher-kva.de', configOptions: {}, customFields: { 2: 'A blog' } },
      {
        pid: 10,
        billingCycle: 'quarterly',
        quantity: 2,
        configOptions: { 1: 12, 2: 21, 3: 1, 4: 4, 5: 1 },
        customFields: { 7: 'vps1.example.com' },
      },
    ]);
  });

  it('leaves out empty custom fields and fields the product no longer has', () => {
    const starter = cartItem({
      pid: 1,
      configuration: { cycle: 'monthly', options: {}, quantity: 1 },
      domain: 'example.com',
      customFields: { 2: '   ', 99: 'stale' },
    });
    expect(toOrderItems(priced([starter]))[0]?.customFields).toEqual({});
  });

  it('orders a free product on the free cycle with its (unpriced) option', () => {
    const trial = cartItem({ pid: 3, configuration: { cycle: 'free', options: { 8: 82 }, quantity: 1 }, domain: 'trial.example' });
    expect(toOrderItems(priced([trial]))).toEqual([
      { pid: 3, billingCycle: 'free', quantity: 1, domain: 'trial.example', configOptions: { 8: 82 }, customFields: {} },
    ]);
  });

  it('refuses a cart with a blocking problem, and an empty cart', () => {
    const gone = cartItem({ pid: 999, configuration: { cycle: 'monthly', options: {}, quantity: 1 } });
    expect(() => toOrderItems(priced([gone]))).toThrow(CartNotOrderableError);
    expect(() => toOrderItems(priced([]))).toThrow(/empty/);
    const quarterlyStarter = cartItem({ pid: 1, configuration: { cycle: 'quarterly', options: {}, quantity: 1 }, domain: 'example.com' });
    expect(() => toOrderItems(priced([quarterlyStarter]))).toThrow(CartNotOrderableError);
  });
});
