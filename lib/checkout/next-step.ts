import type { Order } from '@/lib/whmcs/types';

/**
 * What the customer sees right after placing an order, and on the receipt later. Pure.
 */

/** The cookie that marks an order as just placed: set by the place-order action, scoped to that order's page, short-lived. */
export const JUST_PLACED_COOKIE = 'order-just-placed';
/** How long the receipt greets the customer after placing (seconds): long enough to pay and come back. */
export const JUST_PLACED_SECONDS = 30 * 60;

/** Whether the order has an invoice left to pay. */
export function hasSomethingToPay(order: Pick<Order, 'invoiceId' | 'paymentStatus'>): boolean {
  return order.invoiceId !== null && order.paymentStatus !== 'Paid';
}

/**
 * Where the place-order action sends the customer: straight to paying the invoice when there is
 * one to pay (as WHMCS's "Auto Redirect on Checkout" does), else the receipt.
 */
export type PaymentTarget = { kind: 'sandbox-invoice'; path: string } | { kind: 'portal'; invoiceId: number } | { kind: 'receipt'; path: string };

export function afterPlacing(order: Pick<Order, 'invoiceId' | 'paymentStatus'> | null, orderId: number, sandbox: boolean): PaymentTarget {
  if (!order?.invoiceId || !hasSomethingToPay(order)) return { kind: 'receipt', path: `/order/${orderId}` };
  return sandbox ? { kind: 'sandbox-invoice', path: `/sandbox/invoice/${order.invoiceId}` } : { kind: 'portal', invoiceId: order.invoiceId };
}

/**
 * The receipt's first line: the thanks only while the order was just placed by this browser (the
 * cookie proves nothing else and unlocks nothing), otherwise the order's status and date.
 */
export function receiptGreeting(order: Pick<Order, 'status'>, placedOn: string, justPlaced: boolean): string {
  return justPlaced ? 'Thank you, your order is placed.' : `${order.status} · placed ${placedOn}`;
}
