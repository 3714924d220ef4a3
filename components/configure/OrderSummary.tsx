import { formatMoney } from '@/lib/pricing';
import type { PriceBreakdown } from '@/lib/pricing';
import type { Currency } from '@/lib/whmcs/types';
import { renewalPhrase } from './price-text';

/**
 * The order summary, line by line, with what is due today and what renews. Presentational: the
 * configurator computes the breakdown (lib/pricing) on every change.
 */
export function OrderSummary({
  breakdown,
  currency,
  productName,
}: {
  breakdown: PriceBreakdown;
  currency: Currency;
  productName: string;
}) {
  const money = (amount: number, withSuffix = false) => formatMoney(amount, currency, { withSuffix });
  return (
    <div>
      <h2 id="order-summary-title" className="text-base font-semibold">
        Order summary
      </h2>
      {breakdown.quantity > 1 && (
        <p className="mt-1 text-sm text-muted">
          {breakdown.quantity} × {productName}
        </p>
      )}
      <table className="mt-4 w-full text-sm">
        <caption className="sr-only">Price of each part of your order, due today</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Due today</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.lines.map((line, index) => (
            <tr key={`${line.kind}-${line.optionId ?? index}`} className="border-b border-line last:border-0">
              <th scope="row" className="py-2 pr-4 text-left font-normal text-muted">
                {line.label}
              </th>
              <td className="py-2 text-right font-medium tabular-nums">{money(line.dueToday)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-4 border-t border-line pt-4">
        <p className="flex items-baseline justify-between gap-4">
          <span className="font-semibold">Due today</span>
          <span data-testid="due-today" className="text-2xl font-semibold tracking-tight tabular-nums">
            {money(breakdown.dueToday, true)}
          </span>
        </p>
        <p data-testid="renewal" className="mt-1 text-right text-sm text-muted tabular-nums">
          {renewalPhrase(breakdown.recurring, currency, breakdown.cycle)}
        </p>
      </div>
    </div>
  );
}
