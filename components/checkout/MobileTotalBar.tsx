import { formatMoney } from '@/lib/pricing';
import { payableToday } from '@/lib/cart/tax';
import type { PricedCart } from '@/lib/cart/types';

/**
 * On small screens the summary sits below the forms: this bar keeps "what do I pay today" in
 * view and jumps to the full summary.
 */
export function MobileTotalBar({ priced, target = '#order-summary' }: { priced: PricedCart; target?: string }) {
  return (
    <div className="sticky top-0 z-10 -mx-4 mb-6 border-b border-line bg-surface/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6 lg:hidden print:hidden">
      <a href={target} className="flex min-h-11 items-center justify-between gap-4 text-sm">
        <span>
          Due today <strong className="text-base font-semibold tabular-nums">{formatMoney(payableToday(priced), priced.currency, { withSuffix: true })}</strong>
        </span>
        <span className="font-semibold text-accent-text underline underline-offset-4">View order</span>
      </a>
    </div>
  );
}
