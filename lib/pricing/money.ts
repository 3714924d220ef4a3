import type { CurrencyFormat, Minor } from '@/lib/whmcs/types';

/**
 * Money as integer minor units. Every sum and product stays an integer; the only division
 * (effective monthly prices, percentages) goes through `divideRoundHalfUp`, once, at the end.
 */

// Digits, then optionally a point and more digits: what WHMCS sends ("12.95", "-1.00").
// No exponent, no separators, no surrounding space: anything else is not a WHMCS amount.
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal amount into minor units without ever going through a float sum:
 * "12.95" -> 1295, "0.1" -> 10, "-1.00" -> -100. A number is read through its shortest string
 * form, so 4.99 -> 499. Throws RangeError on anything that is not an exact two-decimal amount
 * ("abc", "1e3", "1,234.50", "12.955", NaN) or does not fit a safe integer.
 */
export function toMinor(decimal: string | number): Minor {
  const text = typeof decimal === 'number' ? String(decimal) : decimal;
  const match = typeof text === 'string' ? DECIMAL.exec(text) : null;
  if (!match) throw new RangeError(`Not a money amount: ${JSON.stringify(String(decimal))}`);
  const [, sign, whole = '', fraction = ''] = match;
  // Trailing zeros beyond the cents are exact ("12.950"); any other third decimal is not money.
  if (/[^0]/.test(fraction.slice(2))) {
    throw new RangeError(`Money has at most two decimals: ${JSON.stringify(text)}`);
  }
  const magnitude = Number(whole + fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(magnitude)) throw new RangeError(`Money amount too large: ${JSON.stringify(text)}`);
  // `0 * -1` is -0, which would print as "-0.00".
  return sign && magnitude !== 0 ? -magnitude : magnitude;
}

/** 1295 -> "12.95", -100 -> "-1.00", 5 -> "0.05": the decimal string WHMCS expects. */
export function toDecimalString(amount: Minor): string {
  assertMinor(amount);
  const digits = String(Math.abs(amount)).padStart(3, '0');
  return `${amount < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Integer division rounded half away from zero, as PHP's round() does (2.5 -> 3, -2.5 -> -3).
 * Exact for safe integers: `%` on integers is exact, so no float quotient is ever floored.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} exactly`);
  }
  const remainder = numerator % denominator;
  const quotient = (numerator - remainder) / denominator;
  if (2 * Math.abs(remainder) < denominator) return quotient;
  return quotient + Math.sign(numerator);
}

/**
 * The locale every number is written in: the shop's pages are English (`<html lang="en">`), so
 * "$30,000.00" and "€27,600.00" alike, whatever separators the WHMCS currency's format code picks.
 */
export const SHOP_LOCALE = 'en';

// Whole numbers only: minor units never pass through a float, so no amount can round wrongly.
const wholeNumbers = new Intl.NumberFormat(SHOP_LOCALE, { maximumFractionDigits: 0 });
const decimalSeparator = new Intl.NumberFormat(SHOP_LOCALE).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';

/** A count as people read it in the shop's locale: 10000 -> "10,000". */
export function formatQuantity(count: number): string {
  return wholeNumbers.format(count);
}

export interface FormatMoneyOptions {
  /** `false` drops the currency suffix for tight spaces: `$4.99` instead of `$4.99 USD`. */
  withSuffix?: boolean;
}

/**
 * Money as the shop shows it, on the server and in the browser alike: WHMCS's prefix and suffix
 * around the amount written with `Intl.NumberFormat` for SHOP_LOCALE, always two decimals
 * (`$4.99 USD`, `€27,600.00 EUR`, `-$5.00 USD`, `$30,000.00 USD`).
 */
export function formatMoney(amount: Minor, currency: CurrencyFormat, opts: FormatMoneyOptions = {}): string {
  assertMinor(amount);
  const magnitude = Math.abs(amount);
  const cents = magnitude % 100;
  const number = `${wholeNumbers.format((magnitude - cents) / 100)}${decimalSeparator}${String(cents).padStart(2, '0')}`;
  // WHMCS admins usually type the suffix with its leading space (" USD"); the seam may have
  // trimmed it. Normalise to exactly one space so both render `$4.99 USD`.
  const suffix = opts.withSuffix === false ? '' : currency.suffix.trim();
  return `${amount < 0 ? '-' : ''}${currency.prefix}${number}${suffix ? ` ${suffix}` : ''}`;
}

function assertMinor(amount: Minor): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not an amount in minor units: ${amount}`);
}
