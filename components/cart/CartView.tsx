import Link from 'next/link';
import type { ReactNode } from 'react';
import { payableToday } from '@/lib/cart/tax';
import type { PricedCart } from '@/lib/cart/types';
import { formatMoney } from '@/lib/pricing';
import { button, card, container } from '@/components/ui/styles';
import { CartTotals } from './CartTotals';
import { CartItemCard } from './CartItemCard';
import { CART_TITLE_ID, CartStatus } from './CartStatus';
import { PromoCodeForm } from './PromoCodeForm';
import { DomainLineCard } from './DomainLineCard';
import { NameserversForm } from './NameserversForm';
import { itemCount } from '@/lib/cart/describe';
import type { ExtraPrices } from '@/lib/pricing';

const title = 'text-3xl font-semibold tracking-tight focus:outline-none';

/** What the cart page shows about domains beside the priced cart: the extras' prices and the nameservers. */
export interface CartDomainSettings {
  extraPrices: ExtraPrices | null;
  /** The customer's nameservers for this order; null for the shop's. */
  nameservers: string[] | null;
  defaultNameservers: readonly string[];
}

/** The cart page's content: the items and domains, then the totals, promo code and checkout. */
export function CartView({
  priced,
  promoCode,
  domains,
  taxEstimate,
}: {
  priced: PricedCart;
  promoCode: string | null;
  domains: CartDomainSettings;
  /** Where the tax is estimated for (TaxEstimate). */
  taxEstimate?: ReactNode;
}) {
  const hostingNames = new Map(priced.items.map((line) => [line.item.id, line.product?.name ?? null]));
  if (priced.items.length + priced.domains.length === 0) {
    return (
      <CartStatus>
        <div className={`${container} py-16 text-center sm:py-24`}>
          <h1 id={CART_TITLE_ID} tabIndex={-1} className={title}>
            Your cart is empty
          </h1>
          <p className="mt-3 text-muted">Pick a plan and configure it: it will wait for you here.</p>
          <Link href="/" className={`${button.primary} mt-8`}>
            Browse plans
          </Link>
        </div>
      </CartStatus>
    );
  }

  const checkout = priced.orderable ? (
    <Link href="/checkout" className={`${button.primary} w-full`}>
      Checkout
    </Link>
  ) : (
    <button type="button" disabled className={`${button.primary} w-full`} aria-describedby="cart-not-orderable">
      Checkout
    </button>
  );

  return (
    <CartStatus>
      <div className={`${container} pt-10 pb-32 sm:pt-14 lg:pb-16`}>
        <h1 id={CART_TITLE_ID} tabIndex={-1} className={title}>
          Your cart
        </h1>
        <p className="mt-2 text-muted">
          {itemCount(priced.items.length + priced.domains.length)}, priced in {priced.currency.code}.
        </p>

        <div className="mt-8 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-10">
          <ul className="space-y-4" aria-label="Items in your cart">
            {priced.items.map((item, index) => (
              <li key={item.item.id}>
                <CartItemCard priced={item} currency={priced.currency} headingId={`cart-item-${index}`} />
              </li>
            ))}
            {priced.domains.map((line, index) => (
              <li key={line.domain.id}>
                <DomainLineCard
                  priced={line}
                  currency={priced.currency}
                  extraPrices={domains.extraPrices}
                  hostingName={line.domain.hostingItemId ? (hostingNames.get(line.domain.hostingItemId) ?? null) : null}
                  headingId={`cart-domain-${index}`}
                />
              </li>
            ))}
          </ul>

          <aside id="cart-summary" aria-labelledby="cart-summary-title" className="mt-8 scroll-mt-6 lg:sticky lg:top-6 lg:mt-0">
            <div className={`${card} space-y-6 p-6`}>
              <h2 id="cart-summary-title" className="text-base font-semibold">
                Order summary
              </h2>
              <CartTotals priced={priced} />
              {priced.domains.length > 0 && <NameserversForm current={domains.nameservers} defaults={domains.defaultNameservers} />}
              {taxEstimate}
              <PromoCodeForm
                code={promoCode}
                summary={priced.promotion?.summary ?? null}
                problem={priced.promoProblem}
                conditions={priced.promotion?.conditions ?? []}
              />
              <div>
                {checkout}
                {!priced.orderable && (
                  <p id="cart-not-orderable" className="mt-2 text-sm text-muted">
                    Some items changed or need details from you: review them above before checking out.
                  </p>
                )}
              </div>
            </div>
          </aside>
        </div>
      </div>

      {/* Small screens: what it costs and the way on stay in view. */}
      <div className="fixed inset-x-0 bottom-0 z-10 border-t border-line bg-surface/95 backdrop-blur lg:hidden">
        <div className={`${container} flex items-center justify-between gap-4 py-3`}>
          <p className="min-w-0 text-sm">
            <span className="block font-semibold tabular-nums">{formatMoney(payableToday(priced), priced.currency)} today</span>
            <a href="#cart-summary" className="text-muted underline underline-offset-4">
              Summary
            </a>
          </p>
          {priced.orderable && (
            <Link href="/checkout" className={button.primary}>
              Checkout
            </Link>
          )}
        </div>
      </div>
    </CartStatus>
  );
}
