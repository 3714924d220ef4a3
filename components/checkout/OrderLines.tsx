import { cycleEvery, cycleLabel, formatMoney, isRecurringCycle } from '@/lib/pricing';
import type { PricedCart } from '@/lib/cart/types';

/**
 * Every line of the order as it will be placed: product, cycle, quantity, domain, options, and
 * what it costs today and on renewal (after any discount).
 */
export function OrderLines({ priced }: { priced: PricedCart }) {
  const { currency } = priced;
  return (
    <ul className="divide-y divide-line" data-testid="order-lines">
      {priced.items.map(({ item, product, breakdown, discount, recurringDiscount }) => {
        if (!product || !breakdown) return null;
        const options = breakdown.lines.filter((line) => line.kind === 'option').map((line) => line.label);
        return (
          <li key={item.id} className="py-4 first:pt-0 last:pb-0" data-testid="order-line">
            <div className="flex items-start justify-between gap-4">
              <div className="min-w-0">
                <p className="font-semibold">
                  {breakdown.quantity > 1 && <span className="tabular-nums">{breakdown.quantity} × </span>}
                  {product.name}
                </p>
                <p className="text-sm text-muted">
                  {cycleLabel(breakdown.cycle)}
                  {item.domain && (
                    <>
                      {' · '}
                      <span className="break-all">{item.domain}</span>
                    </>
                  )}
                </p>
                {options.length > 0 && <p className="mt-1 text-sm text-muted">{options.join(' · ')}</p>}
              </div>
              <div className="shrink-0 text-right">
                <p className="font-semibold tabular-nums">{formatMoney(breakdown.dueToday - discount, currency)}</p>
                {discount > 0 && (
                  <p className="text-xs text-muted tabular-nums">
                    <s aria-hidden="true">{formatMoney(breakdown.dueToday, currency)}</s>
                    <span className="sr-only">before discount {formatMoney(breakdown.dueToday, currency)}</span>
                  </p>
                )}
                {breakdown.setupTotal > 0 && <p className="text-xs text-muted tabular-nums">incl. {formatMoney(breakdown.setupTotal, currency)} setup</p>}
                {breakdown.recurring !== null && isRecurringCycle(breakdown.cycle) && (
                  <p className="text-xs text-muted tabular-nums">
                    then {formatMoney(breakdown.recurring - recurringDiscount, currency)} {cycleEvery(breakdown.cycle)}
                  </p>
                )}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
