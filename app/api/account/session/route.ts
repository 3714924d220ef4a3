import { NextResponse } from 'next/server';
import { visitorSession } from '@/lib/visitor';
import type { SessionSummary } from '@/lib/session/data';

/** Whether someone is signed in, for the header's account links (nothing else leaves the cookie). */
export async function GET() {
  const session = await visitorSession();
  const body: SessionSummary = { signedIn: session !== null, firstName: session?.firstName ?? null };
  return NextResponse.json(body, { headers: { 'cache-control': 'private, no-store' } });
}
