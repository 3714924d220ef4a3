import { NextResponse } from 'next/server';
import { getCartSummary } from '@/lib/cart';

/**
 * GET /api/cart: the visitor's item count (and item ids) for the header badge. Never cached:
 * it changes with every cart action, in any tab.
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  return NextResponse.json(await getCartSummary(), { headers: { 'Cache-Control': 'no-store, private' } });
}
