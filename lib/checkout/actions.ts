'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { requestIp } from '@/lib/auth/context';
import { formValues } from '@/lib/auth/forms';
import { signInPath } from '@/lib/session';
import { visitorAffiliateId, visitorSession } from '@/lib/visitor';
import type { SessionData } from '@/lib/session/data';
import { continueAfterPlacing, invoicePortalLink } from './after-placing';
import { checkoutDeps } from './deps';
import { checkOrderSchema, placeOrderSchema, type PlaceOrderField, type PlaceOrderState } from './forms';
import { getOwnOrder } from './orders';
import { checkSubmittedOrder, submitOrder, type CheckoutOutcome } from './submit-order';

/**
 * Checkout and order server actions. Each one validates its own input and re-reads the session
 * itself: a server action is a public endpoint whatever page rendered the form. Next.js rejects
 * server action calls whose Origin is not this host.
 */

async function toState(session: SessionData, outcome: CheckoutOutcome, shown?: string): Promise<PlaceOrderState> {
  switch (outcome.status) {
    case 'placed':
      return continueAfterPlacing(session, outcome.orderId, shown);
    // `redirect` throws; the cases below never fall through to here.
    case 'empty-cart':
      redirect('/cart');
    case 'not-placed':
      return outcome.field
        ? { status: 'not-placed', message: outcome.message, fieldErrors: { [outcome.field]: outcome.message } }
        : { status: 'not-placed', message: outcome.message };
    default:
      return { status: outcome.status, message: outcome.message };
  }
}

export async function placeOrderAction(_previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const session = await visitorSession();
  if (!session) redirect(signInPath('/checkout'));
  const parsed = placeOrderSchema.safeParse(formValues(formData));
  if (!parsed.success) {
    const fieldErrors: Partial<Record<PlaceOrderField, string>> = {};
    let message: string | undefined;
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'paymentMethod' || field === 'acceptTerms') fieldErrors[field] ??= issue.message;
      else message ??= issue.message;
    }
    return { status: 'invalid', fieldErrors, message: message ?? 'Please check the highlighted fields.' };
  }
  const { attemptKey, reviewed, paymentMethod, shown } = parsed.data;
  const outcome = await submitOrder(checkoutDeps(), session, {
    key: attemptKey,
    reviewed,
    paymentMethod: paymentMethod ?? null,
    clientIp: await requestIp(),
    affiliateId: await visitorAffiliateId(),
  });
  return toState(session, outcome, shown);
}

export async function checkOrderAction(_previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const session = await visitorSession();
  if (!session) redirect(signInPath('/checkout'));
  const parsed = checkOrderSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: 'invalid', message: parsed.error.issues[0]?.message };
  return toState(session, await checkSubmittedOrder(checkoutDeps(), session, parsed.data.attemptKey));
}

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** "Pay now" on a real WHMCS: straight to the invoice in the billing portal. */
export async function payInvoiceAction(formData: FormData): Promise<void> {
  const orderId = idSchema.safeParse(formData.get('orderId'));
  if (!orderId.success) notFound();
  const session = await visitorSession();
  if (!session) redirect(signInPath(`/order/${orderId.data}`));
  const order = await getOwnOrder(session, orderId.data);
  if (!order?.invoiceId) notFound();
  redirect(await invoicePortalLink(session, order.id, order.invoiceId));
}
