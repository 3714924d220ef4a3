import type { Minor } from './types';

/**
 * WHMCS money is a decimal with two places ("12.95", sometimes a JSON number). Read it by its
 * digits, never through floating point, so "0.29" is 29 and not 28.999...
 * Returns null when the value is not such a decimal.
 */
export function parseMinor(value: string | number): Minor | null {
  const text = typeof value === 'number' ? numberToDecimal(value) : value.trim();
  if (text === null) return null;
  const match = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  // More than two places only when the extra digits are zeros ("12.9500"): never round money.
  if (!/^\d{0,2}0*$/.test(fraction)) return null;
  const cents = Number(whole || '0') * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return sign === '-' && cents !== 0 ? -cents : cents;
}

/** The shortest decimal that round-trips the number (12.95 -> "12.95"), or null for 1e21, NaN... */
function numberToDecimal(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  return /e/i.test(text) ? null : text;
}

/**
 * Amounts as GetOrders formats them for display ("$12.95 USD", "1.234,56 €", "1,234"): strip the
 * currency's prefix/suffix, then read the number in whichever of WHMCS's four formats it is in.
 */
export function parseFormattedMinor(text: string, prefix = '', suffix = ''): Minor | null {
  let core = text.trim();
  // The minus may come before the prefix ("-$5.00") or after it ("$-5.00").
  let negative = core.startsWith('-');
  if (negative) core = core.slice(1).trim();
  if (prefix.trim() && core.startsWith(prefix.trim())) core = core.slice(prefix.trim().length).trim();
  if (suffix.trim() && core.endsWith(suffix.trim())) core = core.slice(0, core.length - suffix.trim().length).trim();
  if (core.startsWith('-')) {
    negative = !negative;
    core = core.slice(1).trim();
  }
  let decimal: string | null = null;
  if (/^\d*(\.\d*)?$/.test(core)) decimal = core; // 1234.56
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(core)) decimal = core.replace(/,/g, ''); // 1,234.56 / 1,234
  else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(core)) decimal = core.replace(/\./g, '').replace(',', '.'); // 1.234,56
  else if (/^\d+,\d{1,2}$/.test(core)) decimal = core.replace(',', '.'); // 12,95
  const minor = decimal === null ? null : parseMinor(decimal);
  return minor === null ? null : negative && minor !== 0 ? -minor : minor;
}
