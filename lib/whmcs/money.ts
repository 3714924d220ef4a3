import type { Minor } from './types';

import { toMinor } from '@/lib/pricing/money';

/**
 * WHMCS money is a decimal with two places ("12.95", sometimes a JSON number). The wire is
 * looser than the domain: PHP may pad with spaces, write "+1" or ".5". Normalise those, then let
 * the one money parser (lib/pricing) read it exactly. Returns null when it is not an amount.
 */
export function parseMinor(value: string | number): Minor | null {
  let text = typeof value === 'number' ? String(value) : value.trim();
  if (text.startsWith('+')) text = text.slice(1);
  if (!/\d/.test(text)) return null;
  text = text.replace(/^(-?)\./, '$10.').replace(/\.$/, '');
  try {
    return toMinor(text);
  } catch {
    return null;
  }
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
