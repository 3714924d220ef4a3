import { describe, expect, it } from 'vitest';
import { afterPlacing, hasSomethingToPay, receiptGreeting } from './next-step';

describe('after placing an order', () => {
  it('goes straight to the sandbox invoice when there is something to pay', () => {
    expect(afterPlacing({ invoiceId: 12, paymentStatus: 'Unpaid' }, 7, true)).toEqual({ kind: 'sandbox-invoice', path: '/sandbox/invoice/12' });
  });
  it('goes to the billing portal (single sign-on) on a real WHMCS', () => {
    expect(afterPlacing({ invoiceId: 12, paymentStatus: 'Unpaid' }, 7, false)).toEqual({ kind: 'portal', invoiceId: 12 });
  });
  it('shows the receipt when nothing is due, the invoice is paid, or the order cannot be read', () => {
    expect(afterPlacing({ invoiceId: null, paymentStatus: '' }, 7, true)).toEqual({ kind: 'receipt', path: '/order/7' });
    expect(afterPlacing({ invoiceId: 12, paymentStatus: 'Paid' }, 7, false)).toEqual({ kind: 'receipt', path: '/order/7' });
    expect(afterPlacing(null, 7, false)).toEqual({ kind: 'receipt', path: '/order/7' });
  });
  it('knows an unpaid invoice from a paid one', () => {
    expect(hasSomethingToPay({ invoiceId: 3, paymentStatus: 'Unpaid' })).toBe(true);
    expect(hasSomethingToPay({ invoiceId: 3, paymentStatus: 'Paid' })).toBe(false);
  });
});

describe('the receipt greeting', () => {
  it('thanks only right after placing', () => {
    expect(receiptGreeting({ status: 'Pending' }, '1 June 2025', true)).toBe('Thank you, your order is placed.');
  });
  it('states the status and date of an order opened later, even a pending one', () => {
    expect(receiptGreeting({ status: 'Pending' }, '1 June 2025', false)).toBe('Pending · placed 1 June 2025');
    expect(receiptGreeting({ status: 'Active' }, '1 June 2025', false)).toBe('Active · placed 1 June 2025');
  });
});
