import type { NextRequest } from 'next/server';
import { embedResponse } from '@/lib/embed/respond';

/** A group's pricing table for other sites to frame (see lib/embed). Plain HTML: no React in the iframe. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return embedResponse(request, { kind: 'group', slug: (await params).slug });
}
