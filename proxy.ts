import { NextResponse, type NextRequest } from 'next/server';
import {
  chooseCurrencySegment,
  currencySegment,
  CURRENCY_COOKIE,
  CURRENCY_COOKIE_MAX_AGE,
  CURRENCY_PARAM,
} from '@/lib/catalogue/currency-choice';
import { needsStrictCsp, withStrictCsp } from '@/lib/security/strict-csp';

/**
 * Catalogue pages are static, one copy per currency, and their public URLs (`/`, `/store/...`,
 * as in WHMCS) carry no currency. Visitors who have not chosen one get the default-currency
 * pages of app/(catalogue) directly: this proxy does not even run for them (see `config`), which
 * keeps the common case as fast as a static file. For a visitor who has chosen (the cookie the
 * header's switcher sets, or `?currency=` in a link, which wins), it serves the matching static
 * copy from `/c/{currency}/...`; a `?currency=` link also sets the cookie, so the choice sticks.
 */
export function proxy(request: NextRequest) {
  // Pages rendered per request: a nonce-based Content-Security-Policy (see lib/security).
  if (needsStrictCsp(request.nextUrl.pathname)) return withStrictCsp(request);
  const { pathname, searchParams } = request.nextUrl;
  const param = searchParams.get(CURRENCY_PARAM);
  const segment = chooseCurrencySegment(param, request.cookies.get(CURRENCY_COOKIE)?.value);
  const target = request.nextUrl.clone();
  target.pathname = `/c/${segment}${pathname === '/' ? '' : pathname}`;
  const response = NextResponse.rewrite(target);
  const chosen = currencySegment(param);
  // Only when it changes: a cookie set on a server action's request makes Next.js render the
  // page again for the action's answer (the configurator's URL always carries `?currency=`).
  if (chosen && request.cookies.get(CURRENCY_COOKIE)?.value !== chosen.toUpperCase()) {
    response.cookies.set(CURRENCY_COOKIE, chosen.toUpperCase(), { path: '/', maxAge: CURRENCY_COOKIE_MAX_AGE, sameSite: 'lax' });
  }
  // The same URL shows different prices depending on the cookie, so no shared cache (CDN) may
  // keep it; Next.js keeps its own server-side copy per currency all the same. (Next.js replaces
  // a Vary header set here, but leaves a Cache-Control alone.)
  response.headers.set('cache-control', 'private, no-cache');
  return response;
}

export const config = {
  // Only requests that carry a currency choice. Matchers must be literal, so the names are
  // spelled out: `currency` is CURRENCY_COOKIE and CURRENCY_PARAM.
  matcher: [
    { source: '/', has: [{ type: 'cookie', key: 'currency' }] },
    { source: '/', has: [{ type: 'query', key: 'currency' }] },
    { source: '/store/:path*', has: [{ type: 'cookie', key: 'currency' }] },
    { source: '/store/:path*', has: [{ type: 'query', key: 'currency' }] },
    // The pages lib/security/strict-csp.ts gives a nonce.
    '/cart',
    '/checkout',
    '/sign-in',
    '/sign-up',
    '/reset-password',
    '/account/:path*',
    '/order/:path*',
    '/sign-out/confirm',
    '/sandbox/:path*',
  ],
};
