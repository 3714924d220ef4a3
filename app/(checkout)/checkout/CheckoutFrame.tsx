import type { PricedCart } from '@/lib/cart/types';
import { MobileTotalBar } from '@/components/checkout/MobileTotalBar';
import { container } from '@/components/ui/styles';

/** Around every state of checkout: the heading and, on small screens, what is due today. */
export function CheckoutFrame({ children, priced }: { children: React.ReactNode; priced?: PricedCart | null }) {
  return (
    <div className={`${container} py-8 sm:py-12`}>
      {priced && <MobileTotalBar priced={priced} />}
      <h1 className="text-3xl font-semibold tracking-tight">Checkout</h1>
      {children}
    </div>
  );
}
