import 'server-only';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { domainSettings, tldPricing } from '@/lib/domains';
import { extraPricesFor } from '@/lib/domains/extras';
import { visitorCartId, visitorCurrency } from '@/lib/visitor';
import { getPromotions, WhmcsError } from '@/lib/whmcs';
import { priceCartWith, type DomainPricing, type PromotionLookup } from './pricing';
import { carts } from './session';
import type { Currency } from '@/lib/whmcs/types';
import type { Cart, CartSummary, PricedCart } from './types';

/**
 * The cart, for pages and for checkout. Server-only. The cart lives in the store database under a
 * random id named by the httpOnly `cart` cookie (./session); it is re-priced from the current
 * catalogue and promotions on every call to `priceCart`.
 *
 * Changing the cart is done by the server actions in components/cart/actions.ts.
 */

export type { Cart, CartSummary, PricedCart } from './types';

const EMPTY: Cart = { id: '', items: [], domains: [], promoCode: null, nameservers: null };

/** Today's date for promotion start and expiry checks (UTC, as YYYY-MM-DD). */
export function promotionDate(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The visitor's cart from the cookie; an empty cart (id '', not stored) when there is none. */
export async function getCart(): Promise<Cart> {
  const id = await visitorCartId();
  return (id && (await carts().load(id, new Date()))) || { ...EMPTY, items: [], domains: [] };
}

/** For the badge: how many lines (not units: 5 mailboxes are one item; each domain is one) are in the visitor's cart. */
export async function getCartSummary(): Promise<CartSummary> {
  return summarise(await getCart());
}

/** The summary of a cart by id (an action that has just created the cart and its cookie). */
export async function cartSummaryById(cartId: string): Promise<CartSummary> {
  return summarise((await carts().load(cartId, new Date())) ?? EMPTY);
}

function summarise({ items, domains }: Cart): CartSummary {
  return {
    count: items.length + domains.length,
    items: items.map((item) => ({ id: item.id, pid: item.pid, quantity: item.configuration.quantity })),
    domains: domains.map(({ id, domain, type, hostingItemId }) => ({ id, domain, type, hostingItemId })),
  };
}

/** The currency the visitor shops in (lib/visitor): their choice when WHMCS has it, else the shop's default. */
export async function cartCurrencyCode(): Promise<string> {
  return (await visitorCurrency(await getCatalogue())).code;
}

/** Looks a code up in WHMCS; an outage is reported as such, never as "unknown code". */
export async function lookUpPromotion(code: string): Promise<PromotionLookup> {
  try {
    const wanted = code.trim().toLowerCase();
    const match = (await getPromotions(code)).find((promotion) => promotion.code.toLowerCase() === wanted);
    return match ? { status: 'found', promotion: match } : { status: 'unknown', code };
  } catch (error) {
    if (error instanceof WhmcsError) return { status: 'unavailable', code };
    throw error;
  }
}

/**
 * Re-prices the cart from the current catalogue (getCatalogue) and promotion (getPromotions) in
 * `currencyCode` (the shop's default when WHMCS has no such currency). Items whose product, cycle
 * or options changed are flagged in `problems`, never dropped.
 */
export async function priceCart(cart: Cart, currencyCode: string): Promise<PricedCart> {
  const [catalogue, lookup] = await Promise.all([
    getCatalogue(),
    cart.promoCode ? lookUpPromotion(cart.promoCode) : Promise.resolve<PromotionLookup>({ status: 'none' }),
  ]);
  const domains = cart.domains.length > 0 ? await domainPricingIn(resolveCurrency(catalogue, currencyCode).currency) : null;
  return priceCartWith(cart, currencyCode, catalogue, lookup, promotionDate(), domains);
}

/** GetTLDPricing and the extras' prices in a currency; null while WHMCS cannot be read (domain lines then wait). */
export async function domainPricingIn(currency: Currency): Promise<DomainPricing | null> {
  try {
    const { tlds } = await tldPricing(currency);
    return { tlds, extraPrices: extraPricesFor(domainSettings(), currency.code) };
  } catch (error) {
    if (error instanceof WhmcsError) return null;
    throw error;
  }
}

/**
 * Takes a placed order's items out of the cart (after WHMCS confirmed the order): anything added
 * while the order was being placed stays. `null` (an order recorded before items were tracked)
 * empties the whole cart. Unknown ids are fine.
 */
export async function removeOrderedItems(cartId: string, itemIds: readonly string[] | null): Promise<void> {
  if (cartId) await carts().removeOrdered(cartId, itemIds);
}
