import { describe, expect, it } from 'vitest';
import { encodeTaxPlace, parseTaxPlace, taxPlaceFromCookie } from './tax-place';

describe('tax place choice', () => {
  it('survives its cookie, with and without a state', () => {
    for (const place of [
      { country: 'GB', state: '' },
      { country: 'US', state: 'California' },
      { country: 'CA', state: 'Québec' },
    ]) {
      expect(taxPlaceFromCookie(encodeTaxPlace(place))).toEqual(place);
    }
  });

  it("reads a cookie only as the shop writes it; anything else is no choice", () => {
    expect(taxPlaceFromCookie('gb')).toBeNull();
    expect(taxPlaceFromCookie('GBR')).toBeNull();
    expect(taxPlaceFromCookie('US|CA|x')).toBeNull();
    expect(taxPlaceFromCookie('US|<script>')).toBeNull();
    expect(taxPlaceFromCookie('')).toBeNull();
    expect(taxPlaceFromCookie(undefined)).toBeNull();
  });

  it("reads the picker's fields in any case, trimmed", () => {
    expect(parseTaxPlace(' de ', null)).toEqual({ country: 'DE', state: '' });
    expect(parseTaxPlace('US', ' Texas ')).toEqual({ country: 'US', state: 'Texas' });
    expect(parseTaxPlace('', 'Texas')).toBeNull();
    expect(parseTaxPlace('U5', '')).toBeNull();
  });
});
