import { NextResponse, type NextRequest } from 'next/server';
import { CURRENCY_COOKIE, CURRENCY_COOKIE_MAX_AGE, CURRENCY_PARAM, currencyFromParam } from '@/lib/visitor/currency-choice';

/**
 * A `?currency=` link (a shared link, the switcher's no-JavaScript form): show the catalogue page
 * in that currency and remember the choice in the cookie, so it sticks. Every other catalogue
 * request is routed by next.config.js alone, without running this (see `config`).
 */
export function proxy(request: NextRequest) {
  const code = currencyFromParam(request.nextUrl.searchParams.get(CURRENCY_PARAM));
  if (!code) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `/${code}${target.pathname === '/' ? '' : target.pathname}`;
  const response = NextResponse.rewrite(target);
  response.cookies.set(CURRENCY_COOKIE, code, { path: '/', maxAge: CURRENCY_COOKIE_MAX_AGE, sameSite: 'lax' });
  // A chosen currency's page is per visitor: no shared cache (CDN) may keep it (next.config.js
  // says the same for the cookie). Next.js leaves a Cache-Control set here alone.
  response.headers.set('cache-control', 'private, no-cache');
  return response;
}

export const config = {
  // Matchers must be literal: `currency` is CURRENCY_PARAM.
  matcher: [
    { source: '/', has: [{ type: 'query', key: 'currency' }] },
    { source: '/store/:path*', has: [{ type: 'query', key: 'currency' }] },
  ],
};
