import { describe, expect, it } from 'vitest';
import type { OrderLine, Service } from '@/lib/whmcs/types';
import { cycleWords, orderedItems, serviceDetails } from './ordered-items';

function service(overrides: Partial<Service>): Service {
  return {
    id: 1,
    clientId: 9,
    orderId: 5,
    pid: 6,
    name: 'Business Mail',
    groupName: 'Business Email',
    domain: '',
    status: 'Pending',
    billingCycle: 'Monthly',
    quantity: 1,
    firstPaymentAmount: 1250,
    recurringAmount: 1250,
    paymentMethod: 'paypal',
    paymentMethodName: 'PayPal',
    registrationDate: '2026-11-29',
    nextDueDate: '2026-11-29',
    configOptions: [],
    customFields: [],
    ...overrides,
  };
}

function line(relId: number, overrides: Partial<OrderLine> = {}): OrderLine {
  return { type: 'product', relId, product: 'Business Email - Business Mail', domain: '', billingCycle: 'Monthly', amount: 1250, status: 'Pending', ...overrides };
}

const allFields = () => new Set([8]);

describe('what an order holds, as the cart showed it', () => {
  it('keeps the quantity of a scaling service (5 × Business Mail is not one mailbox)', () => {
    const items = orderedItems({ lines: [line(1)] }, [service({ id: 1, quantity: 5 })], allFields);
    expect(items).toEqual([expect.objectContaining({ name: 'Business Mail', quantity: 5 })]);
  });

  it('shows options and the custom fields the customer filled in, never admin-only ones', () => {
    const mail = service({
      id: 1,
      configOptions: [
        { id: 7, name: 'Storage', kind: 'dropdown', value: '50 GB' },
        { id: 9, name: 'Archiving', kind: 'yesno', value: '1' },
        { id: 10, name: 'Backups', kind: 'yesno', value: '0' },
        { id: 11, name: 'Aliases', kind: 'quantity', value: '15' },
        { id: 12, name: 'Extra IPs', kind: 'quantity', value: '0' },
      ],
      customFields: [
        { id: 8, name: 'Email domain', value: 'demo-shop.example' },
        { id: 2, name: 'Migration notes', value: 'staff only' },
      ],
    });
    expect(serviceDetails(mail, allFields)).toEqual(['Storage: 50 GB', 'Archiving', 'Aliases x 15', 'Email domain: demo-shop.example']);
    expect(serviceDetails(mail, () => null)).toEqual(['Storage: 50 GB', 'Archiving', 'Aliases x 15']);
  });

  it('keeps the domain and says "Free" for WHMCS\'s "Free Account"', () => {
    const items = orderedItems({ lines: [line(1, { billingCycle: 'Free Account', amount: 0 })] }, [service({ id: 1, billingCycle: 'Free Account', domain: 'shop.example' })], allFields);
    expect(items[0]).toMatchObject({ cycle: 'Free', domain: 'shop.example' });
    expect(cycleWords('Semi-Annually')).toBe('Semi-annually');
    expect(cycleWords('Biennially')).toBe('Biennially');
    expect(cycleWords('Something new')).toBe('Something new');
  });

  it('makes one line of separate services ordered as one cart line, and keeps different ones apart', () => {
    const migration = (id: number, host: string) =>
      service({ id, pid: 3, name: 'Website Migration', billingCycle: 'One Time', customFields: [{ id: 8, name: 'Current host', value: host }] });
    const items = orderedItems(
      { lines: [line(1, { amount: 4900 }), line(2, { amount: 4900 }), line(3, { amount: 4900 })] },
      [migration(1, 'Old host'), migration(2, 'Old host'), migration(3, 'Another host')],
      allFields,
    );
    expect(items).toEqual([
      expect.objectContaining({ name: 'Website Migration', quantity: 2, amount: 9800, cycle: 'One time', details: ['Current host: Old host'] }),
      expect.objectContaining({ quantity: 1, amount: 4900, details: ['Current host: Another host'] }),
    ]);
  });

  it('shows a line whose service is not found (an addon, a deleted service) as WHMCS named it', () => {
    const items = orderedItems({ lines: [line(0, { type: 'addon', product: 'SSL', billingCycle: 'Annually', amount: 999 })] }, [], allFields);
    expect(items).toEqual([{ name: 'SSL', quantity: 1, cycle: 'Annually', domain: '', details: [], amount: 999 }]);
  });
});
