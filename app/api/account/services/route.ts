import { NextResponse, type NextRequest } from 'next/server';
import { listClientServices } from '@/lib/account/services';
import { parseServicesQuery } from '@/lib/account/services-page';
import { CatalogueUnavailableError } from '@/lib/catalogue';
import { visitorSession } from '@/lib/visitor';
import { WhmcsError } from '@/lib/whmcs';

const PRIVATE = { 'cache-control': 'private, no-store' };

/**
 * GET /api/account/services?status=Active&page=2: one page of the signed-in client's services
 * (see lib/account/services-page for why filtering happens here). 401 without a session; only
 * ever the session's own client, never passwords.
 */
export async function GET(request: NextRequest) {
  const session = await visitorSession();
  if (!session) return NextResponse.json({ error: 'Sign in to see your services.' }, { status: 401, headers: PRIVATE });
  const query = parseServicesQuery(request.nextUrl.searchParams);
  try {
    return NextResponse.json(await listClientServices(session, query), { headers: PRIVATE });
  } catch (error) {
    if (error instanceof WhmcsError || error instanceof CatalogueUnavailableError) {
      return NextResponse.json({ error: 'Our billing system did not answer. Please try again in a minute.' }, { status: 503, headers: PRIVATE });
    }
    throw error;
  }
}
