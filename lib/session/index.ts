import 'server-only';
import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/config/env';
import { secret } from '@/lib/config/secrets';
import { sessionRegistry as sessions } from '@/lib/app-services';
import { parseSessionData, type SessionData } from './data';
import { signInPath } from './next-path';

/**
 * The signed-in customer: an iron-session cookie (sealed with SESSION_SECRET, so it is encrypted
 * and tamper-proof), httpOnly so scripts cannot read it, SameSite=Lax so other sites cannot post
 * with it, Secure in production. The cookie also names a server-side session (see revocation.ts)
 * that signing out ends, so a copy of the cookie stops working too.
 *
 * Reading works anywhere on the server; starting and ending a session only in server actions and
 * route handlers (Next.js lets only those set cookies).
 */

export type { SessionData } from './data';
export { safeNextPath, signInPath, signInReason, REQUIRED_PARAM } from './next-path';

const SESSION_COOKIE = 'hf_session';
/** Two weeks, then the customer signs in again. */
const SESSION_TTL_SECONDS = 60 * 60 * 24 * 14;

function sessionOptions(): SessionOptions {
  return {
    cookieName: SESSION_COOKIE,
    password: secret('SESSION_SECRET'),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: env().NODE_ENV === 'production',
      path: '/',
    },
  };
}

type StoredSession = Partial<SessionData> & { sessionId?: string };

async function ironSession() {
  return getIronSession<StoredSession>(await cookies(), sessionOptions());
}

/** The signed-in customer, or null. A cookie that does not unseal or has an old shape is no session. */
export async function getSession(): Promise<SessionData | null> {
  if (!(await cookies()).has(SESSION_COOKIE)) return null;
  const { sessionId, ...data } = await ironSession();
  if (typeof sessionId !== 'string' || !(await sessions().isOpen(sessionId))) return null;
  return parseSessionData(data);
}

/** The session, or a redirect to sign in (saying why) that comes back to `returnPath`. For pages. */
export async function requireSession(returnPath: string): Promise<SessionData> {
  const session = await getSession();
  if (!session) redirect(signInPath(returnPath, true));
  return session;
}

/** Signs the customer in (server actions and route handlers only). */
export async function startSession(data: SessionData): Promise<void> {
  const session = await ironSession();
  session.sessionId = await sessions().open(data.userId, SESSION_TTL_SECONDS * 1000);
  session.userId = data.userId;
  session.clientId = data.clientId;
  session.email = data.email;
  session.firstName = data.firstName;
  await session.save();
}

/** Signs the customer out (server actions and route handlers only), here and for every copy of the cookie. */
export async function endSession(): Promise<void> {
  const session = await ironSession();
  if (typeof session.sessionId === 'string') await sessions().close(session.sessionId);
  session.destroy();
}
