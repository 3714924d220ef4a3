import 'server-only';
import { randomBytes } from 'node:crypto';
import type { PricedCart } from '@/lib/cart/types';
import type { SessionData } from '@/lib/session/data';
import { WhmcsError } from '@/lib/whmcs/errors';
import type { Client, PaymentMethod } from '@/lib/whmcs/types';
import type { Attempt } from './attempt-state';
import { checkoutDeps } from './deps';
import { contentFingerprint } from './fingerprint';
import { prepareOrder, type CheckoutOutcome } from './place-order';

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
      /** The idempotency key for this attempt (a hidden field). */
      attemptKey: string;
      /** The content fingerprint of what is shown: the order must still match it when placed. */
      reviewed: string;
      /** An attempt from this client whose outcome is not known yet: its key is reused. */
      openAttempt: Pick<Attempt, 'state'> | null;
    }
  | { kind: 'blocked'; outcome: CheckoutOutcome }
  | { kind: 'unavailable' };

/** A new idempotency key: 128 random bits, URL-safe. */
export function newAttemptKey(): string {
  return randomBytes(16).toString('base64url');
}

export const ATTEMPT_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export async function loadCheckoutReview(session: SessionData): Promise<CheckoutReview> {
  const deps = checkoutDeps();
  try {
    const [preparation, paymentMethods] = await Promise.all([prepareOrder(deps, session.clientId), deps.getPaymentMethods()]);
    if (!preparation.ok) return { kind: 'blocked', outcome: preparation.outcome };
    const { timing } = deps;
    // A reload while an order's fate is unknown must not mint a key that could place it again.
    const open = deps.attempts.openAttempt(session.clientId, deps.now() - timing.staleAfterMs - timing.settleMs) ?? null;
    return {
      kind: 'review',
      client: preparation.client,
      priced: preparation.order.priced,
      paymentMethods,
      attemptKey: open?.key ?? newAttemptKey(),
      reviewed: contentFingerprint(preparation.order.content),
      openAttempt: open ? { state: open.state } : null,
    };
  } catch (error) {
    if (error instanceof WhmcsError) return { kind: 'unavailable' };
    throw error;
  }
}
