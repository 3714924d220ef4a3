import { NextResponse } from 'next/server';
import { getCartItem } from '@/lib/cart';
import { itemIdSchema } from '@/lib/cart/inputs';

/**
 * GET /api/cart/items/{id}: one item of the visitor's own cart (found through their cookie), for
 * the configurator's edit mode to fill in the details that are not in the URL (custom fields).
 */
export const dynamic = 'force-dynamic';

const headers = { 'Cache-Control': 'no-store, private' };

export async function GET(_request: Request, { params }: { params: Promise<{ itemId: string }> }) {
  const parsed = itemIdSchema.safeParse((await params).itemId);
  const item = parsed.success ? await getCartItem(parsed.data) : null;
  if (!item) return NextResponse.json({ error: 'That item is not in your cart.' }, { status: 404, headers });
  const { id, pid, configuration, domain, customFields } = item;
  return NextResponse.json({ item: { id, pid, configuration, domain, customFields } }, { headers });
}
