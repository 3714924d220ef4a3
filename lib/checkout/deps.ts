import 'server-only';
import { getCart, priceCart, removeOrderedItems } from '@/lib/cart';
import { env } from '@/lib/config/env';
import { storeDb } from '@/lib/store/db';
import { addOrder, getClientDetails, getOrders, getPaymentMethods } from '@/lib/whmcs';
import { createAttemptStore, type AttemptStore } from './attempt-store';
import type { CheckoutDeps } from './submit-order';

let attempts: AttemptStore | undefined;

/** The real I/O: WHMCS, the visitor's cart, the store db, the clock. */
export function checkoutDeps(): CheckoutDeps {
  attempts ??= createAttemptStore(storeDb());
  return {
    whmcs: { getClientDetails, getPaymentMethods, getOrders, addOrder, timeoutMs: env().WHMCS_TIMEOUT_MS },
    cart: { load: getCart, price: priceCart, removeOrdered: removeOrderedItems },
    attempts,
    clock: { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    log: (message, error) => console.error(`[checkout] ${message}`, error ?? ''),
  };
}
