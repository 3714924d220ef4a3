import { NextResponse, type NextRequest } from 'next/server';
import { cartPhpTarget } from '@/lib/domains/search';

/** WHMCS's own cart address, which marketing pages and old links use (see cartPhpTarget). */
export function GET(request: NextRequest) {
  return NextResponse.redirect(new URL(cartPhpTarget(request.nextUrl.searchParams), request.nextUrl.origin), 308);
}
