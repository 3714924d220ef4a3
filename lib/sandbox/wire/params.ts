import { decodeSerializedArray as decodeWireSerializedArray } from '@/lib/whmcs/encoding';

/**
 * A request variable as PHP sees it after parsing `pid[0]=1&pid[2]=3`: a string or an array
 * keyed by index or name. `qs` gives arrays for indexed keys (sparse when indices skip, so the
 * per-item arrays of AddOrder keep their shared index) and objects for named keys.
 */
export type PhpValue = string | PhpValue[] | { [key: string]: PhpValue };
export type Params = Record<string, PhpValue | undefined>;

export function isPhpArray(value: PhpValue | undefined): value is PhpValue[] | { [key: string]: PhpValue } {
  return value !== undefined && typeof value !== 'string';
}

/** A scalar request variable; an array where a scalar belongs counts as absent. */
export function scalar(params: Params, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' ? value : undefined;
}

/** `[key, value]` pairs of a PHP array in order; sparse arrays keep their real indices. */
export function phpEntries(value: PhpValue | undefined): [string, PhpValue][] {
  if (value === undefined || typeof value === 'string') return [];
  return Object.keys(value).map((key) => [key, (value as Record<string, PhpValue>)[key] as PhpValue]);
}

export function phpAt(value: PhpValue | undefined, key: string): PhpValue | undefined {
  if (value === undefined || typeof value === 'string') return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, PhpValue>)[key] : undefined;
}

/** PHP's `(int)` cast of a request string: leading digits, 0 when there are none. */
export function phpInt(value: PhpValue | undefined): number {
  if (typeof value !== 'string') return 0;
  const match = /^\s*([+-]?\d+)/.exec(value);
  return match ? Number.parseInt(match[1] as string, 10) : 0;
}

/** PHP truthiness of a request variable (`""` and `"0"` are false, non-empty arrays true). */
export function phpTruthy(value: PhpValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value !== '' && value !== '0';
  return Object.keys(value).length > 0;
}

/** PHP's `is_numeric` for the strings a request carries. */
export function isNumericString(value: string): boolean {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value);
}

/**
 * `customfields[i]` / `configoptions[i]`: base64 of a PHP-serialized array. Anything that does not
 * decode to an array (bad base64, garbage, a serialized object) counts as empty, as WHMCS's
 * `safe_unserialize` does. The decoding itself is the seam's codec, the one the client encodes with.
 */
export function decodeSerializedArray(encoded: PhpValue | undefined): Map<string, unknown> {
  if (typeof encoded !== 'string' || encoded === '') return new Map();
  try {
    return new Map(Object.entries(decodeWireSerializedArray(encoded)));
  } catch {
    return new Map();
  }
}

/** A value from an unserialized array as the string PHP would compare it as. */
export function serializedScalar(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '';
  return '';
}
