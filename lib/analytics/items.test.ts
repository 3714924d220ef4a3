import { describe, expect, it } from 'vitest';
import { priceCartWith } from '@/lib/cart/pricing';
import { catalogue, cartItem } from '@/lib/cart/test-fixtures';
import { backupStorage, starter } from '@/lib/pricing/fixtures';
import { ecommerceEvent } from './events';
import { cartEvent, configuredItem, listedItem, purchaseEvent } from './items';

describe('analytics items', () => {
  it('a listed product is its "from" price in major units', () => {
    const item = listedItem(starter, 'USD');
    expect(item).toMatchObject({ item_id: String(starter.pid), item_name: starter.name, item_category: starter.groupSlug, quantity: 1 });
    expect(Number.isInteger(item.price * 100)).toBe(true);
  });

  it('a configured product is priced per unit by lib/pricing, quantity kept; the event value is the sum', () => {
    const one = configuredItem(backupStorage, 'USD', { cycle: 'monthly', options: {}, quantity: 1 });
    const three = configuredItem(backupStorage, 'USD', { cycle: 'monthly', options: {}, quantity: 3 });
    expect(three).toMatchObject({ price: one.price, quantity: 3, item_variant: 'monthly' });
    expect(ecommerceEvent('add_to_cart', 'USD', [three]).ecommerce.value).toBeCloseTo(one.price * 3, 2);
  });

  it('begin_checkout carries the cart lines as ordered', () => {
    const priced = priceCartWith(
      { id: 'c', items: [cartItem({ pid: 1, configuration: { cycle: 'annually', options: {}, quantity: 1 }, domain: 'example.com' })], domains: [], promoCode: null, nameservers: null },
      'USD',
      catalogue,
      { status: 'none' },
      '2025-06-01',
    );
    const event = cartEvent('begin_checkout', priced);
    expect(event.ecommerce.items).toHaveLength(1);
    expect(event.ecommerce.value).toBe(priced.totals.dueToday / 100);
  });

  it("purchase is WHMCS's order: its id, lines and total", () => {
    const event = purchaseEvent({
      id: 41,
      amount: 5_390,
      currencyCode: 'EUR',
      lines: [{ type: 'product', relId: 7, product: 'Starter', domain: '', billingCycle: 'Annually', amount: 5_390, status: 'Pending' }],
    });
    expect(event).toEqual({
      event: 'purchase',
      ecommerce: {
        currency: 'EUR',
        value: 53.9,
        transaction_id: '41',
        items: [{ item_id: 'product:7', item_name: 'Starter', item_variant: 'Annually', price: 53.9, quantity: 1 }],
      },
    });
  });
});
