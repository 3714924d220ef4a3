'use server';

import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { requestIp } from '@/lib/auth/context';
import { formValues } from '@/lib/auth/forms';
import { usesSandbox } from '@/lib/config/env';
import { signInPath } from '@/lib/session';
import { visitorSession } from '@/lib/visitor';
import type { SessionData } from '@/lib/session/data';
import { createSsoToken, WhmcsError } from '@/lib/whmcs';
import { checkoutDeps } from './deps';
import { afterPlacing, JUST_PLACED_COOKIE, JUST_PLACED_SECONDS } from './next-step';
import { checkOrderSchema, placeOrderSchema, type PlaceOrderField, type PlaceOrderState } from './forms';
import { getOwnOrder } from './orders';
import { checkSubmittedOrder, submitOrder, type CheckoutOutcome } from './submit-order';

/**
 * Checkout and order server actions. Each one validates its own input and re-reads the session
 * itself: a server action is a public endpoint whatever page rendered the form. Next.js rejects
 * server action calls whose Origin is not this host.
 */

/**
 * A placed order: the receipt greets this browser for a while (a cookie on that order's page
 * only), and the customer goes straight on to pay when there is something to pay.
 */
async function continueAfterPlacing(session: SessionData, orderId: number): Promise<never> {
  (await cookies()).set(JUST_PLACED_COOKIE, '1', { path: `/order/${orderId}`, maxAge: JUST_PLACED_SECONDS, httpOnly: true, sameSite: 'lax' });
  let order: Awaited<ReturnType<typeof getOwnOrder>> = null;
  try {
    order = await getOwnOrder(session, orderId);
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
  }
  const target = afterPlacing(order, orderId, usesSandbox());
  redirect(target.kind === 'portal' ? await invoicePortalLink(session, orderId, target.invoiceId) : target.path);
}

/** A single-use sign-in link (valid 60 s) to the invoice in the billing portal; the receipt with a notice when WHMCS cannot make one. */
async function invoicePortalLink(session: SessionData, orderId: number, invoiceId: number): Promise<string> {
  try {
    return (await createSsoToken(session.clientId, `viewinvoice.php?id=${invoiceId}`)).redirectUrl;
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    return `/order/${orderId}?pay=unavailable`;
  }
}

async function toState(session: SessionData, outcome: CheckoutOutcome): Promise<PlaceOrderState> {
  switch (outcome.status) {
    case 'placed':
      return continueAfterPlacing(session, outcome.orderId);
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
  const { attemptKey, reviewed, paymentMethod } = parsed.data;
  const outcome = await submitOrder(checkoutDeps(), session, { key: attemptKey, reviewed, paymentMethod: paymentMethod ?? null, clientIp: await requestIp() });
  return toState(session, outcome);
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
