/**
 * Who sent the visitor: the affiliate (`?aff=7`, WHMCS's own affiliate links) and the campaign
 * (UTM parameters, ad click ids). Pure and safe everywhere (proxy, server, browser): the proxy
 * writes the cookies from a link, lib/visitor reads them for AddOrder's `affid`, analytics reads
 * the campaign for its events. Without zod on purpose: the analytics code that reads the campaign
 * runs on every page, and zod would add about 35 KB of JavaScript to each.
 */

export const AFFILIATE_PARAM = 'aff';
/** httpOnly: the affiliate id only ever goes to WHMCS, from the server. */
export const AFFILIATE_COOKIE = 'hf_aff';
/** Readable by the page: the campaign is what the analytics events carry. */
export const SOURCE_COOKIE = 'hf_src';

const SOURCE_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'gclid', 'fbclid', 'msclkid'] as const;
type SourceParam = (typeof SOURCE_PARAMS)[number];
export type TrafficSource = Partial<Record<SourceParam, string>>;

/** WHMCS's affiliate ids are positive integers; anything else (`aff=abc`, `aff=-1`) is ignored. */
export function parseAffiliateId(value: string | null | undefined): number | null {
  const digits = value?.trim() ?? '';
  if (!/^\d{1,10}$/.test(digits)) return null;
  const id = Number(digits);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}

/** Printable, short: these end up in analytics payloads and a cookie, never in HTML unescaped. */
function sourceValue(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length >= 1 && trimmed.length <= 200 && /^[^\p{Cc}]+$/u.test(trimmed) ? trimmed : null;
}

/** The campaign a link names, or null when it names none (then an earlier one is kept). */
export function sourceFromParams(params: URLSearchParams): TrafficSource | null {
  const source: TrafficSource = {};
  for (const name of SOURCE_PARAMS) {
    const value = sourceValue(params.get(name));
    if (value !== null) source[name] = value;
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
