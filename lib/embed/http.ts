import { messageTarget } from './frame-policy';
import { parseEmbedOptions, parseFrameParams } from './options';
import type { EmbedResult, EmbedSettings } from './render/pages';

/**
 * From a request's query to the embed's settings, and from a rendered embed to its response
 * headers. Pure, so the policy is unit-tested; lib/embed/respond.ts does the I/O.
 */

export interface ShopSettings {
  allowedOrigins: readonly string[];
  /** The shop's own origins (the request's, SHOP_URL's): the builder preview frames embeds from there. */
  ownOrigins: readonly string[];
  shopName: string;
  shopAccent: string;
}

/**
 * The origins the shop is reached at for this request: what the browser asked for (Host, or
 * X-Forwarded-Host/-Proto behind a proxy), what Next.js thinks its URL is, and SHOP_URL. The
 * builder page frames embeds from the shop's own origin, and that is the parent it names.
 * (A forged Host header can only make the embed post its height, public anyway, to that host.)
 */
export function requestOrigins(request: {
  url: string;
  host: string | null;
  forwardedHost: string | null;
  forwardedProto: string | null;
  siteOrigin: string | null;
}): string[] {
  const first = (value: string | null) => value?.split(',')[0]?.trim() || null;
  const own = new URL(request.url);
  const host = first(request.forwardedHost) ?? first(request.host);
  const protocol = first(request.forwardedProto) ?? own.protocol.replace(':', '');
  const candidates = [own.origin, host && `${protocol}://${host}`, request.siteOrigin];
  const origins = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const origin = new URL(candidate).origin;
      if (origin !== 'null') origins.add(origin);
    } catch {
      // A malformed Host header is simply not one of our origins.
    }
  }
  return [...origins];
}

export function embedSettings(query: URLSearchParams, shop: ShopSettings): EmbedSettings {
  const frame = parseFrameParams(query);
  return {
    options: parseEmbedOptions(query),
    frame: { target: messageTarget(frame.parent, shop.allowedOrigins, shop.ownOrigins), id: frame.id },
    allowedOrigins: shop.allowedOrigins,
    shopName: shop.shopName,
    shopAccent: shop.shopAccent,
  };
}

/**
 * Embeds show nothing personal (no cookies read or set), so shared caches may keep them:
 * a CDN serves a copy for a minute, then for up to ten more while it fetches a fresh one in the
 * background, so an embed on a busy page always answers at once. The origin itself renders from
 * the catalogue's data cache (tag `catalogue`), so a catalogue revalidation reaches new visitors
 * within that minute. Browsers keep a copy for the same minute. A catalogue outage is not
 * cached at all, so the embed recovers with WHMCS.
 */
export const EMBED_CACHE_CONTROL = 'public, max-age=60, s-maxage=60, stale-while-revalidate=600';

export function embedHeaders(result: Pick<EmbedResult, 'status' | 'csp'>): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    // The embed's own policy; next.config.js leaves /embed/* out of the site-wide
    // `frame-ancestors 'none'` and X-Frame-Options DENY, which would forbid all framing.
    'Content-Security-Policy': result.csp,
    'Cache-Control': result.status === 503 ? 'no-store' : EMBED_CACHE_CONTROL,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
