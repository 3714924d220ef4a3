import { isPhpIntegerKey, phpArray, type PhpArray } from './values';

/** What `httpBuildQuery` can write. `null` and `undefined` entries are left out, as PHP leaves out null. */
type QueryValue = string | number | boolean | null | undefined | readonly QueryValue[] | QueryParams;
export interface QueryParams {
  [key: string]: QueryValue;
}

/** PHP's `urlencode`: RFC 1738, so only letters, digits and `-_.` stay; a space is `+`. */
function urlencode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}

function scalarText(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/**
 * PHP's `http_build_query($params)`: nested arrays as bracketed keys (`pid%5B0%5D=1`), lists by
 * index, `true`/`false` as `1`/`0`, null left out, everything percent-encoded as `urlencode` does.
 */
export function httpBuildQuery(params: QueryParams): string {
  const pairs: string[] = [];
  const add = (key: string, value: QueryValue): void => {
    if (value === null || value === undefined) return;
    if (typeof value === 'object') {
      for (const [sub, item] of Object.entries(value)) add(`${key}[${sub}]`, item);
      return;
    }
    pairs.push(`${urlencode(key)}=${urlencode(scalarText(value))}`);
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return pairs.join('&');
}

export interface ParseStrOptions {
  /** Where parsing stops, as PHP's `max_input_vars` (default 1000) does. */
  maxInputVars?: number;
  /** Read only these top-level variables; the values of all others are not even decoded. */
  only?: ReadonlySet<string>;
}

/**
 * PHP's `parse_str` (how `$_POST` is filled from a form body): `a[]=x&a[]=y&a[7]=z&a[]=w` puts `w`
 * at 8 (after the highest integer key), indices keep their numbers (they pair `pid[i]` with
 * `billingcycle[i]`), a later key wins, `+` is a space, and a top-level `a.b` or `a b` is `a_b`.
 * Variables past `maxInputVars` are dropped, as PHP drops them.
 */
export function parseStr(body: string, { maxInputVars = 1000, only }: ParseStrOptions = {}): PhpArray {
  const root = phpArray();
  let count = 0;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    if (++count > maxInputVars) break;
    const eq = pair.indexOf('=');
    const path = parseKeyPath(urldecode(eq === -1 ? pair : pair.slice(0, eq)));
    if (!path || (only && !only.has(path[0] as string))) continue;
    assignPath(root, path, eq === -1 ? '' : urldecode(pair.slice(eq + 1)));
  }
  return root;
}

/** PHP's `urldecode` on bytes, read as UTF-8: a malformed escape stays as written. */
function urldecode(text: string): string {
  const bytes: number[] = [];
  const source = Buffer.from(text.replace(/\+/g, ' '), 'utf8');
  for (let i = 0; i < source.length; i++) {
    const byte = source[i] as number;
    const hex = byte === 0x25 ? source.subarray(i + 1, i + 3).toString('latin1') : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(byte);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `name[a][][b]` -> ['name', 'a', null, 'b'] (null = append). Null when PHP ignores the variable. */
function parseKeyPath(key: string): (string | null)[] | null {
  // PHP's variable names are C strings: a NUL byte ends them.
  const nul = key.indexOf('\0');
  const trimmed = (nul === -1 ? key : key.slice(0, nul)).replace(/^ +/, '');
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
      // An unclosed first bracket makes the whole name flat (its `[` read as `_`); a later one ends it.
      return path.length === 1 ? [`${path[0]}_${trimmed.slice(open + 1)}`.replace(/[ .]/g, '_')] : path;
    }
    const segment = rest.slice(1, close);
    // `[]` and a bracket holding only whitespace both append.
    path.push(/^[ \t\r\n]*$/.test(segment) ? null : segment);
    rest = rest.slice(close + 1);
  }
  return path;
}

/** PHP's next free index: one past the highest integer key (negative ones too, as PHP 8), else 0. */
function nextIndex(array: PhpArray): string {
  const ints = Object.keys(array).filter(isPhpIntegerKey).map(Number);
  return String(ints.length === 0 ? 0 : Math.max(...ints) + 1);
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
      const created = phpArray();
      target[key] = created;
      target = created;
    } else {
      target = existing;
    }
  }
}
