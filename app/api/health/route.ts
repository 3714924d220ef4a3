import { NextResponse, type NextRequest } from 'next/server';
import { storefrontReadiness } from '@/lib/health';

/**
 * GET /api/health: liveness for a load balancer or orchestrator; 200 while the process serves.
 * GET /api/health?ready=1: readiness; 200 when the store database answers and `npm run doctor`'s
 * checks say the shop can take orders, else 503. Anyone may ask, so the answer is `ok` or `not ok`
 * and nothing else: which check failed, and why, goes to the server log. Readiness is cached for a
 * minute, one run at a time.
 */
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET(request: NextRequest) {
  if (!request.nextUrl.searchParams.has('ready')) return NextResponse.json({ status: 'ok' }, { headers: NO_STORE });
  const readiness = await storefrontReadiness();
  if (readiness.ready) return NextResponse.json({ status: 'ok' }, { headers: NO_STORE });
  for (const check of readiness.checks) {
    if (!check.ok) console.error(`[health] not ready: ${check.name}: ${check.error}`);
  }
  return NextResponse.json({ status: 'not ok' }, { status: 503, headers: NO_STORE });
}
