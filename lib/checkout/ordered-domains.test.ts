import { describe, expect, it } from 'vitest';
import { orderedItems } from './ordered-items';

const line = (type: string, product: string, domain: string, billingCycle: string, amount: number) => ({
  type,
  relId: 3,
  product,
  domain,
  billingCycle,
  amount,
  status: 'Pending',
});

describe('orderedItems: domains', () => {
  it('lists registrations, transfers and renewals with their period and price', () => {
    const order = {
      lines: [
        line('domain', 'Register', 'fresh-idea.com', '2', 3498),
        line('domain', 'Transfer', 'old-site.com', '1', 1099),
        line('renewal', 'Renewal', 'demo-shop.net', '1', 1399),
      ],
    };
    expect(orderedItems(order, [], () => null)).toEqual([
      { name: 'Domain registration', quantity: 1, cycle: '2 years', domain: 'fresh-idea.com', details: [], amount: 3498 },
      { name: 'Domain transfer', quantity: 1, cycle: '1 year', domain: 'old-site.com', details: [], amount: 1099 },
      { name: 'Domain renewal', quantity: 1, cycle: '1 year', domain: 'demo-shop.net', details: [], amount: 1399 },
    ]);
  });
});
