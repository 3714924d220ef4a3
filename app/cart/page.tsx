import type { Metadata } from 'next';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { cartCurrencyCode, getCart, priceCart } from '@/lib/cart';
import { domainSettings } from '@/lib/domains';
import { extraPricesFor } from '@/lib/domains/extras';
import { taxForCart } from '@/lib/cart/tax-estimate';
import { chosenCurrencyCode } from '@/lib/visitor';
import { parseTaxPlace, type ChosenTaxPlace, TAX_COUNTRY_PARAM, TAX_STATE_PARAM } from '@/lib/visitor/tax-place';
import { TaxEstimate } from '@/components/cart/TaxEstimate';
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
 * request: it reads the cart, currency and tax place cookies). `?country=&state=` is the tax
 * picker's choice without JavaScript.
 */
export default async function CartPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : null);
  const requested = parseTaxPlace(text(params[TAX_COUNTRY_PARAM]), text(params[TAX_STATE_PARAM]));
  return (
    <ShopFrame currencyCode={await chosenCurrencyCode()}>
      <CartContents requested={requested} />
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

async function CartContents({ requested }: { requested: ChosenTaxPlace | null }) {
  const loaded = await pricedCart();
  if (loaded) {
    const { priced, source } = await taxForCart(loaded.priced, requested);
    const settings = domainSettings();
    const domains = {
      extraPrices: extraPricesFor(settings, priced.currency.code),
      nameservers: loaded.cart.nameservers,
      defaultNameservers: settings.nameservers ?? [],
    };
    return <CartView priced={priced} promoCode={loaded.cart.promoCode} domains={domains} taxEstimate={source && <TaxEstimate source={source} />} />;
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
