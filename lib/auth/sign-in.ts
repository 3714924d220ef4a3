import { WhmcsApiError, WhmcsError } from '@/lib/whmcs/errors';
import type { LoginResult, User } from '@/lib/whmcs/types';
import type { SessionData } from '@/lib/session/data';
import { attemptKeys, emailKey } from './limits';
import { describeWait, type RateLimiter } from './rate-limit';

/**
 * Signing in against WHMCS: ValidateLogin says who the user is, GetUsers which clients that user
 * may order for. Dependencies are passed in so the whole decision can be unit tested.
 */
export interface SignInDeps {
  validateLogin(email: string, password: string): Promise<LoginResult>;
  getUsers(search: string): Promise<User[]>;
  limiter: RateLimiter;
  /** Where a customer with two-factor authentication can sign in; null on the sandbox. */
  billingPortalUrl: string | null;
}

export type SignInResult =
  | { ok: true; session: SessionData }
  | {
      ok: false;
      reason: 'invalid' | 'rate-limited' | 'two-factor' | 'no-client' | 'unavailable';
      message: string;
      link?: { href: string; label: string };
    };

export const INVALID_LOGIN_MESSAGE = 'That email address and password do not match an account. Check them and try again.';

/**
 * The client a user orders for: the one they own, else the first they may act for. WHMCS lets a
 * user be invited to other people's clients; their own account is what they mean at a shop.
 */
export function chooseClient(user: Pick<User, 'clients'>): number | null {
  const owned = user.clients.find((client) => client.isOwner);
  return (owned ?? user.clients[0])?.id ?? null;
}

export function rateLimitedMessage(retryAfterMs: number, what: 'sign-in' | 'account creation'): string {
  return `Too many unsuccessful ${what} attempts. For your security, please wait ${describeWait(retryAfterMs)} and try again.`;
}

export async function signIn(
  deps: SignInDeps,
  input: { email: string; password: string; ip: string | null },
): Promise<SignInResult> {
  const ticket = deps.limiter.begin(attemptKeys('sign-in', input.email, input.ip));
  if (!ticket.allowed) return { ok: false, reason: 'rate-limited', message: rateLimitedMessage(ticket.retryAfterMs, 'sign-in') };

  let login: LoginResult;
  try {
    login = await deps.validateLogin(input.email, input.password);
  } catch (error) {
    if (error instanceof WhmcsApiError) return { ok: false, reason: 'invalid', message: INVALID_LOGIN_MESSAGE };
    if (error instanceof WhmcsError) return unavailable(ticket);
    throw error;
  }

  // Still counted as a failure: the shop cannot do the second step, and a "right password" answer
  // must not become a free oracle for someone guessing.
  if (login.twoFactorEnabled) {
    return {
      ok: false,
      reason: 'two-factor',
      message:
        'Your account is protected by two-factor authentication, which this shop cannot check. ' +
        (deps.billingPortalUrl
          ? 'Please sign in through the billing portal, where you can complete the second step; your orders and services are there too.'
          : 'Please sign in through the billing portal instead, or ask support to help you place this order.'),
      link: deps.billingPortalUrl ? { href: deps.billingPortalUrl, label: 'Sign in at the billing portal' } : undefined,
    };
  }

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

  ticket.forgive([emailKey('sign-in', input.email)]);
  return { ok: true, session: { userId: user.id, clientId, email: user.email || input.email, firstName: user.firstName } };
}

/** WHMCS did not answer: not the customer's failure, so it does not count against them. */
function unavailable(ticket: { forgive: () => void }): SignInResult {
  ticket.forgive();
  return { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
}

const UNAVAILABLE_MESSAGE =
  'We could not reach our billing system just now, so you are not signed in. Please try again in a minute.';
