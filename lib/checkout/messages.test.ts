import { describe, expect, it } from 'vitest';
import { MESSAGES, mapAddOrderError } from './messages';

describe('mapAddOrderError', () => {
  it('puts a refused payment method on the payment field', () => {
    expect(mapAddOrderError('Invalid Payment Method. Valid options include paypal,mailin')).toEqual({
      field: 'paymentMethod',
      message: MESSAGES.paymentMethodGone,
    });
  });
  it.each([
    ['Out of Stock', /sold out.*Nothing was charged and your cart is kept/],
    ['Unable to add order when client status is Closed', /closed.*contact support/],
    ['Client ID Not Found', /contact support/],
    ['The option selected for Disk is not valid', /no longer available as chosen \(The option selected for Disk is not valid\)/],
    ['Invalid Billing Cycle', /Review your cart/],
    ['Something odd happened', /refused the order \(Something odd happened\).*cart is kept.*try again/],
  ])('%j says what happened and what to do', (message, expected) => {
    const mapped = mapAddOrderError(message);
    expect(mapped.field).toBeNull();
    expect(mapped.message).toMatch(expected);
  });
  it('never tells the customer an order was placed when WHMCS refused it', () => {
    for (const message of ['Out of Stock', 'Client ID Not Found', 'weird']) {
      expect(mapAddOrderError(message).message).not.toMatch(/was placed|has been placed/);
    }
  });
});
