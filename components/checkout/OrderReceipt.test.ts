import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Order } from '@/lib/whmcs/types';
import { OrderReceipt } from './OrderReceipt';

const currency = { code: 'USD', prefix: '$', suffix: ' USD' };

function order(fields: Partial<Order>): Order {
  return {
    id: 9,
    orderNumber: '9000',
    clientId: 1,
    date: '2025-06-01 12:00:00',
    status: 'Pending',
    paymentStatus: 'Unpaid',
    paymentMethod: 'paypal',
    amount: 0,
    currencyCode: 'USD',
    promoCode: '',
    renewals: { services: [], addons: [] },
    invoiceId: null,
    lines: [],
    ...fields,
  };
}

const receipt = (value: Order) => renderToStaticMarkup(createElement(OrderReceipt, { order: value, items: [], currency, paymentMethodName: 'PayPal' }));

describe('the receipt', () => {
  it('names no payment method for an order with nothing to pay', () => {
    const html = receipt(order({ invoiceId: null }));
    expect(html).toContain('No invoice: nothing to pay');
    expect(html).not.toContain('PayPal');
    expect(html).not.toContain('>Payment<');
  });

  it('names the payment method and its status when there is an invoice', () => {
    expect(receipt(order({ invoiceId: 12, amount: 1000 }))).toContain('PayPal · Unpaid');
  });

  it('shows each item as the cart did: quantity, cycle in words, domain, options and fields', () => {
    const html = renderToStaticMarkup(
      createElement(OrderReceipt, {
        order: order({}),
        items: [{ name: 'Business Mail', quantity: 5, cycle: 'Free', domain: 'shop.example', details: ['Storage: 50 GB', 'Email domain: shop.example'], amount: 0 }],
        currency,
        paymentMethodName: 'PayPal',
      }),
    );
    expect(html).toContain('5 × </span>Business Mail');
    expect(html).toContain('>Free<');
    expect(html).toContain('Storage: 50 GB · Email domain: shop.example');
  });
});
