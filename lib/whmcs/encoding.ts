import qs from 'qs';
import { serialize, unserialize } from 'php-serialize';

/**
 * The WHMCS wire format, both directions, with no I/O and no credentials: the client encodes with
 * it and the built-in sandbox decodes with it, so both speak exactly what PHP speaks.
 * (No `server-only` here on purpose: the sandbox and plain Node scripts import this module.)
 */

/** A value as PHP sees it after parsing a form body or unserializing: arrays are keyed records. */
export type PhpValue = string | number | boolean | null | PhpArray;
export interface PhpArray {
  [key: string]: PhpValue;
}

/** Anything `encodeRequestBody` can put on the wire. `undefined` entries are left out. */
export type RequestValue = string | number | boolean | null | undefined | readonly RequestValue[] | RequestParams;
export interface RequestParams {
  [key: string]: RequestValue;
}

/**
 * Form-encodes params the way PHP reads them: lists as indexed brackets (`pid[0]=1&pid[1]=3`),
 * records as named brackets. Brackets stay literal (PHP accepts both) so bodies read well in logs.
 */
export function encodeRequestBody(params: RequestParams): string {
  return qs.stringify(params, { arrayFormat: 'indices', encodeValuesOnly: true });
}

/**
 * Parses a form body the way PHP's parse_str fills $_POST: `a[0]=x&a[]=y` gives
 * `{ a: { '0': 'x', '1': 'y' } }`, indices keep their numbers (they pair `pid[i]` with
 * `billingcycle[i]`), a later key wins, `+` is a space.
 */
export function decodeRequestBody(body: string): PhpArray {
  const root: PhpArray = {};
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = decodeFormComponent(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : decodeFormComponent(pair.slice(eq + 1));
    const path = parseKeyPath(rawKey);
    if (path) assignPath(root, path, value);
  }
  return root;
}

function decodeFormComponent(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // PHP leaves malformed escapes as they are rather than rejecting the whole body.
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** `name[a][][b]` -> ['name', 'a', null, 'b'] (null = append). Null when PHP would ignore the key. */
function parseKeyPath(key: string): (string | null)[] | null {
  const trimmed = key.replace(/^ +/, '');
  const open = trimmed.indexOf('[');
  const base = open === -1 ? trimmed : trimmed.slice(0, open);
  if (base === '') return null;
  // PHP turns spaces and dots in the top-level name into underscores.
  const path: (string | null)[] = [base.replace(/[ .]/g, '_')];
  if (open === -1) return path;
  let rest = trimmed.slice(open);
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) {
      // An unclosed bracket makes PHP keep the whole thing as a flat name (with `[` as `_`).
      return path.length === 1 ? [trimmed.replace(/[ .[]/g, '_')] : path;
    }
    const segment = rest.slice(1, close);
    path.push(segment === '' ? null : segment);
    rest = rest.slice(close + 1);
  }
  return path;
}

function nextIndex(array: PhpArray): string {
  const ints = Object.keys(array)
    .filter((k) => /^-?\d+$/.test(k))
    .map(Number);
  return String(ints.length === 0 ? 0 : Math.max(-1, ...ints) + 1);
}

function assignPath(root: PhpArray, path: (string | null)[], value: string): void {
  let target = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] ?? nextIndex(target);
    if (i === path.length - 1) {
      target[key] = value;
      return;
    }
    const existing = target[key];
    if (existing === null || typeof existing !== 'object') {
      const created: PhpArray = {};
      target[key] = created;
      target = created;
    } else {
      target = existing;
    }
  }
}

/** The values WHMCS takes in `customfields[i]` / `configoptions[i]`: id -> value. */
export type SerializedRecord = Readonly<Record<number | string, string | number | boolean>>;

/**
 * `base64(serialize(array))` as PHP builds it. Integer-like keys are written as PHP integer keys
 * (`i:1;`), as PHP itself does for `array("1" => ...)`; string lengths are UTF-8 byte counts.
 */
export function encodeSerializedArray(record: SerializedRecord): string {
  const entries = new Map<number | string, string | number | boolean>();
  for (const [key, value] of Object.entries(record)) {
    entries.set(/^(0|-?[1-9]\d*)$/.test(key) ? Number(key) : key, value);
  }
  return Buffer.from(serialize(entries), 'utf8').toString('base64');
}

export class SerializedArrayError extends Error {
  override name = 'SerializedArrayError';
}

/**
 * Reverses `encodeSerializedArray` (and reads what PHP's `base64_encode(serialize(...))` makes).
 * Always returns a keyed record; throws SerializedArrayError when the text is not a serialized
 * PHP array, so a server can answer with an error instead of crashing.
 */
export function decodeSerializedArray(base64: string): PhpArray {
  const bytes = Buffer.from(base64.trim(), 'base64');
  let value: unknown;
  try {
    value = unserialize(bytes, {}, { strict: true });
  } catch (cause) {
    throw new SerializedArrayError('Not a serialized PHP array', { cause });
  }
  const php = toPhpValue(value);
  if (php === null || typeof php !== 'object') throw new SerializedArrayError('Serialized value is not an array');
  return php;
}

function toPhpValue(value: unknown): PhpValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // php-serialize returns integers beyond 2^53 as bigint; keep their digits exactly.
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    const out: PhpArray = {};
    for (const [key, item] of Object.entries(value)) out[key] = toPhpValue(item);
    return out;
  }
  throw new SerializedArrayError(`Unexpected ${typeof value} in serialized array`);
}
