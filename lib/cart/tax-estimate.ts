import 'server-only';
import { countries, type Country } from '@/lib/geo/countries';
import { priceTaxNote, type TaxPlace, type TaxPolicy } from '@/lib/tax';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { visitorSession, visitorTaxPlace } from '@/lib/visitor';
import type { ChosenTaxPlace } from '@/lib/visitor/tax-place';
import { getClientDetails, WhmcsError } from '@/lib/whmcs';
import type { Client } from '@/lib/whmcs/types';
import { clientTaxPlace, defaultTaxCountry, statesByCountry, withTax } from './tax';
import type { PricedCart } from './types';

/**
 * Which place the cart's tax is worked out for, on the server: a signed-in customer's own
 * address and exemption (GetClientsDetails), else the visitor's choice (the picker's fields, then
 * its cookie), else the shop's home country. Nothing when the shop charges no tax at all.
 */

/** Where the tax was worked out for: a visitor may change it; a client's own address decides. */
export type TaxEstimateSource =
  | { kind: 'visitor'; countries: Country[]; statesByCountry: Record<string, string[]>; place: TaxPlace }
  | { kind: 'client'; place: TaxPlace };

export interface TaxedCart {
  priced: PricedCart;
  source: TaxEstimateSource | null;
}

/** The shop's policy when it charges any tax; null otherwise (then no price mentions tax). */
async function chargedPolicy(): Promise<TaxPolicy | null> {
  const policy = await availableTaxPolicy();
  return policy && priceTaxNote(policy) !== null ? policy : null;
}

/** A signed-in client's order with its tax (the checkout's review). */
export async function taxForClient(priced: PricedCart, client: Client): Promise<PricedCart> {
  const policy = await chargedPolicy();
  return policy ? withTax(priced, policy, clientTaxPlace(policy, client)) : priced;
}

/** The cart with its tax for whoever is looking; `requested` is the picker's no-JavaScript choice. */
export async function taxForCart(priced: PricedCart, requested: ChosenTaxPlace | null): Promise<TaxedCart> {
  const policy = await chargedPolicy();
  if (!policy) return { priced, source: null };
  const session = await visitorSession();
  if (session) {
    try {
      const place = clientTaxPlace(policy, await getClientDetails(session.clientId));
      return { priced: withTax(priced, policy, place), source: { kind: 'client', place } };
    } catch (error) {
      // Without the client's address the cart shows its prices before tax; the checkout retries.
      if (error instanceof WhmcsError) return { priced, source: null };
      throw error;
    }
  }
  const chosen = requested ?? (await visitorTaxPlace());
  const place: TaxPlace = { country: chosen?.country ?? defaultTaxCountry(policy) ?? '', state: chosen?.state ?? '', exempt: false };
  return {
    priced: withTax(priced, policy, place),
    source: { kind: 'visitor', countries: countries(), statesByCountry: statesByCountry(policy), place },
  };
}
