import { NextResponse, type NextRequest } from 'next/server';
import { endSession } from '@/lib/session';
import { isSameOriginPost } from '@/lib/session/same-origin';

/**
 * A 303 to a path on this site. The Location stays relative: `request.url` names the host
 * `next start` was told (localhost), not the one the browser used, whose cookies would be lost.
 */
function seeOther(path: string): NextResponse {
  return new NextResponse(null, { status: 303, headers: { location: path } });
}

/** GET /sign-out (a typed or bookmarked address): a page that asks, since a GET must not sign out. */
export function GET() {
  return seeOther('/sign-out/confirm');
}

/**
 * POST /sign-out (the header's form). A route handler gets no origin check from Next.js, so it
 * makes its own: another site must not be able to sign a customer out.
 */
export async function POST(request: NextRequest) {
  if (!isSameOriginPost(request.headers)) {
    return NextResponse.json({ error: 'Sign out from this shop’s own pages.' }, { status: 403 });
  }
  await endSession();
  // 303: the browser follows with a GET.
  return seeOther('/');
}
