/**
 * A value as PHP holds it after parsing a form body or unserializing. PHP arrays are ordered maps;
 * here they are records keyed by the PHP key as a string. Records list integer-like keys first, in
 * ascending order, where PHP keeps insertion order: nothing WHMCS reads depends on that order.
 */
export type PhpValue = string | number | boolean | null | PhpArray;
export interface PhpArray {
  [key: string]: PhpValue;
}

/**
 * A new, empty PHP array. Without a prototype, so keys from the wire such as `__proto__` or
 * `constructor` are plain keys, as in PHP, and can never reach Object.prototype.
 */
export function phpArray(): PhpArray {
  return Object.create(null) as PhpArray;
}

/** Whether a key is one PHP stores as an integer key: `"7"` and `"-3"` are, `"07"` and `"-0"` are not. */
export function isPhpIntegerKey(key: string): boolean {
  return /^(0|-?[1-9]\d*)$/.test(key) && Number.isSafeInteger(Number(key));
}
