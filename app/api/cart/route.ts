import { NextResponse } from 'next/server';
import { getCartSummary } from '@/lib/cart';
import { renewCartCookie } from '@/lib/cart/session';

/**
 * GET /api/cart: the visitor's item count (and item ids) for the header badge. Never cached:
 * it changes with every cart action, in any tab. Asked on every page, it also keeps the cart
 * cookie alive while the visitor keeps coming back.
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  await renewCartCookie();
  return NextResponse.json(await getCartSummary(), { headers: { 'Cache-Control': 'no-store, private' } });
}
