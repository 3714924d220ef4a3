import Link from 'next/link';
import { Notice } from '@/components/ui/Notice';
import { button } from '@/components/ui/styles';
import { CheckoutFrame } from './CheckoutFrame';

/** WHMCS cannot be reached: nothing can be reviewed or placed right now. */
export function CheckoutUnavailable() {
  return (
    <CheckoutFrame>
      <div className="mt-6 max-w-2xl">
        <Notice tone="warning" title="Checkout is unavailable for a moment" role="alert">
          We could not reach our billing system. Nothing has been ordered and your cart is kept. Please try again in a minute.
        </Notice>
      </div>
    </CheckoutFrame>
  );
}

/** The cart cannot be ordered as it is (or the account cannot order): why, and the way back to the cart. */
export function OrderNeedsAttention({ message }: { message: string }) {
  return (
    <CheckoutFrame>
      <div className="mt-6 max-w-2xl space-y-4">
        <Notice tone="warning" title="Your order needs attention" role="alert">
          {message}
        </Notice>
        <Link href="/cart" className={button.primary}>
          Review your cart
        </Link>
      </div>
    </CheckoutFrame>
  );
}
