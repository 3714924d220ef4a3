'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import type { Country } from '@/lib/geo/countries';
import { rememberChoice } from '@/lib/visitor/remember-choice';
import { encodeTaxPlace, TAX_COUNTRY_PARAM, TAX_PLACE_COOKIE, TAX_PLACE_COOKIE_MAX_AGE, TAX_STATE_PARAM, type ChosenTaxPlace } from '@/lib/visitor/tax-place';
import { field } from '@/components/ui/styles';

/**
 * The country (and, where the shop's tax rules depend on it, the state) the cart estimates tax
 * for, remembered like the currency. Choosing refreshes the page: the server prices the cart and
 * its tax. Without JavaScript the form submits `?country=&state=` to the cart, which estimates for
 * that place (not remembered).
 */
export function TaxPlacePicker({
  countries,
  statesByCountry,
  place,
}: {
  countries: Country[];
  /** Countries whose rules name states -> those states, in the order to offer them. */
  statesByCountry: Record<string, string[]>;
  place: ChosenTaxPlace;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [country, setCountry] = useState(place.country);
  const id = useId();
  const states = statesByCountry[country] ?? [];

  function choose(next: ChosenTaxPlace) {
    setCountry(next.country);
    rememberChoice(TAX_PLACE_COOKIE, encodeTaxPlace(next), TAX_PLACE_COOKIE_MAX_AGE);
    startTransition(() => router.refresh());
  }

  return (
    <form method="get" action="/cart" className="space-y-3" aria-busy={pending} aria-label="Estimate tax for">
      <div>
        <label htmlFor={`${id}-country`} className={field.label}>
          Estimate tax for
        </label>
        <select
          id={`${id}-country`}
          name={TAX_COUNTRY_PARAM}
          value={country}
          onChange={(event) => choose({ country: event.target.value, state: '' })}
          className={field.input}
        >
          {country === '' && (
            <option value="" disabled>
              Choose a country
            </option>
          )}
          {countries.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      {states.length > 0 && (
        <div>
          <label htmlFor={`${id}-state`} className={field.label}>
            State
          </label>
          <select
            id={`${id}-state`}
            name={TAX_STATE_PARAM}
            value={country === place.country ? place.state : ''}
            onChange={(event) => choose({ country, state: event.target.value })}
            className={field.input}
          >
            <option value="">Another state</option>
            {states.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </select>
        </div>
      )}
      <noscript>
        <button type="submit" className="min-h-11 rounded-lg border border-line-strong px-3 text-sm">
          Update estimate
        </button>
      </noscript>
    </form>
  );
}
