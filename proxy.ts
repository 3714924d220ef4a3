import { NextResponse, type NextRequest } from 'next/server';
import {
  chooseCurrencySegment,
  currencySegment,
  CURRENCY_COOKIE,
  CURRENCY_COOKIE_MAX_AGE,
  CURRENCY_PARAM,
} from '@/lib/catalogue/currency-choice';
import { catalogueEverLoaded, RETURN_PATH_HEADER, WARM_UP_PATH } from '@/lib/catalogue/warm-up';

/**
 * Catalogue pages are static, one copy per currency, yet their public URLs (`/`, `/store/...`,
 * as in WHMCS) carry no currency. This picks the visitor's currency (the `?currency=` of a link,
 * else the cookie the header's switcher sets, else the shop's default) and serves the matching
 * static copy from `/c/{currency}/...`. A `?currency=` link also sets the cookie, so the choice
 * sticks while the visitor browses on.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams, search } = request.nextUrl;

  if (!catalogueEverLoaded()) {
    const headers = new Headers(request.headers);
    headers.set(RETURN_PATH_HEADER, `${pathname}${search}`);
    return NextResponse.rewrite(new URL(WARM_UP_PATH, request.url), { request: { headers } });
  }

  const param = searchParams.get(CURRENCY_PARAM);
  const segment = chooseCurrencySegment(param, request.cookies.get(CURRENCY_COOKIE)?.value);
  const target = request.nextUrl.clone();
  target.pathname = `/c/${segment}${pathname === '/' ? '' : pathname}`;
  const response = NextResponse.rewrite(target);
  const chosen = currencySegment(param);
  if (chosen) {
    response.cookies.set(CURRENCY_COOKIE, chosen.toUpperCase(), { path: '/', maxAge: CURRENCY_COOKIE_MAX_AGE, sameSite: 'lax' });
  }
  // The same URL shows different prices depending on the cookie: shared caches must know.
  response.headers.set('vary', 'Cookie');
  return response;
}

export const config = {
  matcher: ['/', '/store/:path*'],
};
