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

/**
 * The cart cannot be ordered as it is (or the account cannot order, e.g. it is closed): why, the
 * way back to the cart, and the shop's support (SHOP_SUPPORT_URL) when it has a page.
 */
export function OrderNeedsAttention({ message, supportUrl }: { message: string; supportUrl?: string }) {
  return (
    <CheckoutFrame>
      <div className="mt-6 max-w-2xl space-y-4">
        <Notice tone="warning" title="Your order needs attention" role="alert">
          {message}
        </Notice>
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/cart" className={button.primary}>
            Review your cart
          </Link>
          {supportUrl ? (
            <a href={supportUrl} className={button.secondary}>
              Contact support
            </a>
          ) : null}
        </div>
      </div>
    </CheckoutFrame>
  );
}
