import { NextResponse, type NextRequest } from 'next/server';
import { CURRENCY_COOKIE, CURRENCY_COOKIE_MAX_AGE, CURRENCY_PARAM, currencyFromParam } from '@/lib/visitor/currency-choice';
import { malformedActionPayload } from '@/lib/security/server-action-payload';
import { needsStrictCsp, withStrictCsp } from '@/lib/security/strict-csp';
import { sellsCurrency } from '@/lib/visitor/sold-currencies';
import { affiliateCookieDays } from '@/lib/visitor/affiliate-days';
import { rememberAttribution } from '@/lib/visitor/remember-attribution';

/**
 * Runs only for the requests `config` names (badly encoded addresses, currency links, pages with a
 * nonce-based CSP, server action calls, links carrying attribution); every other request is
 * routed by next.config.js alone, without running code.
 */
export async function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) return notFound(request);
  if (isActionCall(request) && (await malformedActionPayload(request.clone()))) return badActionCall();
  // Pages rendered per request: a nonce-based Content-Security-Policy (see lib/security).
  const response = needsStrictCsp(request.nextUrl.pathname) ? withStrictCsp(request) : currencyLink(request);
  // `?aff=`, UTM and click ids, on whatever page a link lands (lib/visitor/attribution).
  return rememberAttribution(request, response, affiliateCookieDays());
}

/**
 * An address with broken percent-encoding (`/store/%ff`) names no page; Next.js would answer it
 * with a bare 500. Show the shop's "not found" page instead.
 */
function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
}

function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A server action call: a POST naming its action (Next.js's own test, `Next-Action`). */
function isActionCall(request: NextRequest): boolean {
  return request.method === 'POST' && request.headers.has('next-action');
}

/**
 * A body React could not have sent (lib/security/server-action-payload.ts): refused before any
 * action runs, as Next.js itself answers a call naming an unknown action.
 */
function badActionCall() {
  return new NextResponse('Invalid Server Action request.', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * A `?currency=` link (a shared link, the switcher's no-JavaScript form): show the catalogue page
 * in that currency and remember the choice in the cookie, so it sticks.
 */
function currencyLink(request: NextRequest) {
  const code = currencyFromParam(request.nextUrl.searchParams.get(CURRENCY_PARAM));
  // A code the shop does not sell: the page in the visitor's usual currency, which says so.
  if (!code || sellsCurrency(code) === false) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `/${code}${target.pathname === '/' ? '' : target.pathname}`;
  const response = NextResponse.rewrite(target);
  // Only when it changes: a cookie set on a server action's request makes Next.js render the
  // page again for the action's answer (the configurator's URL always carries `?currency=`).
  if (request.cookies.get(CURRENCY_COOKIE)?.value !== code) {
    response.cookies.set(CURRENCY_COOKIE, code, { path: '/', maxAge: CURRENCY_COOKIE_MAX_AGE, sameSite: 'lax' });
  }
  // A chosen currency's page is per visitor: no shared cache (CDN) may keep it (next.config.js
  // says the same for the cookie). Next.js leaves a Cache-Control set here alone.
  response.headers.set('cache-control', 'private, no-cache');
  return response;
}

export const config = {
  // Matchers must be literal: `currency` is CURRENCY_PARAM.
  matcher: [
    // Any address with a percent sign: the only ones that can be badly encoded.
    '/:path(.*%.*)',
    { source: '/', has: [{ type: 'query', key: 'currency' }] },
    { source: '/store/:path*', has: [{ type: 'query', key: 'currency' }] },
    // The pages lib/security/strict-csp.ts gives a nonce.
    '/cart',
    '/domains',
    '/checkout',
    '/sign-in',
    '/sign-up',
    '/reset-password',
    '/account/:path*',
    '/order/:path*',
    '/sign-out/confirm',
    '/sandbox/:path*',
    // Server action calls, wherever they are posted: their body is checked (isActionCall).
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    // A link carrying attribution (literals of lib/visitor/attribution's AFFILIATE_PARAM and
    // SOURCE_PARAMS), on any page but the embeds (which set no cookies), the API and assets.
    // Requests without them never run the proxy: catalogue pages stay static and as fast.
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'aff' }] },
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'utm_source' }] },
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'utm_medium' }] },
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'utm_campaign' }] },
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'utm_term' }] },
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'utm_content' }] },
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'gclid' }] },
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'fbclid' }] },
    { source: '/((?!embed|api/|includes/|_next/).*)', has: [{ type: 'query', key: 'msclkid' }] },
  ],
};
