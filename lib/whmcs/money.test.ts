import { describe, expect, it } from 'vitest';
import { parseFormattedMinor, parseMinor } from './money';

describe('parseMinor', () => {
  it.each([
    ['12.95', 1295],
    ['0.10', 10],
    ['0.29', 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ['1.005', null], // never rounds money
    ['-1.00', -100],
    ['1234.5', 123450],
    ['  7 ', 700],
    ['0.00', 0],
    ['-0.00', 0],
    ['19.9900', 1999],
    ['.5', 50],
    ['5.', 500],
    ['+3.20', 320],
    ['', null],
    ['-', null],
    ['.', null],
    ['abc', null],
    ['1,234.56', null],
    ['1e3', null],
    ['12.95.1', null],
  ] as const)('reads %j as %j', (input, expected) => {
    expect(parseMinor(input)).toBe(expected);
  });

  it.each([
    [12.95, 1295],
    [0.29, 29],
    [4, 400],
    [-1, -100],
    [1234.5, 123450],
    [1e21, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [0.001, null],
  ] as const)('reads the number %j as %j', (input, expected) => {
    expect(parseMinor(input)).toBe(expected);
  });
});

describe('parseFormattedMinor (GetOrders line amounts)', () => {
  it.each([
    ['$4.99 USD', '$', ' USD', 499],
    ['4.99', '$', ' USD', 499],
    ['£1,234.56 GBP', '£', ' GBP', 123456],
    ['1.234,56 €', '', ' €', 123456],
    ['12,95 EUR', '', ' EUR', 1295],
    ['1,234 JPY', '', ' JPY', 123400],
    ['-$5.00 USD', '$', ' USD', -500],
    ['-5.00', '', '', -500],
    ['$-5.00 USD', '$', ' USD', -500],
    ['$ USD', '$', ' USD', null],
  ] as const)('reads %j (prefix %j, suffix %j) as %j', (text, prefix, suffix, expected) => {
    expect(parseFormattedMinor(text, prefix, suffix)).toBe(expected);
  });
});
