import 'server-only';
import { emptyCart, getCart, priceCart, toOrderItems } from '@/lib/cart';
import { env } from '@/lib/config/env';
import { storeDb } from '@/lib/store/db';
import { addOrder, getClientDetails, getOrders, getPaymentMethods } from '@/lib/whmcs';
import { createAttemptStore, type AttemptStore } from './attempt-store';
import type { CheckoutDeps, CheckoutTiming } from './place-order';

/**
 * Derived from the WHMCS timeout: a request that owns an attempt takes at most a few
 * GetOrders attempts (retried reads) plus one AddOrder; an order may still appear for a while
 * after AddOrder's answer was lost, because WHMCS may still be running it.
 */
export function checkoutTiming(timeoutMs: number): CheckoutTiming {
  return {
    staleAfterMs: 4 * timeoutMs + 5_000,
    settleMs: Math.max(60_000, 3 * timeoutMs),
    waitForOtherMs: timeoutMs + 3_000,
    pollMs: 250,
  };
}

let attempts: AttemptStore | undefined;

/** The real thing: WHMCS, the visitor's cart, the store db. */
export function checkoutDeps(): CheckoutDeps {
  attempts ??= createAttemptStore(storeDb());
  return {
    getClientDetails,
    getPaymentMethods,
    getOrders,
    addOrder,
    loadCart: getCart,
    priceCart,
    toOrderItems,
    emptyCart,
    attempts,
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    timing: checkoutTiming(env().WHMCS_TIMEOUT_MS),
    log: (message, error) => console.error(`[checkout] ${message}`, error ?? ''),
  };
}
