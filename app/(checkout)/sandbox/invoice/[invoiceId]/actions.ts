'use server';

import crypto from 'node:crypto';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { findOwnOrderByInvoice } from '@/lib/checkout/orders';
import { usesSandbox } from '@/lib/config/env';
import { signInPath } from '@/lib/session';
import { visitorSession } from '@/lib/visitor';
import { belongsToSession } from '@/lib/session/ownership';
import { addInvoicePayment, getInvoice } from '@/lib/whmcs';

const invoiceIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * The sandbox's stand-in for a payment gateway: records the payment with AddInvoicePayment, as a
 * gateway's callback does on a real WHMCS, which marks the invoice paid and accepts its order.
 * Only the invoice's own client, only on the sandbox, only while it is Unpaid.
 */
export async function markSandboxInvoicePaidAction(formData: FormData): Promise<void> {
  if (!usesSandbox()) notFound();
  const invoiceId = invoiceIdSchema.safeParse(formData.get('invoiceId'));
  if (!invoiceId.success) notFound();
  const session = await visitorSession();
  if (!session) redirect(signInPath(`/sandbox/invoice/${invoiceId.data}`));
  const invoice = await getInvoice(invoiceId.data);
  if (!invoice || !belongsToSession(session, invoice)) notFound();
  if (invoice.status === 'Unpaid') {
    await addInvoicePayment({
      invoiceId: invoice.id,
      transactionId: `SANDBOX-${crypto.randomBytes(6).toString('hex').toUpperCase()}`,
      gateway: invoice.paymentMethod,
      date: new Date(),
    });
  }
  const order = await findOwnOrderByInvoice(session, invoice.id);
  redirect(order ? `/order/${order.id}?paid=1` : `/sandbox/invoice/${invoice.id}`);
}
