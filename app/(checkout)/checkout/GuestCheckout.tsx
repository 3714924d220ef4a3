import { cartCurrencyCode, priceCart } from '@/lib/cart';
import { taxForCart } from '@/lib/cart/tax-estimate';
import type { Cart, PricedCart } from '@/lib/cart/types';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { countries } from '@/lib/geo/countries';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { AccountStep } from '@/components/checkout/AccountStep';
import { CheckoutSummary } from '@/components/checkout/CheckoutSummary';
import { Notice } from '@/components/ui/Notice';
import { CheckoutFrame } from './CheckoutFrame';

/** The cart in the currency the visitor browsed in, with the tax for the place they chose in the cart; null while the catalogue is unavailable. */
async function priceForGuest(cart: Cart): Promise<PricedCart | null> {
  try {
    return (await taxForCart(await priceCart(cart, await cartCurrencyCode()), null)).priced;
  } catch (error) {
    if (error instanceof CatalogueUnavailableError) return null;
    throw error;
  }
}

/** Checkout for a visitor who is not signed in: sign in or create an account, beside the order so far. */
export async function GuestCheckout({ cart }: { cart: Cart }) {
  const priced = await priceForGuest(cart);
  return (
    <CheckoutFrame priced={priced}>
      <p className="mt-2 text-muted">Sign in or create an account, then review and place your order.</p>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <AccountStep countries={countries()} vatNumber={(await availableTaxPolicy())?.vatNumberField ?? false} />
        <aside className="lg:sticky lg:top-6 lg:self-start">
          {priced ? (
            <>
              <CheckoutSummary priced={priced} />
              <p className="mt-3 text-sm text-muted">
                Prices in {priced.currency.code}. Your account’s currency decides the final one: if it differs, we show your order again in that
                currency before you place it.{priced.tax && ' The tax follows your billing address.'}
              </p>
            </>
          ) : (
            <Notice tone="warning">Your order summary is unavailable for a moment.</Notice>
          )}
        </aside>
      </div>
    </CheckoutFrame>
  );
}
