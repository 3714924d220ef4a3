import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCart } from '@/lib/cart';
import { env } from '@/lib/config/env';
import { loadCheckoutReview } from '@/lib/checkout/review';
import { visitorSession } from '@/lib/visitor';
import { CheckoutUnavailable, OrderNeedsAttention } from './CheckoutNotices';
import { GuestCheckout } from './GuestCheckout';
import { ReviewCheckout } from './ReviewCheckout';

export const metadata: Metadata = { title: 'Checkout' };

/**
 * Checkout: a visitor signs in or creates an account here; a signed-in customer reviews the order
 * in their account's currency, picks a payment method and places it (exactly once: see
 * lib/checkout). An empty cart goes back to the cart. This only picks which of those to show.
 */
export default async function CheckoutPage() {
  const cart = await getCart();
  if (cart.items.length + cart.domains.length === 0) redirect('/cart');
  const session = await visitorSession();
  if (!session) return <GuestCheckout cart={cart} />;

  const review = await loadCheckoutReview(session);
  switch (review.kind) {
    case 'unavailable':
      return <CheckoutUnavailable />;
    case 'blocked':
      if (review.outcome.status === 'empty-cart') redirect('/cart');
      return <OrderNeedsAttention message={review.outcome.message} supportUrl={env().SHOP_SUPPORT_URL} />;
    case 'review':
      return <ReviewCheckout review={review} email={session.email} />;
  }
}
