import { NextResponse, type NextRequest } from 'next/server';
import { endSession } from '@/lib/session';
import { isSameOriginPost } from '@/lib/session/same-origin';

/** GET /sign-out (a typed or bookmarked address): a page that asks, since a GET must not sign out. */
export function GET(request: NextRequest) {
  return NextResponse.redirect(new URL(SIGN_OUT_CONFIRM_PATH, request.url), 303);
}

const SIGN_OUT_CONFIRM_PATH = '/sign-out/confirm';

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
  return NextResponse.redirect(new URL('/', request.url), 303);
}
