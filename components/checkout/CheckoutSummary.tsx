import type { PricedCart } from '@/lib/cart/types';
import { CartTotals } from '@/components/cart/CartTotals';
import { card } from '@/components/ui/styles';
import { OrderLines } from './OrderLines';

/** Checkout's summary of the cart as it would be ordered: its lines and totals, with a heading for the landmark. */
export function CheckoutSummary({ priced, title = 'Your order', id = 'order-summary' }: { priced: PricedCart; title?: string; id?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className={`${card} p-5 sm:p-6`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-4">
        <OrderLines priced={priced} />
      </div>
      <div className="mt-5 border-t border-line pt-4">
        <CartTotals priced={priced} />
      </div>
    </section>
  );
}
