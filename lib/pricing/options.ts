import type { ConfigChoice, ConfigOption, Product } from '@/lib/whmcs/types';

/**
 * Reading one untrusted value (a configurable option's or the product quantity) into a valid one.
 * `normaliseConfiguration` keeps the replacement and reports the problem; `priceConfiguration`
 * refuses any value that needed replacing. One reader, so both agree on what is valid.
 */

/**
 * Ceiling for counts WHMCS leaves unlimited (quantity options without maxqty, products without
 * stock control): no real order comes near it, and it keeps every amount x count far inside
 * the safe-integer range so sums stay exact.
 */
export const MAX_QUANTITY = 10_000;

export interface QuantityBounds {
  min: number;
  max: number;
}

export interface Resolved {
  value: number;
  /** Why the given value was replaced; null when it was valid or absent. */
  problem: string | null;
  /** Whether a value was given at all (absent values take the default without a problem). */
  given: boolean;
}

/** A quantity option's allowed counts: WHMCS's minqty/maxqty, where unset means 0 / unlimited. */
export function optionQuantityBounds(option: ConfigOption): QuantityBounds {
  const min = Math.max(0, option.minQty ?? 0);
  return { min, max: Math.max(min, option.maxQty ?? MAX_QUANTITY) };
}

/** How many of the product one cart line may order: 1 unless quantities are on, then up to the stock. */
export function productQuantityBounds(product: Product): QuantityBounds {
  if (product.quantityMode === 'none') return { min: 1, max: 1 };
  return { min: 1, max: product.stockLevel === null ? MAX_QUANTITY : Math.max(1, product.stockLevel) };
}

/** The default of a dropdown or radio option; null when it has no choices to pick from. */
function defaultChoice(option: ConfigOption): ConfigChoice | null {
  return option.choices[0] ?? null;
}

/** The value an option takes when nothing was chosen; null for a dropdown/radio without choices. */
function defaultOptionValue(option: ConfigOption): number | null {
  switch (option.kind) {
    case 'dropdown':
    case 'radio':
      return defaultChoice(option)?.id ?? null;
    case 'yesno':
      return 0;
    case 'quantity':
      return optionQuantityBounds(option).min;
  }
}

/** Reads an option's raw value; null when the option cannot be set (a dropdown without choices). */
export function resolveOption(option: ConfigOption, raw: unknown): Resolved | null {
  const fallback = defaultOptionValue(option);
  if (fallback === null) return null;
  if (isAbsent(raw)) return { value: fallback, problem: null, given: false };
  switch (option.kind) {
    case 'dropdown':
    case 'radio': {
      const id = parseInteger(raw);
      if (id !== null && option.choices.some((choice) => choice.id === id)) return valid(id);
      const name = defaultChoice(option)?.name ?? '';
      return replaced(fallback, `${option.name}: ${show(raw)} is not one of the choices; using ${name}.`);
    }
    case 'yesno': {
      const on = parseYesNo(raw);
      if (on !== null) return valid(on ? 1 : 0);
      return replaced(fallback, `${option.name}: ${show(raw)} is not yes or no; using no.`);
    }
    case 'quantity': {
      const count = parseInteger(raw);
      const { min, max } = optionQuantityBounds(option);
      if (count === null) {
        return replaced(fallback, `${option.name} must be a whole number, not ${show(raw)}; using ${min}.`);
      }
      if (count >= min && count <= max) return valid(count);
      const using = clamp(count, min, max);
      const range =
        option.maxQty !== null ? `between ${min} and ${max}` : count < min ? `at least ${min}` : `at most ${max}`;
      return replaced(using, `${option.name} must be ${range}; using ${using}.`);
    }
  }
}

/** Reads the product quantity of a cart line. */
export function resolveProductQuantity(product: Product, raw: unknown): Resolved {
  if (isAbsent(raw)) return { value: 1, problem: null, given: false };
  const quantity = parseInteger(raw);
  if (quantity === null) return replaced(1, `Quantity must be a whole number, not ${show(raw)}; using 1.`);
  const { min, max } = productQuantityBounds(product);
  if (quantity >= min && quantity <= max) return valid(quantity);
  if (product.quantityMode === 'none') {
    return replaced(1, `${product.name} can only be ordered one at a time; using 1.`);
  }
  if (quantity < min) return replaced(min, `Quantity must be at least ${min}; using ${min}.`);
  if (product.stockLevel === null) return replaced(max, `Quantity must be at most ${max}; using ${max}.`);
  if (product.stockLevel < 1) return replaced(1, `${product.name} is out of stock; using 1.`);
  return replaced(max, `Only ${max} of ${product.name} in stock; using ${max}.`);
}

function valid(value: number): Resolved {
  return { value, problem: null, given: true };
}

function replaced(value: number, problem: string): Resolved {
  return { value, problem, given: true };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Nothing given: a missing key, or an empty form field / URL parameter. */
export function isAbsent(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

/**
 * An integer from a number or a string of digits ("4", " 4 ", "-3"); null for anything else
 * ("4.5", "4abc", arrays). Out-of-range magnitudes are fine: callers clamp them to small bounds.
 */
export function parseInteger(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw + 0 : null; // + 0 turns -0 into 0
  if (typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw)) return Number(raw) + 0;
  return null;
}

const YES = new Set(['1', 'on', 'yes', 'true']);
const NO = new Set(['0', 'off', 'no', 'false']);

/** Yes/no as forms and URLs send it: 1/0, true/false, "on" (a checked checkbox), "yes"/"no". */
function parseYesNo(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : null;
  if (typeof raw !== 'string') return null;
  const word = raw.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : null;
}

/** A raw value quoted for a message, cut short so junk input cannot flood the page. */
export function show(raw: unknown): string {
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (typeof raw === 'string') return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  return 'a value that is not text';
}
