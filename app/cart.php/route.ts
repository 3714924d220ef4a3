import { NextResponse, type NextRequest } from 'next/server';

/**
 * WHMCS's own cart address, which marketing pages and old links use: `?a=add&domain=register`
 * (or `transfer`) opens the domain search, with the name when the link carries one (`query`, or
 * WHMCS's `sld` + `tld`); anything else opens the cart.
 */
export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const domainLink = params.get('a') === 'add' && ['register', 'transfer'].includes(params.get('domain') ?? '');
  const target = new URL(domainLink ? '/domains' : '/cart', request.nextUrl.origin);
  if (domainLink) {
    const name = params.get('query') ?? `${params.get('sld') ?? ''}${params.get('tld') ? `.${(params.get('tld') ?? '').replace(/^\./, '')}` : ''}`;
    if (name.trim()) target.searchParams.set('query', name.trim());
  }
  return NextResponse.redirect(target, 308);
}
