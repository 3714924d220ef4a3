import type { Metadata } from 'next';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { cartCurrencyCode, getCart, priceCart } from '@/lib/cart';
import { domainSettings } from '@/lib/domains';
import { extraPricesFor } from '@/lib/domains/extras';
import { chosenCurrencyCode } from '@/lib/visitor';
import { CartView } from '@/components/cart/CartView';
import { ShopFrame } from '@/components/layout/ShopFrame';
import { Notice } from '@/components/ui/Notice';
import { container } from '@/components/ui/styles';

export const metadata: Metadata = {
  title: 'Your cart',
  robots: { index: false },
};

/**
 * The cart, re-priced from the current catalogue and promotions on every view (rendered per
 * request: it reads the cart and currency cookies).
 */
export default async function CartPage() {
  return (
    <ShopFrame currencyCode={await chosenCurrencyCode()}>
      <CartContents />
    </ShopFrame>
  );
}

/** The priced cart, or null when the catalogue cannot be loaded at all (WHMCS down, nothing cached). */
async function pricedCart() {
  const cart = await getCart();
  try {
    return { cart, priced: await priceCart(cart, await cartCurrencyCode()) };
  } catch (error) {
    if (error instanceof CatalogueUnavailableError) return null;
    throw error;
  }
}

async function CartContents() {
  const loaded = await pricedCart();
  if (loaded) {
    const settings = domainSettings();
    const domains = {
      extraPrices: extraPricesFor(settings, loaded.priced.currency.code),
      nameservers: loaded.cart.nameservers,
      defaultNameservers: settings.nameservers ?? [],
    };
    return <CartView priced={loaded.priced} promoCode={loaded.cart.promoCode} domains={domains} />;
  }
  return (
    <div className={`${container} py-16`}>
      <h1 className="text-3xl font-semibold tracking-tight">Your cart</h1>
      <div className="mt-6 max-w-2xl">
        <Notice tone="warning" role="status" title="We can't price your cart right now">
          Our billing system is not answering. Your cart is saved: please try again in a few minutes.
        </Notice>
      </div>
    </div>
  );
}
