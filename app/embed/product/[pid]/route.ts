import type { NextRequest } from 'next/server';
import { embedResponse } from '@/lib/embed/respond';

/** A product card for other sites to frame (see lib/embed). Plain HTML: no React in the iframe. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ pid: string }> }) {
  return embedResponse(request, { kind: 'product', pid: (await params).pid });
}
