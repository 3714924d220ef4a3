import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { findOwnOrderByInvoice } from '@/lib/checkout/orders';
import { usesSandbox } from '@/lib/config/env';
import { formatMoney } from '@/lib/pricing';
import { requireSession } from '@/lib/session';
import { belongsToSession } from '@/lib/session/ownership';
import { getClientDetails, getInvoice } from '@/lib/whmcs';
import { formatOrderDate } from '@/components/checkout/OrderReceipt';
import { Notice } from '@/components/ui/Notice';
import { button, card, container } from '@/components/ui/styles';
import { markSandboxInvoicePaidAction } from './actions';

export const metadata: Metadata = { title: 'Invoice (sandbox)' };

const invoiceIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * The built-in sandbox's stand-in for paying an invoice in WHMCS: shows the invoice (GetInvoice)
 * and lets its own client mark it paid (AddInvoicePayment), which accepts the order (services
 * become Active). It reaches the sandbox only through the WHMCS API, like the rest of the shop.
 * Does not exist when a real WHMCS is configured.
 */
export default async function SandboxInvoicePage({ params }: { params: Promise<{ invoiceId: string }> }) {
  if (!usesSandbox()) notFound();
  const parsed = invoiceIdSchema.safeParse((await params).invoiceId);
  if (!parsed.success) notFound();
  const invoiceId = parsed.data;
  const session = await requireSession(`/sandbox/invoice/${invoiceId}`);
  const invoice = await getInvoice(invoiceId);
  if (!invoice || !belongsToSession(session, invoice)) notFound();
  const [order, client, catalogue] = await Promise.all([
    findOwnOrderByInvoice(session, invoiceId).catch(() => null),
    getClientDetails(session.clientId),
    getCatalogue(),
  ]);
  // GetInvoice names no currency: an invoice is in its client's currency.
  const { currency } = resolveCurrency(catalogue, client.currencyCode);
  const money = (amount: number) => formatMoney(amount, currency, { withSuffix: true });

  return (
    <div className={`${container} py-10 sm:py-12`}>
      <div className="mx-auto max-w-2xl space-y-6">
        <Notice title="Sandbox">
          This shop runs on the built-in WHMCS sandbox, so no money moves. Marking the invoice paid does what a payment would: the order is
          accepted and its services become Active.
        </Notice>
        <article aria-labelledby="invoice-heading" className={`${card} p-5 sm:p-8`}>
          <h1 id="invoice-heading" className="text-3xl font-semibold tracking-tight">
            Invoice #{invoice.id}
          </h1>
          <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-muted">Status</dt>
              <dd className="font-semibold" data-testid="invoice-status">
                {invoice.status}
              </dd>
            </div>
            <div>
              <dt className="text-muted">Date</dt>
              <dd>{invoice.date ? formatOrderDate(invoice.date) : ''}</dd>
            </div>
            <div>
              <dt className="text-muted">Due</dt>
              <dd>{invoice.dueDate ? formatOrderDate(invoice.dueDate) : ''}</dd>
            </div>
          </dl>
          <table className="mt-6 w-full text-left text-sm">
            <caption className="sr-only">Invoice items</caption>
            <thead>
              <tr className="border-b border-line text-muted">
                <th scope="col" className="py-2 pr-4 font-medium">
                  Description
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.items.map((item, index) => (
                <tr key={index} className="border-b border-line align-top">
                  <td className="py-3 pr-4 whitespace-pre-line">{item.description}</td>
                  <td className="py-3 text-right tabular-nums">{money(item.amount)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="pt-4 pr-4 text-right font-semibold">
                  Total
                </th>
                <td className="pt-4 text-right text-lg font-semibold tabular-nums">{money(invoice.total)}</td>
              </tr>
            </tfoot>
          </table>
          <div className="mt-6 flex flex-wrap items-center gap-3">
            {invoice.status === 'Unpaid' ? (
              <form action={markSandboxInvoicePaidAction}>
                <input type="hidden" name="invoiceId" value={invoice.id} />
                <button type="submit" className={button.primary}>
                  Mark as paid
                </button>
              </form>
            ) : (
              <p className="text-sm text-muted">This invoice is {invoice.status.toLowerCase()}.</p>
            )}
            {order && (
              <Link href={`/order/${order.id}`} className={button.secondary}>
                Back to order {order.orderNumber}
              </Link>
            )}
          </div>
        </article>
      </div>
    </div>
  );
}
