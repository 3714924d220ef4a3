import { analyticsOn } from '@/lib/analytics/config';
import { purchaseEvent } from '@/lib/analytics/items';
import { TrackEvent } from '@/components/analytics/TrackEvent';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { hasSomethingToPay, JUST_PLACED_COOKIE, receiptGreeting } from '@/lib/checkout/next-step';
import { getOrderedItems, getOwnOrder } from '@/lib/checkout/orders';
import { usesSandbox } from '@/lib/config/env';
import { requireSession } from '@/lib/session';
import { getInvoice, getPaymentMethods, WhmcsError } from '@/lib/whmcs';
import type { CurrencyFormat, Invoice } from '@/lib/whmcs/types';
import { decodeShown, SHOWN_AT_CHECKOUT_COOKIE } from '@/lib/checkout/invoiced-tax';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { InvoiceTax } from '@/components/checkout/InvoiceTax';
import { CartRefresh } from '@/components/checkout/CartRefresh';
import { PayNowButton } from '@/components/checkout/PayNowButton';
import { formatOrderDate, OrderReceipt } from '@/components/checkout/OrderReceipt';
import { PrintButton } from '@/components/checkout/PrintButton';
import { Notice } from '@/components/ui/Notice';
import { button, card, container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Your order' };

const orderIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

async function currencyOf(code: string): Promise<CurrencyFormat & { format?: number }> {
  try {
    const { currency, known } = resolveCurrency(await getCatalogue(), code);
    if (known) return currency;
  } catch {
    // The receipt is still readable with the bare code.
  }
  return { code, prefix: '', suffix: code };
}

async function paymentMethodName(module: string): Promise<string> {
  try {
    return (await getPaymentMethods()).find((method) => method.module === module)?.displayName ?? module;
  } catch {
    return module;
  }
}

/** The order's invoice as WHMCS has it (its status, its real tax); null without one or while WHMCS does not answer. */
async function invoiceOf(invoiceId: number | null): Promise<Invoice | null> {
  if (invoiceId === null) return null;
  try {
    return await getInvoice(invoiceId);
  } catch {
    return null;
  }
}

/**
 * An order's receipt, for its own client only (anyone else gets the same 404 as a missing order),
 * and the next step: paying its invoice.
 */
export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = orderIdSchema.safeParse((await params).orderId);
  if (!parsed.success) notFound();
  const orderId = parsed.data;
  const session = await requireSession(`/order/${orderId}`);
  const { paid, pay } = await searchParams;

  let order: Awaited<ReturnType<typeof getOwnOrder>>;
  try {
    order = await getOwnOrder(session, orderId);
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    return (
      <div className={`${container} py-10`}>
        <h1 className="text-3xl font-semibold tracking-tight">Order {orderId}</h1>
        <div className="mt-6 max-w-2xl">
          <Notice tone="warning" title="We could not load this order just now" role="alert">
            Our billing system did not answer. Your order is safe; please reload this page in a minute.
          </Notice>
        </div>
      </div>
    );
  }
  if (!order) notFound();

  const [items, currency, methodName, invoice, jar, taxPolicy] = await Promise.all([
    getOrderedItems(session, order),
    currencyOf(order.currencyCode),
    paymentMethodName(order.paymentMethod),
    invoiceOf(order.invoiceId),
    cookies(),
    availableTaxPolicy(),
  ]);
  // `?paid=1` only asks the page to check; WHMCS's invoice status proves it.
  const justPaid = Boolean(paid) && invoice?.status === 'Paid';
  const unpaidInvoice = hasSomethingToPay(order) ? order.invoiceId : null;
  const justPlaced = jar.has(JUST_PLACED_COOKIE);

  return (
    <div className={`${container} py-10 sm:py-12`}>
      <CartRefresh />
      {/* Once per order: only while this browser just placed it, and never again in it (trackOnce). */}
      {justPlaced && analyticsOn() && <TrackEvent event={purchaseEvent(order)} once={`purchase:${order.id}`} />}
      {/* A receipt prints alone: the shop's header, navigation and footer stay on screen. React hoists this into <head>. */}
      <style href="order-receipt-print" precedence="default">
        {'@media print { body > div > header, body > div > footer, body > div > a[href="#main"] { display: none !important; } }'}
      </style>
      <div className="mx-auto max-w-3xl">
        <article aria-labelledby="order-heading" className={`${card} p-5 sm:p-8 print:border-0 print:p-0`} data-testid="receipt">
          <p className={`text-sm font-semibold print:hidden ${justPlaced ? 'text-success' : 'text-muted'}`} data-testid="receipt-greeting">
            {receiptGreeting(order, formatOrderDate(order.date), justPlaced)}
          </p>
          <h1 id="order-heading" className="mt-1 text-3xl font-semibold tracking-tight">
            Order {order.orderNumber}
          </h1>
          {justPaid && (
            <div className="mt-4">
              <Notice title="Invoice paid" role="status">
                Thank you. Your order is accepted and your services are being set up.
              </Notice>
            </div>
          )}
          <div className="mt-6">
            <OrderReceipt order={order} items={items} currency={currency} paymentMethodName={methodName} />
          </div>
          {invoice && (
            <div className="mt-6 border-t border-line pt-6 empty:hidden">
              <InvoiceTax
                invoice={invoice}
                shown={decodeShown(jar.get(SHOWN_AT_CHECKOUT_COOKIE)?.value)}
                currency={currency}
                taxName={taxPolicy?.label ?? 'Tax'}
              />
            </div>
          )}
        </article>

        <section aria-labelledby="next-step-heading" className="mt-6 print:hidden">
          <h2 id="next-step-heading" className="text-lg font-semibold">
            Next step
          </h2>
          {unpaidInvoice !== null ? (
            <div className="mt-3 space-y-3">
              <p className="text-muted">
                Pay invoice #{unpaidInvoice} to start your services. You will get a copy by email.
              </p>
              {pay === 'unavailable' && (
                <Notice tone="warning" role="alert">
                  We could not open the billing portal just now. Please try again in a minute.
                </Notice>
              )}
              <PayNowButton orderId={order.id} invoiceId={unpaidInvoice} sandbox={usesSandbox()} />
            </div>
          ) : (
            <p className="mt-3 text-muted">
              {order.invoiceId ? 'The invoice is paid. ' : 'There is nothing to pay. '}
              <Link href="/account/services" className="font-semibold text-accent-text underline underline-offset-4">
                See your services
              </Link>
            </p>
          )}
          <div className="mt-6 flex flex-wrap gap-3">
            <PrintButton />
            <Link href="/account/services" className={button.secondary}>
              Your services
            </Link>
          </div>
        </section>
      </div>
    </div>
  );
}
