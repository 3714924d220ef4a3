import 'server-only';
import { getCart, priceCart, removeOrderedItems } from '@/lib/cart';
import { withOpenedEppCodes } from '@/lib/cart/epp-code';
import { withOpenedRootPasswords } from '@/lib/cart/root-password';
import { env } from '@/lib/config/env';
import { domainSettings } from '@/lib/domains';
import { attemptStore } from '@/lib/app-services';
import { addOrder, getClientDetails, getOrders, getPaymentMethods } from '@/lib/whmcs';
import type { CheckoutDeps } from './submit-order';

/** The real I/O: WHMCS, the visitor's cart, the store db, the clock. */
export function checkoutDeps(): CheckoutDeps {
  return {
    // Root passwords and EPP codes stay sealed through the checkout (fingerprints, logs) and are opened for AddOrder only.
    whmcs: { getClientDetails, getPaymentMethods, getOrders, addOrder: (order) => addOrder(withOpenedEppCodes(withOpenedRootPasswords(order))), timeoutMs: env().WHMCS_TIMEOUT_MS },
    cart: { load: getCart, price: priceCart, removeOrdered: removeOrderedItems, defaultNameservers: domainSettings().nameservers ?? [] },
    attempts: attemptStore(),
    clock: { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
    log: (message, error) => console.error(`[checkout] ${message}`, error ?? ''),
  };
}
