import { CURRENCY_COOKIE_MAX_AGE } from './currency-choice';

/**
 * Where a visitor says they are, for the cart's tax estimate: a country and, where the shop's tax
 * rules depend on it, a state. Remembered in a cookie like the currency (the cart's picker writes
 * it, ./index.ts reads it on the server), or given as `?country=&state=` by the picker's form
 * without JavaScript. Pure and client-safe. Only an estimate: a signed-in customer's tax comes
 * from their own address.
 */

export const TAX_PLACE_COOKIE = 'tax_place';
/** A year, like the currency: a returning visitor keeps their country. */
export const TAX_PLACE_COOKIE_MAX_AGE = CURRENCY_COOKIE_MAX_AGE;
/** The picker's field names, also its no-JavaScript query parameters. */
export const TAX_COUNTRY_PARAM = 'country';
export const TAX_STATE_PARAM = 'state';

export interface ChosenTaxPlace {
  /** ISO 3166-1 alpha-2, capitals. */
  country: string;
  /** As the shop's tax rules name it; '' when none was chosen. */
  state: string;
}

const COUNTRY = /^[A-Z]{2}$/;
/** State names as WHMCS's tax rules hold them: letters (any script), digits, spaces, dots, dashes. */
const STATE = /^[\p{L}\d .'-]{0,60}$/u;

/** The cookie's value: `GB`, or `US|California`. */
export function encodeTaxPlace(place: ChosenTaxPlace): string {
  return place.state ? `${place.country}|${place.state}` : place.country;
}

/** A place from the cookie, or from the picker's fields; null when it is not one (then the shop's default applies). */
export function parseTaxPlace(country: string | null | undefined, state?: string | null): ChosenTaxPlace | null {
  const code = country?.trim().toUpperCase() ?? '';
  const region = state?.trim() ?? '';
  return COUNTRY.test(code) && STATE.test(region) ? { country: code, state: region } : null;
}

export function taxPlaceFromCookie(value: string | null | undefined): ChosenTaxPlace | null {
  if (!value) return null;
  const [country = '', state = '', ...rest] = value.split('|');
  return rest.length === 0 && country === country.toUpperCase() ? parseTaxPlace(country, state) : null;
}
