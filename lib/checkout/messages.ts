/**
 * What the customer is told at each outcome of "Place order": what happened, and what to do.
 * Every message is the truth as far as the shop knows it; none says "try again" while the first
 * order might still exist.
 */
export const MESSAGES = {
  unknown:
    'We sent your order to our billing system but did not get an answer in time, so we cannot tell yet whether it went through. ' +
    'Please do not place it again: we are checking. Use "Check again" in a moment. Your cart is kept until we know.',
  inProgress: 'Your order is being placed right now. Wait a moment, then use "Check again". It will not be placed twice.',
  notPlacedAfterCheck:
    'Your order was not placed: our billing system has no record of it. Nothing was charged. Your cart is kept, so you can place the order again.',
  neverSent: 'Your order was not placed: it never reached our billing system. Nothing was charged. Your cart is kept, so you can place the order again.',
  unavailable:
    'We could not reach our billing system, so your order was not placed. Nothing was charged. Your cart is kept; please try again in a minute.',
  changed:
    'Your order changed since you reviewed it (the cart, a price or your account). We have updated the review: check it, then place the order again.',
  expired: 'This checkout page has expired. We have refreshed it: check your order, then place it again.',
  emptyCart: 'Your cart is empty.',
  notOrderable: 'Something in your cart needs your attention before it can be ordered. Review your cart, then come back to checkout.',
  accountClosed: 'Your account cannot place new orders (it is closed). Please contact support.',
  paymentMethod: 'Choose how you would like to pay.',
  paymentMethodGone: 'That payment method is not available any more. Choose another one.',
  terms: 'Please accept the terms of service to place your order.',
  nothingToCheck: 'No order has been sent from this checkout page yet. You can place your order below.',
} as const;

export interface MappedOrderError {
  /** The form field the problem is about, if it is one. */
  field: 'paymentMethod' | null;
  message: string;
}

/** AddOrder's refusals (WHMCS's own words) as the customer should read them. Nothing was placed in any of these. */
export function mapAddOrderError(whmcsMessage: string): MappedOrderError {
  const message = whmcsMessage.trim();
  const kept = 'Nothing was charged and your cart is kept.';
  if (/invalid payment method/i.test(message)) return { field: 'paymentMethod', message: MESSAGES.paymentMethodGone };
  if (/out of stock/i.test(message)) {
    return { field: null, message: `One of the products has just sold out, so your order was not placed. ${kept} Review your cart, then try again.` };
  }
  if (/client id not found|client status is closed/i.test(message)) return { field: null, message: MESSAGES.accountClosed };
  if (/promo/i.test(message)) {
    return { field: null, message: `The promotion code could not be used (${message}), so your order was not placed. ${kept} Remove the code from your cart, then try again.` };
  }
  if (/not valid|invalid (billing cycle|product)|addon id invalid|domain/i.test(message)) {
    return {
      field: null,
      message: `Part of your order is no longer available as chosen (${message}), so it was not placed. ${kept} Review your cart, then try again.`,
    };
  }
  return {
    field: null,
    message: `Our billing system refused the order (${message || 'no reason given'}), so it was not placed. ${kept} Please try again, or contact support if it keeps happening.`,
  };
}
