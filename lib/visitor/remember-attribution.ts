import type { NextRequest, NextResponse } from 'next/server';
import { AFFILIATE_COOKIE, AFFILIATE_PARAM, encodeSource, parseAffiliateId, SOURCE_COOKIE, sourceFromParams } from './attribution';

/** How long the campaign of a link is kept: as long as the cart it leads to (lib/cart/session). */
const SOURCE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Remembers who sent the visitor, from the link they followed (`?aff=7&utm_source=...`), on the
 * proxy's response: the affiliate for `affiliateDays` (WHMCS's default is 90), the campaign with
 * the cart. A later link replaces them (last click wins, as WHMCS's own affiliate cookie does).
 * The response becomes private: a shared cache must never hand this Set-Cookie to others.
 */
export function rememberAttribution(request: NextRequest, response: NextResponse, affiliateDays: number): NextResponse {
  const params = request.nextUrl.searchParams;
  const affiliate = parseAffiliateId(params.get(AFFILIATE_PARAM));
  const source = sourceFromParams(params);
  if (affiliate === null && source === null) return response;
  const cookie = { path: '/', sameSite: 'lax' as const, secure: request.nextUrl.protocol === 'https:' };
  if (affiliate !== null) response.cookies.set(AFFILIATE_COOKIE, String(affiliate), { ...cookie, httpOnly: true, maxAge: affiliateDays * 24 * 60 * 60 });
  if (source !== null) response.cookies.set(SOURCE_COOKIE, encodeSource(source), { ...cookie, maxAge: SOURCE_MAX_AGE_SECONDS });
  response.headers.set('cache-control', 'private, no-cache');
  return response;
}
