import 'server-only';
import type { PricedCart } from '@/lib/cart/types';
import type { SessionData } from '@/lib/session/data';
import { WhmcsError } from '@/lib/whmcs/errors';
import type { Client, PaymentMethod } from '@/lib/whmcs/types';
import { openSince, checkoutTiming } from './attempts';
import { checkoutDeps } from './deps';
import { contentFingerprint } from './fingerprint';
import { prepareOrder, type NotOrderable } from './submit-order';

/**
 * What the checkout page shows a signed-in customer: the order as it would be placed now (in the
 * client's currency), the payment methods, and the idempotency key this page's "Place order"
 * carries.
 */
export type CheckoutReview =
  | {
      kind: 'review';
      client: Client;
      priced: PricedCart;
      paymentMethods: PaymentMethod[];
      /** The idempotency key of this cart content (a hidden field): every tab showing it carries the same. */
      attemptKey: string;
      /** The content fingerprint of what is shown: the order must still match it when placed. */
      reviewed: string;
      /** An attempt of this client whose outcome is not known yet: the page checks it instead of offering a new one. */
      awaitingAnswer: boolean;
    }
  | { kind: 'blocked'; outcome: NotOrderable }
  | { kind: 'unavailable' };

export async function loadCheckoutReview(session: SessionData): Promise<CheckoutReview> {
  const deps = checkoutDeps();
  try {
    const [preparation, paymentMethods] = await Promise.all([prepareOrder(deps, session.clientId), deps.whmcs.getPaymentMethods()]);
    if (!preparation.ok) return { kind: 'blocked', outcome: preparation.outcome };
    const { order } = preparation;
    // A reload while an order's fate is unknown (even for a cart changed since) carries that attempt's key.
    const open = await deps.attempts.openAttempt(session.clientId, openSince(deps.clock.now(), checkoutTiming(deps.whmcs.timeoutMs)));
    return {
      kind: 'review',
      client: preparation.client,
      priced: order.priced,
      paymentMethods,
      attemptKey: open?.key ?? order.key,
      reviewed: contentFingerprint(order.content),
      awaitingAnswer: open !== undefined,
    };
  } catch (error) {
    if (error instanceof WhmcsError) return { kind: 'unavailable' };
    throw error;
  }
}
