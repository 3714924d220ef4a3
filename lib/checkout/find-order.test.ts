import { describe, expect, it } from 'vitest';
import type { Order, OrderLine } from '@/lib/whmcs/types';
import { addonEntry, findAttemptOrder, renewalEntry } from './find-order';

function line(product: string, type = 'product'): OrderLine {
  return { type, relId: 1, product, domain: '', billingCycle: 'Monthly', amount: 100, status: 'Pending' };
}

function order(id: number, products: string[], fields: Partial<Order> = {}): Order {
  return {
    id,
    orderNumber: String(id * 1000),
    clientId: 1,
    date: '2025-01-01 00:00:00',
    status: 'Pending',
    paymentStatus: 'Unpaid',
    paymentMethod: 'mailin',
    amount: 100,
    currencyCode: 'USD',
    promoCode: '',
    renewals: { services: [], addons: [] },
    invoiceId: id + 100,
    lines: products.map((name) => line(name)),
    ...fields,
  };
}

const attempt = { clientId: 1, baselineOrderId: 10, expectedProducts: ['Starter', 'Cloud VPS 2'] };

describe('findAttemptOrder', () => {
  it('finds the newer order with exactly our products ("Group - Product" or plain names)', () => {
    const orders = [order(12, ['Shared Hosting - Starter', 'VPS - Cloud VPS 2']), order(11, ['Shared Hosting - Business'])];
    expect(findAttemptOrder(orders, attempt, new Set())?.id).toBe(12);
    expect(findAttemptOrder([order(13, ['starter', 'Cloud  VPS 2'])], attempt, new Set())?.id).toBe(13);
  });

  it('counts several services of one product as that product, and ignores addon lines', () => {
    const o = order(12, ['Hosting - Starter', 'Hosting - Starter', 'VPS - Cloud VPS 2']);
    o.lines.push(line('Daily backups', 'addon'));
    expect(findAttemptOrder([o], attempt, new Set())?.id).toBe(12);
  });

  it('ignores orders from before the attempt, of other clients, or already claimed', () => {
    const products = ['Starter', 'Cloud VPS 2'];
    expect(findAttemptOrder([order(10, products), order(9, products)], attempt, new Set())).toBeNull();
    expect(findAttemptOrder([order(12, products, { clientId: 2 })], attempt, new Set())).toBeNull();
    expect(findAttemptOrder([order(12, products)], attempt, new Set([12]))).toBeNull();
  });

  it('needs the same set of products: none missing, none extra', () => {
    expect(findAttemptOrder([order(12, ['Starter'])], attempt, new Set())).toBeNull();
    expect(findAttemptOrder([order(12, ['Starter', 'Cloud VPS 2', 'Business'])], attempt, new Set())).toBeNull();
    expect(findAttemptOrder([order(12, [])], attempt, new Set())).toBeNull();
    expect(findAttemptOrder([order(12, ['Not Starter', 'Cloud VPS 2'])], attempt, new Set())).toBeNull();
  });

  it('takes the oldest match: a later one is a second order placed afterwards', () => {
    const products = ['Starter', 'Cloud VPS 2'];
    expect(findAttemptOrder([order(14, products), order(12, products)], attempt, new Set())?.id).toBe(12);
  });

  it('finds nothing for an attempt that never reached AddOrder', () => {
    expect(findAttemptOrder([order(12, ['Starter', 'Cloud VPS 2'])], { ...attempt, baselineOrderId: null }, new Set())).toBeNull();
  });
});

describe('findAttemptOrder: renewals', () => {
  const attempt = { clientId: 1, baselineOrderId: 10, expectedProducts: [renewalEntry('service', 5), renewalEntry('addon', 2)] };

  it('recognises the order renewing exactly those services and addons, not one renewing others', () => {
    const renewsOthers = order(11, [], { renewals: { services: [6], addons: [2] } });
    const ours = order(12, [], { renewals: { services: [5], addons: [2] } });
    expect(findAttemptOrder([renewsOthers, ours], attempt, new Set())?.id).toBe(12);
    expect(findAttemptOrder([renewsOthers], attempt, new Set())).toBeNull();
  });

  it('recognises an addon-only order by its addon lines, and not a product order that carries the same addons', () => {
    const addonOnly = { clientId: 1, baselineOrderId: 10, expectedProducts: [addonEntry('Daily Backups'), addonEntry('Extra IP')] };
    const ours = order(12, [], { lines: [line('Daily  backups', 'addon'), line('Extra IP', 'addon')] });
    expect(findAttemptOrder([ours], addonOnly, new Set())?.id).toBe(12);
    const withProduct = order(13, ['Starter'], { lines: [line('Starter'), line('Daily Backups', 'addon'), line('Extra IP', 'addon')] });
    expect(findAttemptOrder([withProduct], addonOnly, new Set())).toBeNull();
    expect(findAttemptOrder([order(14, [], { lines: [line('Daily Backups', 'addon')] })], addonOnly, new Set())).toBeNull();
  });
});
