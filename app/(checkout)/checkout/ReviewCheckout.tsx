import { analyticsOn } from '@/lib/analytics/config';
import { cartEvent } from '@/lib/analytics/items';
import { TrackEvent } from '@/components/analytics/TrackEvent';
import Link from 'next/link';
import { cartCurrencyCode } from '@/lib/cart';
import { payableToday } from '@/lib/cart/tax';
import { taxForClient } from '@/lib/cart/tax-estimate';
import type { PricedCart } from '@/lib/cart/types';
import { encodeShown } from '@/lib/checkout/invoiced-tax';
import type { CheckoutReview } from '@/lib/checkout/review';
import { isFreeOrder } from '@/lib/checkout/submit-order';
import { env } from '@/lib/config/env';
import { formatMoney } from '@/lib/pricing';
import { termsHref } from '@/lib/shop/terms';
import { SignOutButton } from '@/components/account/SignOutButton';
import { CheckoutSummary } from '@/components/checkout/CheckoutSummary';
import { PlaceOrderForm } from '@/components/checkout/PlaceOrderForm';
import { Notice } from '@/components/ui/Notice';
import { card } from '@/components/ui/styles';
import { CheckoutFrame } from './CheckoutFrame';

type Review = Extract<CheckoutReview, { kind: 'review' }>;

/** What this page shows as tax and total, carried to the receipt; nothing when it shows no tax. */
function shownOf(priced: PricedCart): string | undefined {
  return priced.tax ? encodeShown({ tax: priced.tax.dueToday.tax, total: priced.tax.dueToday.total }) : undefined;
}

/** The order is priced in the account's currency, not the one the customer browsed in: say so before anything else. */
async function RepricedNotice({ billedIn }: { billedIn: string }) {
  const browsedIn = await cartCurrencyCode().catch(() => billedIn);
  if (browsedIn.toUpperCase() === billedIn.toUpperCase()) return null;
  return (
    <Notice tone="warning" title={`Your order is priced in ${billedIn}`} role="status">
      You were browsing prices in {browsedIn}. Your account is billed in {billedIn}, which cannot be changed for an existing account, so every
      amount of your order has been worked out again in {billedIn}. Please check them before you place your order.
    </Notice>
  );
}

/** Nothing to pay, today or later: no payment step, just the terms and "Place order". */
function FreeOrderStep({ review }: { review: Review }) {
  const { priced } = review;
  return (
    <section aria-labelledby="place-heading" className={`${card} p-5 sm:p-6`}>
      <h2 id="place-heading" className="text-lg font-semibold">
        Place your order
      </h2>
      <p className="mt-1 text-sm text-muted">There is nothing to pay for this order, so there is no invoice and no payment method to choose.</p>
      <div className="mt-5">
        <PlaceOrderForm
          attemptKey={review.attemptKey}
          reviewed={review.reviewed}
          paymentMethods={[]}
          pendingCheck={review.awaitingAnswer}
          dueToday={formatMoney(payableToday(priced), priced.currency, { withSuffix: true })}
          termsUrl={termsHref(env().SHOP_TERMS_URL)}
          supportUrl={env().SHOP_SUPPORT_URL}
          shown={shownOf(priced)}
        />
      </div>
    </section>
  );
}

/** How the order is paid, and "Place order". */
function PaymentStep({ review }: { review: Review }) {
  const { client, priced, paymentMethods } = review;
  return (
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
            dueToday={formatMoney(payableToday(priced), priced.currency, { withSuffix: true })}
            termsUrl={termsHref(env().SHOP_TERMS_URL)}
            shown={shownOf(priced)}
          />
        ) : (
          <Notice tone="warning" role="alert">
            No payment method is available right now, so orders cannot be placed. Please contact support.
          </Notice>
        )}
      </div>
    </section>
  );
}

/**
 * A signed-in customer's checkout: the order to review first (on small screens above the
 * payment; beside it, and in view while scrolling, on wide ones), then payment and the button.
 */
export async function ReviewCheckout({ review: untaxed, email }: { review: Review; email: string }) {
  // The tax for the client's own address and exemption: shown here, and charged by WHMCS on the invoice.
  const review = { ...untaxed, priced: await taxForClient(untaxed.priced, untaxed.client) };
  const { priced } = review;
  return (
    <CheckoutFrame priced={priced}>
      <div className="mt-2 flex flex-wrap items-center gap-x-2 text-muted">
        <span>
          Signed in as <strong className="font-semibold text-fg">{email}</strong>. Not you?
        </span>
        <SignOutButton />
      </div>
      <div className="mt-6 empty:hidden">
        <RepricedNotice billedIn={priced.currency.code} />
      </div>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-3 lg:sticky lg:top-6 lg:col-start-2 lg:row-start-1 lg:self-start">
          <CheckoutSummary priced={priced} title="Review your order" />
          <p className="text-sm">
            <Link href="/cart" className="inline-flex min-h-11 items-center font-semibold text-accent-text underline-offset-4 hover:underline">
              Change your cart
            </Link>
          </p>
        </div>
        <div className="lg:col-start-1 lg:row-start-1">
          {isFreeOrder(priced) ? <FreeOrderStep review={review} /> : <PaymentStep review={review} />}
        </div>
      </div>
      {analyticsOn() && <TrackEvent event={cartEvent('begin_checkout', priced)} />}
    </CheckoutFrame>
  );
}
