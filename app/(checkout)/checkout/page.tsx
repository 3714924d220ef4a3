import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { env } from '@/lib/config/env';
import { countries } from '@/lib/geo/countries';
import { cartCurrencyCode, getCart, priceCart } from '@/lib/cart';
import type { PricedCart } from '@/lib/cart/types';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { loadCheckoutReview } from '@/lib/checkout/review';
import { formatMoney } from '@/lib/pricing';
import { getSession } from '@/lib/session';
import { SignOutButton } from '@/components/account/SignOutButton';
import { AccountStep } from '@/components/checkout/AccountStep';
import { MobileTotalBar } from '@/components/checkout/MobileTotalBar';
import { OrderSummary } from '@/components/checkout/OrderSummary';
import { PlaceOrderForm } from '@/components/checkout/PlaceOrderForm';
import { Notice } from '@/components/ui/Notice';
import { button, card, container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Checkout' };

function Frame({ children, priced }: { children: React.ReactNode; priced?: PricedCart | null }) {
  return (
    <div className={`${container} py-8 sm:py-12`}>
      {priced && <MobileTotalBar priced={priced} />}
      <h1 className="text-3xl font-semibold tracking-tight">Checkout</h1>
      {children}
    </div>
  );
}

function Unavailable() {
  return (
    <Frame>
      <div className="mt-6 max-w-2xl">
        <Notice tone="warning" title="Checkout is unavailable for a moment" role="alert">
          We could not reach our billing system. Nothing has been ordered and your cart is kept. Please try again in a minute.
        </Notice>
      </div>
    </Frame>
  );
}

/**
 * Checkout: a visitor signs in or creates an account here; a signed-in customer reviews the order
 * in their account's currency, picks a payment method and places it (exactly once: see
 * lib/checkout). An empty cart goes back to the cart.
 */
export default async function CheckoutPage() {
  const cart = await getCart();
  if (cart.items.length === 0) redirect('/cart');
  const session = await getSession();

  if (!session) {
    let priced: PricedCart | null = null;
    try {
      priced = await priceCart(cart, await cartCurrencyCode());
    } catch (error) {
      if (!(error instanceof CatalogueUnavailableError)) throw error;
    }
    return (
      <Frame priced={priced}>
        <p className="mt-2 text-muted">Sign in or create an account, then review and place your order.</p>
        <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <AccountStep countries={countries()} />
          <aside className="lg:sticky lg:top-6 lg:self-start">
            {priced ? (
              <>
                <OrderSummary priced={priced} />
                <p className="mt-3 text-sm text-muted">
                  Prices in {priced.currency.code}. Your account’s currency decides the final one: if it differs, we show your order again in
                  that currency before you place it.
                </p>
              </>
            ) : (
              <Notice tone="warning">Your order summary is unavailable for a moment.</Notice>
            )}
          </aside>
        </div>
      </Frame>
    );
  }

  const review = await loadCheckoutReview(session);
  if (review.kind === 'unavailable') return <Unavailable />;
  if (review.kind === 'blocked') {
    if (review.outcome.status === 'empty-cart') redirect('/cart');
    return (
      <Frame>
        <div className="mt-6 max-w-2xl space-y-4">
          <Notice tone="warning" title="Your order needs attention" role="alert">
            {'message' in review.outcome ? review.outcome.message : null}
          </Notice>
          <Link href="/cart" className={button.primary}>
            Review your cart
          </Link>
        </div>
      </Frame>
    );
  }

  const { client, priced, paymentMethods } = review;
  const browsedIn = await cartCurrencyCode().catch(() => priced.currency.code);
  const repriced = browsedIn.toUpperCase() !== priced.currency.code.toUpperCase();
  const dueToday = formatMoney(priced.totals.dueToday, priced.currency, { withSuffix: true });

  return (
    <Frame priced={priced}>
      <div className="mt-2 flex flex-wrap items-center gap-x-2 text-muted">
        <span>
          Signed in as <strong className="font-semibold text-fg">{session.email}</strong>. Not you?
        </span>
        <SignOutButton />
      </div>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          {repriced && (
            <Notice tone="warning" title={`Your order is priced in ${priced.currency.code}`} role="status">
              You were browsing prices in {browsedIn}. Your account is billed in {priced.currency.code}, which cannot be changed for an existing
              account, so every amount below has been worked out again in {priced.currency.code}. Please check them before you place your order.
            </Notice>
          )}
          <section aria-labelledby="pay-heading" className={`${card} p-5 sm:p-6`}>
            <h2 id="pay-heading" className="text-lg font-semibold">
              Payment
            </h2>
            <p className="mt-1 text-sm text-muted">
              Placing the order creates an invoice for {client.firstName || 'you'} {client.lastName} to pay by the method you choose.
            </p>
            <div className="mt-5">
              {paymentMethods.length > 0 ? (
                <PlaceOrderForm
                  attemptKey={review.attemptKey}
                  reviewed={review.reviewed}
                  paymentMethods={paymentMethods}
                  pendingCheck={review.awaitingAnswer}
                  dueToday={dueToday}
                  termsUrl={env().SHOP_TERMS_URL ?? null}
                />
              ) : (
                <Notice tone="warning" role="alert">
                  No payment method is available right now, so orders cannot be placed. Please contact support.
                </Notice>
              )}
            </div>
          </section>
        </div>
        <aside className="lg:sticky lg:top-6 lg:self-start">
          <OrderSummary priced={priced} title="Review your order" />
          <p className="mt-3 text-sm">
            <Link href="/cart" className="inline-flex min-h-11 items-center font-semibold text-accent-text underline-offset-4 hover:underline">
              Change your cart
            </Link>
          </p>
        </aside>
      </div>
    </Frame>
  );
}
