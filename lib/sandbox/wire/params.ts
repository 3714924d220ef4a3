import { base64Decode, unserialize, type PhpArray, type PhpValue } from '@/lib/php';

/**
 * The request variables as PHP's `$_POST` holds them after `parse_str` (`lib/php`): strings, and
 * arrays keyed by index or name (`pid[0]=1&pid[2]=3` keeps its indices, so the per-item arrays
 * of AddOrder stay paired).
 */
export type { PhpValue } from '@/lib/php';
export type Params = PhpArray;

export function isPhpArray(value: PhpValue | undefined): value is PhpArray {
  return typeof value === 'object' && value !== null;
}

/** A scalar request variable; an array where a scalar belongs counts as absent. */
export function scalar(params: Params, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' ? value : undefined;
}

/** `[key, value]` pairs of a PHP array; sparse arrays keep their real indices. */
export function phpEntries(value: PhpValue | undefined): [string, PhpValue][] {
  return isPhpArray(value) ? Object.entries(value) : [];
}

export function phpAt(value: PhpValue | undefined, key: string): PhpValue | undefined {
  return isPhpArray(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/** PHP's `(int)` cast of a request string: leading digits, 0 when there are none. */
export function phpInt(value: PhpValue | undefined): number {
  if (typeof value !== 'string') return 0;
  const match = /^\s*([+-]?\d+)/.exec(value);
  return match ? Number.parseInt(match[1] as string, 10) : 0;
}

/** PHP truthiness of a request variable (`""` and `"0"` are false, non-empty arrays true). */
export function phpTruthy(value: PhpValue | undefined): boolean {
  if (isPhpArray(value)) return Object.keys(value).length > 0;
  return typeof value === 'string' && value !== '' && value !== '0';
}

/** PHP's `is_numeric` for the strings a request carries. */
export function isNumericString(value: string): boolean {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value);
}

/**
 * `customfields[i]` / `configoptions[i]`: `unserialize(base64_decode(...))` with PHP's lenient
 * base64 (URL-safe text decodes to other bytes and so fails). Anything that does not decode to an
 * array (garbage, a serialized object or scalar) counts as empty, as WHMCS's `safe_unserialize` does.
 */
export function decodeSerializedArray(encoded: PhpValue | undefined): Map<string, unknown> {
  if (typeof encoded !== 'string' || encoded === '') return new Map();
  try {
    const value = unserialize(base64Decode(encoded));
    return isPhpArray(value) ? new Map(Object.entries(value)) : new Map();
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
