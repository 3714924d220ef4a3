import type { NextRequest } from 'next/server';
import { domainEmbedResponse } from '@/lib/embed/domain-respond';

/** The domain search box (`search`) and TLD price table (`prices`) for other sites to frame (see lib/embed). Plain HTML. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ view: string }> }) {
  return domainEmbedResponse(request, (await params).view);
}
