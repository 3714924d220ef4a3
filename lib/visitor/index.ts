import 'server-only';
import { cookies } from 'next/headers';
import { resolveCurrency, type Catalogue } from '@/lib/catalogue/model';
import { getSession, type SessionData } from '@/lib/session';
import type { Currency } from '@/lib/whmcs/types';
import { AFFILIATE_COOKIE, parseAffiliateId } from './attribution';
import { CURRENCY_COOKIE, currencyFromCookie } from './currency-choice';
import { TAX_PLACE_COOKIE, taxPlaceFromCookie, type ChosenTaxPlace } from './tax-place';

/**
 * Who is asking: every read of the visitor's request state (the currency they chose, their cart,
 * their session, the affiliate who sent them) goes through here, so each rule about a cookie lives in one place. Server-only;
 * writing these cookies stays with the code that owns them (the cart, the session, the switcher).
 *
 * Catalogue pages do not read this: they are static, and get the currency from their URL
 * segment (next.config.js routes on the same cookie rule).
 */

export const CART_COOKIE = 'cart';
/** 256 random bits, base64url (see lib/cart/session): anything else names no cart of ours. */
const CART_ID = /^[A-Za-z0-9_-]{43}$/;

/** The currency code the visitor chose, or null: no choice (or a cookie that is not one of ours). */
export async function chosenCurrencyCode(): Promise<string | null> {
  return currencyFromCookie((await cookies()).get(CURRENCY_COOKIE)?.value);
}

/** The currency to show the visitor: their choice when the shop sells in it, else the shop's default. */
export async function visitorCurrency(catalogue: Pick<Catalogue, 'currencies' | 'defaultCurrency'>): Promise<Currency> {
  return resolveCurrency(catalogue, await chosenCurrencyCode()).currency;
}

/** The cart id the visitor's cookie names, when it looks like one of ours. */
export async function visitorCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return value && CART_ID.test(value) ? value : null;
}

/** The signed-in customer, or null (lib/session unseals and checks the cookie). */
export function visitorSession(): Promise<SessionData | null> {
  return getSession();
}

/** The affiliate who referred the visitor (`?aff=`, remembered by the proxy), for AddOrder's `affid`; null when none. */
export async function visitorAffiliateId(): Promise<number | null> {
  return parseAffiliateId((await cookies()).get(AFFILIATE_COOKIE)?.value);
}

/** The country (and state) the visitor chose for the cart's tax estimate, or null: no choice yet. */
export async function visitorTaxPlace(): Promise<ChosenTaxPlace | null> {
  return taxPlaceFromCookie((await cookies()).get(TAX_PLACE_COOKIE)?.value);
}
