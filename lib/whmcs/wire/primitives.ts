import { domainToUnicode } from 'node:url';
import { decode } from 'html-entities';
import { z } from 'zod';
import { parseMinor } from '../money';

/**
 * Zod building blocks for WHMCS answers: tolerant of every way WHMCS spells a value (numbers as
 * strings, empty lists as a missing key, "" or []), strict in what they hand on.
 */

const scalar = z.union([z.number(), z.string()]);

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** An integer sent as 5 or "5". */
export const wireInt = scalar.transform((value, ctx) => {
  const n = typeof value === 'number' ? value : /^[+-]?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n)) {
    ctx.addIssue({ code: 'custom', message: `expected an integer, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return n;
});

/** An integer that may also be missing, null or "" (then `fallback`). */
export function wireIntOr<T extends number | null>(fallback: T) {
  return z.preprocess((value) => (isBlank(value) ? undefined : value), wireInt.optional()).transform((n) => n ?? fallback);
}

/** A decimal amount ("12.95" or 12.95) in minor units, read exactly. */
export const wireMoney = scalar.transform((value, ctx) => {
  const minor = parseMinor(value);
  if (minor === null) {
    ctx.addIssue({ code: 'custom', message: `expected a money amount, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return minor;
});

/** A money column that may be absent (then null). */
export const wireMoneyOrNull = z.preprocess((value) => (isBlank(value) ? undefined : value), wireMoney.optional()).transform((n) => n ?? null);

/** Display text: WHMCS stores it HTML-encoded (`&amp;`, `&#039;`); missing/null is "". */
export const wireText = z
  .union([z.string(), z.number(), z.null()])
  // .optional() before the transform: zod 4 rejects a missing key unless the input side is optional.
  .optional()
  .transform((value) => (value === null || value === undefined ? '' : decode(String(value), { level: 'html5' })));

/**
 * A domain as WHMCS stores it (punycode for an internationalised name), as people read it:
 * `xn--bcher-kva.de` -> `bücher.de`. Punycode only ever goes *to* WHMCS (the cart sends it).
 */
export const wireDomain = wireText.transform((domain) => (domain && domainToUnicode(domain)) || domain);

/** Text with line breaks normalised to `\n` (descriptions are typed into a Windows textarea). */
export const wireMultilineText = wireText.transform((text) => text.replace(/\r\n?/g, '\n'));

/** A machine value (module name, status): as sent, trimmed, "" when missing. No entity decoding. */
export const wireCode = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined ? '' : String(value).trim()));

/** Booleans as WHMCS spells them: true, 1, "1", "true", "on", "yes", `required: "*"`. */
export const wireFlag = z
  .union([z.boolean(), z.number(), z.string(), z.null()])
  .optional()
  .transform((value) => {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return ['1', 'true', 'on', 'yes', '*'].includes(value.trim().toLowerCase());
  return false;
});

/** A date as `YYYY-MM-DD` (time dropped); null for WHMCS's "0000-00-00", "" or missing. */
export const wireDate = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value, ctx) => {
  const text = (value ?? '').trim();
  if (text === '' || text.startsWith('0000-00-00')) return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$/.exec(text);
  if (!match?.[1]) {
    ctx.addIssue({ code: 'custom', message: `expected a date, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return match[1];
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** PHP arrays with gaps in their keys JSON-encode as objects: `{"0": {...}, "2": {...}}`. */
function valuesIfIndexed(value: Record<string, unknown>): unknown[] | null {
  const keys = Object.keys(value);
  return keys.every((k) => /^\d+$/.test(k)) ? keys.map((k) => value[k]) : null;
}

/**
 * Turns any spelling of a WHMCS list into an array: missing, null, "" or [] (empty); `[...]`;
 * `{ key: [...] }` (the usual `{"product": [...]}` wrapper); `{ key: {...} }` (a single item);
 * `{ key: "" }` (empty, as in the official examples).
 */
function unwrapList(raw: unknown, key: string): unknown {
  if (isBlank(raw)) return [];
  if (Array.isArray(raw)) return raw;
  if (!isRecord(raw)) return raw;
  if (key in raw) {
    const inner = raw[key];
    if (isBlank(inner)) return [];
    if (Array.isArray(inner)) return inner;
    if (isRecord(inner)) return valuesIfIndexed(inner) ?? [inner];
    return inner;
  }
  return valuesIfIndexed(raw) ?? raw;
}

/** A list of `item` under its WHMCS wrapper key (see unwrapList). */
export function wireList<T extends z.ZodType>(item: T, key: string) {
  return z.preprocess((raw) => unwrapList(raw, key), z.array(item));
}

/**
 * `schema` for an answer holding one list under `field` (wrapped in `wrapper`), refusing an answer
 * whose list reads as empty while the answer itself counts results (`numreturned`, else
 * `totalresults`, above 0): a shape the schema does not know (flattened keys, another wrapper) is
 * an invalid response, never silently "nothing".
 */
export function countedListAnswer<T extends z.ZodType>(field: string, wrapper: string, schema: T) {
  return z
    .unknown()
    .superRefine((raw, ctx) => {
      if (!isRecord(raw)) return;
      const count = Number(raw.numreturned ?? raw.totalresults ?? 0);
      const list = unwrapList(raw[field], wrapper);
      if (count > 0 && Array.isArray(list) && list.length === 0) {
        ctx.addIssue({ code: 'custom', path: [field], message: `the answer counts ${count} results but has no "${field}" list in a known shape` });
      }
    })
    .pipe(schema);
}

/** A keyed record (e.g. pricing by currency); PHP's empty array arrives as [] or "". */
export function wireRecord<T extends z.ZodType>(value: T) {
  return z.preprocess(
    (raw) => (isBlank(raw) || (Array.isArray(raw) && raw.length === 0) ? {} : raw),
    z.record(z.string(), value),
  );
}

/** Comma-separated ids ("31,32", "", 31) as numbers. */
export const wireIdList = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value, ctx) => {
  const parts = String(value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const ids = parts.map(Number);
  if (ids.some((id) => !Number.isSafeInteger(id))) {
    ctx.addIssue({ code: 'custom', message: `expected comma-separated ids, got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return ids;
});

/** A rate as WHMCS stores it ("19.000", 6.25), as a number of percent. */
export const wireRate = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const rate = Number(value);
  if (typeof value === 'string' && value.trim() === '') ctx.addIssue({ code: 'custom', message: 'expected a tax rate, got ""' });
  if (!Number.isFinite(rate) || rate < 0) ctx.addIssue({ code: 'custom', message: `expected a tax rate, got ${JSON.stringify(value)}` });
  return rate;
});
