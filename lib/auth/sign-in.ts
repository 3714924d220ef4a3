import { WhmcsApiError, WhmcsError } from '@/lib/whmcs/errors';
import type { LoginResult, User } from '@/lib/whmcs/types';
import type { SessionData } from '@/lib/session/data';
import type { KnownSignIns } from './known-sign-ins';
import { attemptKeys, pairKey } from './limits';
import { describeWait, type RateLimiter } from './rate-limit';

/**
 * Signing in against WHMCS: ValidateLogin says who the user is, GetUsers which clients that user
 * may order for. Dependencies are passed in so the whole decision can be unit tested.
 */
export interface SignInDeps {
  validateLogin(email: string, password: string): Promise<LoginResult>;
  getUsers(search: string): Promise<User[]>;
  limiter: RateLimiter;
  knownSignIns: KnownSignIns;
  /** The billing portal's sign-in page, where two-factor accounts sign in; null on the sandbox. */
  portalSignInUrl: string | null;
}

export type SignInResult =
  | { ok: true; session: SessionData }
  | {
      ok: false;
      reason: 'invalid' | 'rate-limited' | 'no-client' | 'unavailable';
      message: string;
      link?: { href: string; label: string };
    };

/**
 * A wrong password, an unknown email and the right password of a two-factor account all get
 * these words: telling the last apart would confirm a guessed password without its second factor.
 */
export const INVALID_LOGIN_MESSAGE =
  'That email address and password do not match an account. Check them and try again. ' +
  'If your account uses two-factor authentication, sign in at the billing portal instead.';

const RESET_PASSWORD_PATH = '/reset-password';

/**
 * The client a user orders for: the one they own, else the first they may act for. WHMCS lets a
 * user be invited to other people's clients; their own account is what they mean at a shop.
 */
export function chooseClient(user: Pick<User, 'clients'>): number | null {
  const owned = user.clients.find((client) => client.isOwner);
  return (owned ?? user.clients[0])?.id ?? null;
}

export function rateLimitedMessage(retryAfterMs: number, what: 'sign-in' | 'account creation' | 'password reset'): string {
  return `Too many unsuccessful ${what} attempts. For your security, please wait ${describeWait(retryAfterMs)} and try again.`;
}

function invalid(deps: SignInDeps): SignInResult {
  return {
    ok: false,
    reason: 'invalid',
    message: INVALID_LOGIN_MESSAGE,
    link: deps.portalSignInUrl ? { href: deps.portalSignInUrl, label: 'Sign in at the billing portal' } : undefined,
  };
}

export async function signIn(
  deps: SignInDeps,
  input: { email: string; password: string; ip: string | null },
): Promise<SignInResult> {
  const ownerKnown = input.ip !== null && (await deps.knownSignIns.isKnown(input.email, input.ip));
  const ticket = await deps.limiter.begin(attemptKeys('sign-in', input.email, input.ip, ownerKnown));
  if (!ticket.allowed) {
    return {
      ok: false,
      reason: 'rate-limited',
      message: `${rateLimitedMessage(ticket.retryAfterMs, 'sign-in')} If you forgot your password, you can reset it now.`,
      link: { href: RESET_PASSWORD_PATH, label: 'Reset your password' },
    };
  }

  let login: LoginResult;
  try {
    login = await deps.validateLogin(input.email, input.password);
  } catch (error) {
    if (error instanceof WhmcsApiError) return invalid(deps);
    if (error instanceof WhmcsError) return unavailable(ticket);
    throw error;
  }

  // The shop cannot do the second step: until it can, the right password of a two-factor account
  // answers exactly like a wrong one (and counts like one), or guessing would have an oracle.
  if (login.twoFactorEnabled) return invalid(deps);

  let users: User[];
  try {
    users = await deps.getUsers(input.email);
  } catch (error) {
    if (error instanceof WhmcsError) return unavailable(ticket);
    throw error;
  }
  // GetUsers searches by substring: only the user ValidateLogin named counts.
  const user = users.find((candidate) => candidate.id === login.userId);
  const clientId = user ? chooseClient(user) : null;
  if (!user || clientId === null) {
    return {
      ok: false,
      reason: 'no-client',
      message: 'Your login is not linked to a billing account yet, so it cannot place orders. Please contact support.',
    };
  }

  // Only this place's failures are wiped: the account's own ceiling keeps counting an attack
  // from elsewhere, which the owner, now known here, is not slowed down by.
  if (input.ip) {
    await ticket.forgive([pairKey('sign-in', input.email, input.ip)]);
    await deps.knownSignIns.remember(input.email, input.ip);
  } else {
    await ticket.forgive();
  }
  return { ok: true, session: { userId: user.id, clientId, email: user.email || input.email, firstName: user.firstName } };
}

/** WHMCS did not answer: not the customer's failure, so it does not count against them. */
async function unavailable(ticket: { forgive: () => Promise<void> }): Promise<SignInResult> {
  await ticket.forgive();
  return { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
}

const UNAVAILABLE_MESSAGE =
  'We could not reach our billing system just now, so you are not signed in. Please try again in a minute.';
