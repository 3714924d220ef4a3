import { invoiceDifference, type ShownAtCheckout } from '@/lib/checkout/invoiced-tax';
import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat, Invoice } from '@/lib/whmcs/types';
import { percent } from '@/components/cart/TaxLines';

/**
 * The receipt's tax: what WHMCS's invoice actually charges (GetInvoice's subtotal, each level's
 * rate and tax, total) and, when that is not what the checkout showed, a sentence saying so.
 */
export function InvoiceTax({
  invoice,
  shown,
  currency,
  taxName,
}: {
  invoice: Pick<Invoice, 'id' | 'subtotal' | 'tax' | 'taxLevels' | 'total'>;
  shown: ShownAtCheckout | null;
  currency: CurrencyFormat;
  /** "VAT" or "Tax", as the shop calls it. */
  taxName: string;
}) {
  const money = (amount: number) => formatMoney(amount, currency, { withSuffix: true });
  const difference = invoiceDifference(shown, invoice, currency);
  if (invoice.tax === 0 && !difference) return null;
  return (
    <section aria-labelledby="invoice-tax-heading" className="space-y-3" data-testid="invoice-tax">
      <h2 id="invoice-tax-heading" className="text-base font-semibold">
        Invoice #{invoice.id}
      </h2>
      <dl className="space-y-2 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-muted">Subtotal</dt>
          <dd className="tabular-nums">{money(invoice.subtotal)}</dd>
        </div>
        {invoice.taxLevels.map((level) => (
          <div key={level.level} className="flex justify-between gap-4" data-testid="invoice-tax-line">
            <dt className="text-muted">
              {taxName} {percent(level.rate)}
            </dt>
            <dd className="tabular-nums">{money(level.amount)}</dd>
          </div>
        ))}
        <div className="flex justify-between gap-4 border-t border-line pt-2 font-semibold">
          <dt>Invoice total</dt>
          <dd className="tabular-nums" data-testid="invoice-total">
            {money(invoice.total)}
          </dd>
        </div>
      </dl>
      {difference && (
        <p className="text-sm font-medium" data-testid="invoice-difference">
          {difference}
        </p>
      )}
    </section>
  );
}
