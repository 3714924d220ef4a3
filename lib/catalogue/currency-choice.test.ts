import { describe, expect, it } from 'vitest';
import { chooseCurrencySegment, codeFromSegment, currencySegment, DEFAULT_CURRENCY_SEGMENT } from './currency-choice';

describe('currency choice', () => {
  it('prefers the URL parameter, then the cookie, then the default', () => {
    expect(chooseCurrencySegment('EUR', 'GBP')).toBe('eur');
    expect(chooseCurrencySegment(null, 'GBP')).toBe('gbp');
    expect(chooseCurrencySegment(null, null)).toBe(DEFAULT_CURRENCY_SEGMENT);
  });

  it('ignores anything that is not a three-letter code', () => {
    expect(chooseCurrencySegment('../x', 'gbp')).toBe('gbp');
    expect(chooseCurrencySegment('EURO', 'US')).toBe(DEFAULT_CURRENCY_SEGMENT);
    expect(currencySegment(' usd ')).toBe('usd');
    expect(currencySegment('€')).toBeNull();
  });

  it('maps segments back to codes', () => {
    expect(codeFromSegment('eur')).toBe('EUR');
    expect(codeFromSegment(DEFAULT_CURRENCY_SEGMENT)).toBeNull();
    expect(codeFromSegment('e1r')).toBeNull();
  });
});
