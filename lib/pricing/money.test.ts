import { describe, expect, it } from 'vitest';
import type { Currency } from '@/lib/whmcs/types';
import { CURRENCIES, EUR, USD } from './fixtures';
import { divideRoundHalfUp, formatMoney, formatQuantity, SHOP_LOCALE, toDecimalString, toMinor } from './money';

describe('toMinor', () => {
  it.each([
    ['12.95', 1295], // 12 * 100 + 95
    ['0.1', 10], // one decimal means tenths: 0.1 = 10 cents
    ['-1.00', -100], // WHMCS's "cycle disabled" marker
    ['1234.5', 123450], // 1234 * 100 + 50
    ['0.00', 0],
    ['7', 700], // whole units
    ['12.950', 1295], // a trailing zero past the cents is still exact
    ['0.05', 5],
    ['90071992547409.91', 9007199254740991], // Number.MAX_SAFE_INTEGER cents
  ])('parses the string %s as %i', (input, expected) => {
    expect(toMinor(input)).toBe(expected);
  });

  it.each([
    [4.99, 499], // String(4.99) === "4.99": no 4.99 * 100 = 499.00000000000006
    [0.07, 7], // 0.07 * 100 would be 7.000000000000001
    [-1, -100],
    [1234.5, 123450],
  ])('parses the number %d through its string form as %i', (input, expected) => {
    expect(toMinor(input)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(toMinor('-0.00'), 0)).toBe(true);
    expect(Object.is(toMinor(-0), 0)).toBe(true);
  });

  it.each([
    '',
    'abc',
    '1e3',
    '1,234.50',
    ' 12.95',
    '12.95 ',
    '12.955', // a third significant decimal is not money
    '12.',
    '.5',
    '+1',
    '12.5.1',
    '$4.99',
    '90071992547409.92', // one cent past the safe-integer range
  ])('throws on the string %j', (input) => {
    expect(() => toMinor(input)).toThrow(RangeError);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 0.1 + 0.2, 1e21, 1e-7])('throws on the number %d', (input) => {
    // 0.1 + 0.2 prints as 0.30000000000000004; 1e21 and 1e-7 print in exponent form.
    expect(() => toMinor(input)).toThrow(RangeError);
  });
});

describe('toDecimalString', () => {
  it.each([
    [1295, '12.95'],
    [-100, '-1.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [0, '0.00'],
    [123450, '1234.50'],
  ])('writes %i as %s', (amount, expected) => {
    expect(toDecimalString(amount)).toBe(expected);
  });

  it('round-trips through toMinor', () => {
    for (const amount of [0, 1, 9, 10, 99, 100, 101, 499, 123456789, -1, -99, -100, -123456]) {
      expect(toMinor(toDecimalString(amount))).toBe(amount);
    }
  });

  it('refuses amounts that are not minor units', () => {
    expect(() => toDecimalString(4.99)).toThrow(RangeError);
  });
});

describe('divideRoundHalfUp', () => {
  it.each([
    [2895, 6, 483], // 482.5: the half goes up
    [4995, 12, 416], // 416.25
    [4550, 12, 379], // 379.1666...
    [19425, 12, 1619], // 1618.75
    [5, 2, 3], // 2.5
    [1, 3, 0], // 0.333...
    [2, 3, 1], // 0.666...
    [12, 4, 3], // exact
    [-5, 2, -3], // -2.5: half away from zero, as PHP's round()
    [-4, 3, -1], // -1.333...
    [0, 7, 0],
  ])('%i / %i = %i', (numerator, denominator, expected) => {
    expect(divideRoundHalfUp(numerator, denominator)).toBe(expected);
  });

  it('refuses a zero denominator and non-integers', () => {
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1.5, 2)).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it.each([
    [499, USD, '$4.99 USD'],
    [460, EUR, '€4.60 EUR'],
    [-500, USD, '-$5.00 USD'],
    [-5, USD, '-$0.05 USD'],
    [0, USD, '$0.00 USD'],
    [5, EUR, '€0.05 EUR'],
    [99999, USD, '$999.99 USD'], // just below the first separator
    [100000, USD, '$1,000.00 USD'],
    [123450, USD, '$1,234.50 USD'],
    [123456789, EUR, '€1,234,567.89 EUR'],
    [-123450, USD, '-$1,234.50 USD'],
  ])('formats %i as %s', (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });

  it('drops the suffix when asked to', () => {
    expect(formatMoney(499, USD, { withSuffix: false })).toBe('$4.99');
    expect(formatMoney(-123450, EUR, { withSuffix: false })).toBe('-€1,234.50');
    expect(formatMoney(499, USD, { withSuffix: true })).toBe('$4.99 USD');
  });

  it('puts exactly one space before the suffix however WHMCS stored it', () => {
    expect(formatMoney(499, { code: 'USD', prefix: '$', suffix: 'USD' })).toBe('$4.99 USD');
    expect(formatMoney(460, { code: 'EUR', prefix: '', suffix: '€' })).toBe('4.60 €');
    expect(formatMoney(499, { code: 'USD', prefix: '$', suffix: '' })).toBe('$4.99');
  });

  it('groups every currency the same way, whatever WHMCS format code it carries', () => {
    const [usd, eur] = CURRENCIES;
    // The sandbox's USD has format 1 ("1234.56") and its EUR format 3 ("1.234,56"): the shop
    // used to print "$30000.00" beside "€27.600,00".
    const sandboxUsd: Currency = { ...usd!, format: 1 };
    expect(formatMoney(3000000, sandboxUsd)).toBe('$30,000.00 USD');
    expect(formatMoney(2760000, eur!)).toBe('€27,600.00 EUR'); // format 3
    const wholeUnitsUsd: Currency = { ...usd!, format: 4 };
    expect(formatMoney(123450, wholeUnitsUsd)).toBe('$1,234.50 USD'); // two decimals, always
    expect(formatMoney(900719925474099, USD)).toBe('$9,007,199,254,740.99 USD'); // no float on the way
  });

  it('matches Intl.NumberFormat for the shop locale', () => {
    const intl = new Intl.NumberFormat(SHOP_LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    for (const amount of [0, 7, 99, 100, 123456, 3000000, 98765432101]) {
      expect(formatMoney(amount, { code: 'X', prefix: '', suffix: '' })).toBe(intl.format(amount / 100));
    }
  });

  it('refuses amounts that are not minor units', () => {
    expect(() => formatMoney(4.99, USD)).toThrow(RangeError);
  });
});

describe('formatQuantity', () => {
  it('groups thousands as the shop locale does', () => {
    expect(formatQuantity(5)).toBe('5');
    expect(formatQuantity(10000)).toBe('10,000');
    expect(formatQuantity(1234567)).toBe('1,234,567');
  });
});
