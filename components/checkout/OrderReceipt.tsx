import type { OrderedItem } from '@/lib/checkout/ordered-items';
import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat, Order } from '@/lib/whmcs/types';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** WHMCS dates ("2025-06-01 12:34:56") as "1 June 2025"; as given when they do not parse. */
export function formatOrderDate(value: string): string {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/**
 * The order as WHMCS recorded it: number, date, lines, total, invoice. WHMCS's figures, not the
 * storefront's: this is what the customer will be invoiced.
 */
export function OrderReceipt({
  order,
  items,
  currency,
  paymentMethodName,
}: {
  order: Order;
  items: OrderedItem[];
  currency: CurrencyFormat & { format?: number };
  paymentMethodName: string;
}) {
  const money = (amount: number) => formatMoney(amount, currency, { withSuffix: true });
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2" data-testid="order-facts">
        <div>
          <dt className="text-muted">Order number</dt>
          <dd className="font-semibold tabular-nums" data-testid="order-number">
            {order.orderNumber}
          </dd>
        </div>
        <div>
          <dt className="text-muted">Date</dt>
          <dd>
            <time dateTime={order.date.slice(0, 10)}>{formatOrderDate(order.date)}</time>
          </dd>
        </div>
        <div>
          <dt className="text-muted">Invoice</dt>
          <dd className="tabular-nums" data-testid="invoice-number">
            {order.invoiceId ? `#${order.invoiceId}` : 'No invoice: nothing to pay'}
          </dd>
        </div>
        {/* Without an invoice there is nothing to pay, so no payment method to name. */}
        {order.invoiceId ? (
          <div>
            <dt className="text-muted">Payment</dt>
            <dd>
              {paymentMethodName} · {order.paymentStatus || 'Unpaid'}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-muted">Order status</dt>
          <dd data-testid="order-status">{order.status}</dd>
        </div>
        {order.promoCode && (
          <div>
            <dt className="text-muted">Promo code</dt>
            <dd>{order.promoCode}</dd>
          </div>
        )}
      </dl>

      <table className="w-full text-left text-sm" data-testid="order-items">
        <caption className="sr-only">Items in this order</caption>
        <thead>
          <tr className="border-b border-line text-muted">
            <th scope="col" className="py-2 pr-4 font-medium">
              Item
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Billing cycle
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={index} className="border-b border-line align-top" data-testid="order-item">
              <td className="py-3 pr-4">
                <span className="font-medium">
                  {item.quantity > 1 && <span className="tabular-nums">{item.quantity} × </span>}
                  {item.name}
                </span>
                {item.domain && <span className="block break-all text-muted">{item.domain}</span>}
                {item.details.length > 0 && <span className="block break-words text-muted">{item.details.join(' · ')}</span>}
              </td>
              <td className="py-3 pr-4">{item.cycle}</td>
              <td className="py-3 text-right tabular-nums">{money(item.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2} className="pt-4 pr-4 text-right font-semibold">
              Total
            </th>
            <td className="pt-4 text-right text-lg font-semibold tabular-nums" data-testid="order-total">
              {money(order.amount)}
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="text-xs text-muted">
        Amounts as our billing system recorded them, including any discount. The invoice is the final word on what you pay.
      </p>
    </div>
  );
}
