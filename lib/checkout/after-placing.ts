import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { usesSandbox } from '@/lib/config/env';
import type { SessionData } from '@/lib/session/data';
import { createSsoToken, WhmcsError } from '@/lib/whmcs';
import { SHOWN_AT_CHECKOUT_COOKIE } from './invoiced-tax';
import { afterPlacing, JUST_PLACED_COOKIE, JUST_PLACED_SECONDS } from './next-step';
import { getOwnOrder } from './orders';

/**
 * A placed order: the receipt greets this browser for a while (a cookie on that order's page
 * only), and the customer goes straight on to pay when there is something to pay.
 */
export async function continueAfterPlacing(session: SessionData, orderId: number, shown?: string): Promise<never> {
  const jar = await cookies();
  const scope = { path: `/order/${orderId}`, maxAge: JUST_PLACED_SECONDS, httpOnly: true, sameSite: 'lax' } as const;
  jar.set(JUST_PLACED_COOKIE, '1', scope);
  // What the checkout showed, for the receipt to compare with the invoice (lib/checkout/invoiced-tax).
  if (shown) jar.set(SHOWN_AT_CHECKOUT_COOKIE, shown, scope);
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
export async function invoicePortalLink(session: SessionData, orderId: number, invoiceId: number): Promise<string> {
  try {
    return (await createSsoToken(session.clientId, `viewinvoice.php?id=${invoiceId}`)).redirectUrl;
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    return `/order/${orderId}?pay=unavailable`;
  }
}
