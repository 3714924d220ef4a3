import { cycleEvery, cycleLabel, formatMoney, isRecurringCycle } from '@/lib/pricing';
import { extraLabel, yearsLabel } from '@/lib/cart/describe';
import type { PricedCart } from '@/lib/cart/types';
import { DOMAIN_EXTRAS } from '@/lib/whmcs/types';

/**
 * Every line of the order as it will be placed: product and what it costs today on one row,
 * then cycle, domain, options, setup and renewal as text across the full width (a narrow
 * column beside the price would squeeze them to a word per line).
 */
export function OrderLines({ priced }: { priced: PricedCart }) {
  const { currency } = priced;
  return (
    <ul className="divide-y divide-line" data-testid="order-lines">
      {priced.items.map(({ item, product, breakdown, discount, recurringDiscount }) => {
        if (!product || !breakdown) return null;
        const options = breakdown.lines.filter((line) => line.kind === 'option').map((line) => line.label);
        const addons = breakdown.lines.filter((line) => line.kind === 'addon');
        const money = [
          breakdown.setupTotal > 0 ? `incl. ${formatMoney(breakdown.setupTotal, currency)} setup` : null,
          breakdown.recurring !== null && isRecurringCycle(breakdown.cycle)
            ? `then ${formatMoney(breakdown.recurring - recurringDiscount, currency)} ${cycleEvery(breakdown.cycle)}`
            : null,
        ].filter((text) => text !== null);
        return (
          <li key={item.id} className="py-4 first:pt-0 last:pb-0" data-testid="order-line">
            <div className="flex items-baseline justify-between gap-4">
              <p className="min-w-0 font-semibold">
                {breakdown.quantity > 1 && <span className="tabular-nums">{breakdown.quantity} × </span>}
                {product.name}
              </p>
              <p className="shrink-0 text-right font-semibold tabular-nums">
                {discount > 0 && (
                  <>
                    <s aria-hidden="true" className="mr-2 text-xs font-normal text-muted">
                      {formatMoney(breakdown.dueToday, currency)}
                    </s>
                    <span className="sr-only">before discount {formatMoney(breakdown.dueToday, currency)}, now </span>
                  </>
                )}
                {formatMoney(breakdown.dueToday - discount, currency)}
              </p>
            </div>
            <p className="text-sm text-muted">
              {cycleLabel(breakdown.cycle)}
              {item.domain && (
                <>
                  {' · '}
                  <span className="break-all">{item.domain}</span>
                </>
              )}
              {item.server && (
                <>
                  {' · '}
                  <span className="break-all">{item.server.hostname}</span>
                </>
              )}
            </p>
            {options.length > 0 && <p className="mt-1 text-sm text-muted">{options.join(' · ')}</p>}
            {addons.length > 0 && (
              <p className="mt-1 text-sm text-muted tabular-nums">
                Addons: {addons.map((addon) => `${addon.label} ${formatMoney(addon.dueToday, currency)}`).join(' · ')}
              </p>
            )}
            {money.length > 0 && <p className="mt-1 text-xs text-muted tabular-nums">{money.join(' · ')}</p>}
          </li>
        );
      })}
      {priced.domains.map(({ domain, price, discount, recurringDiscount }) => {
        if (!price) return null;
        const extras = DOMAIN_EXTRAS.filter((extra) => domain.extras[extra]).map(extraLabel);
        return (
          <li key={domain.id} className="py-4 first:pt-0 last:pb-0" data-testid="order-line">
            <div className="flex items-baseline justify-between gap-4">
              <p className="min-w-0 font-semibold break-all">{domain.display}</p>
              <p className="shrink-0 text-right font-semibold tabular-nums">{formatMoney(price.dueToday - discount, currency)}</p>
            </div>
            <p className="text-sm text-muted">
              {domain.type === 'register' ? 'Registration' : 'Transfer'} · {yearsLabel(price.years)}
              {extras.length > 0 && ` · ${extras.join(', ')}`}
            </p>
            {price.renewal !== null && (
              <p className="mt-1 text-xs text-muted tabular-nums">
                renews at {formatMoney(price.renewal - recurringDiscount, currency)} every {price.years === 1 ? 'year' : yearsLabel(price.years)}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
