import { z } from 'zod';

/**
 * Who sent the visitor: the affiliate (`?aff=7`, WHMCS's own affiliate links) and the campaign
 * (UTM parameters, ad click ids). Pure and safe everywhere (proxy, server, browser): the proxy
 * writes the cookies from a link, lib/visitor reads them for AddOrder's `affid`, analytics reads
 * the campaign for its events.
 */

export const AFFILIATE_PARAM = 'aff';
/** httpOnly: the affiliate id only ever goes to WHMCS, from the server. */
export const AFFILIATE_COOKIE = 'hf_aff';
/** Readable by the page: the campaign is what the analytics events carry. */
export const SOURCE_COOKIE = 'hf_src';

const SOURCE_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'gclid', 'fbclid', 'msclkid'] as const;
type SourceParam = (typeof SOURCE_PARAMS)[number];
export type TrafficSource = Partial<Record<SourceParam, string>>;

/**
 * AFFILIATE_COOKIE_DAYS: how long `?aff=` is remembered, WHMCS's 90 days unless the shop says.
 * Here rather than in lib/config/env (which uses it too) because the proxy reads it, and the
 * proxy cannot import the server-only env module.
 */
export const affiliateDaysSchema = z.coerce.number().int().min(1).max(3650).default(90);

export function affiliateCookieDays(source: Record<string, string | undefined> = process.env): number {
  const parsed = affiliateDaysSchema.safeParse(source.AFFILIATE_COOKIE_DAYS || undefined);
  // A bad value stops the server at start-up (lib/config/env); until then, WHMCS's default.
  return parsed.success ? parsed.data : 90;
}

/** WHMCS's affiliate ids are positive integers; anything else (`aff=abc`, `aff=-1`) is ignored. */
const affiliateId = z
  .string()
  .trim()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(2_147_483_647));

export function parseAffiliateId(value: string | null | undefined): number | null {
  const parsed = affiliateId.safeParse(value);
  return parsed.success ? parsed.data : null;
}

// Printable, short: these end up in analytics payloads and a cookie, never in HTML unescaped.
const sourceValue = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u);

/** The campaign a link names, or null when it names none (then an earlier one is kept). */
export function sourceFromParams(params: URLSearchParams): TrafficSource | null {
  const source: TrafficSource = {};
  for (const name of SOURCE_PARAMS) {
    const parsed = sourceValue.safeParse(params.get(name) ?? undefined);
    if (parsed.success) source[name] = parsed.data;
  }
  return Object.keys(source).length > 0 ? source : null;
}

export function encodeSource(source: TrafficSource): string {
  return new URLSearchParams(Object.entries(source)).toString();
}

/** The campaign a cookie holds; a damaged or foreign cookie holds none. */
export function decodeSource(cookie: string | null | undefined): TrafficSource | null {
  if (!cookie) return null;
  try {
    return sourceFromParams(new URLSearchParams(cookie));
  } catch {
    return null;
  }
}

/** Whether a request's query carries attribution the proxy should remember. */
export function carriesAttribution(params: URLSearchParams): boolean {
  return params.has(AFFILIATE_PARAM) || SOURCE_PARAMS.some((name) => params.has(name));
}
