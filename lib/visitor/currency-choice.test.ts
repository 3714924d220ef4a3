import { describe, expect, it } from 'vitest';
import { currencyFromCookie, currencyFromParam } from './currency-choice';

describe('currency choice', () => {
  it('reads a cookie only as the capital code the shop writes', () => {
    expect(currencyFromCookie('EUR')).toBe('EUR');
    expect(currencyFromCookie('eur')).toBeNull();
    expect(currencyFromCookie('EURO')).toBeNull();
    expect(currencyFromCookie('../x')).toBeNull();
    expect(currencyFromCookie('')).toBeNull();
    expect(currencyFromCookie(undefined)).toBeNull();
  });

  it('reads a link parameter in any case, as capitals', () => {
    expect(currencyFromParam(' gbp ')).toBe('GBP');
    expect(currencyFromParam('Eur')).toBe('EUR');
    expect(currencyFromParam('€')).toBeNull();
    expect(currencyFromParam('e1r')).toBeNull();
    expect(currencyFromParam(null)).toBeNull();
  });
});
