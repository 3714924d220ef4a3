import { WhmcsApiError, WhmcsError } from '@/lib/whmcs/errors';
import type { NewClient, User } from '@/lib/whmcs/types';
import type { SessionData } from '@/lib/session/data';
import type { SignUpField, SignUpInput } from './forms';
import { attemptKeys } from './limits';
import type { RateLimiter } from './rate-limit';
import { rateLimitedMessage } from './sign-in';
import { mapAddClientError } from './signup-errors';

/** Creating a customer account with AddClient, and signing the new owner in. */
export interface SignUpDeps {
  addClient(input: NewClient, clientIp?: string): Promise<{ clientId: number; ownerUserId: number | null }>;
  getUsers(search: string): Promise<User[]>;
  limiter: RateLimiter;
}

export type SignUpResult =
  | { ok: true; session: SessionData }
  | { ok: false; field: SignUpField | null; message: string; reason: 'rejected' | 'rate-limited' | 'unavailable' };

export function toNewClient(input: SignUpInput, currencyId: number | undefined): NewClient {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    companyName: input.companyName || undefined,
    email: input.email,
    password: input.password,
    address1: input.address1,
    city: input.city,
    state: input.state,
    postcode: input.postcode,
    country: input.country,
    phoneNumber: input.phoneNumber,
    currencyId,
    taxId: input.taxId,
  };
}

export async function signUp(
  deps: SignUpDeps,
  input: SignUpInput,
  context: { ip: string | null; /** The currency the customer browsed in, so prices stay what they saw. */ currencyId?: number },
): Promise<SignUpResult> {
  const ticket = await deps.limiter.begin(attemptKeys('sign-up', input.email, context.ip));
  if (!ticket.allowed) {
    return { ok: false, reason: 'rate-limited', field: null, message: rateLimitedMessage(ticket.retryAfterMs, 'account creation') };
  }

  let created: { clientId: number; ownerUserId: number | null };
  try {
    created = await deps.addClient(toNewClient(input, context.currencyId), context.ip ?? undefined);
  } catch (error) {
    if (error instanceof WhmcsApiError) return { ok: false, reason: 'rejected', ...mapAddClientError(error.message) };
    if (error instanceof WhmcsError) {
      // AddClient is a write: it may have happened. Saying "try again" could hit "already exists",
      // which then tells the customer to sign in: the honest next step either way.
      await ticket.forgive();
      return {
        ok: false,
        reason: 'unavailable',
        field: null,
        message:
          'We could not reach our billing system to create your account. Please try again in a minute; if it says the email address is taken, your account was created and you can sign in.',
      };
    }
    throw error;
  }
  await ticket.forgive();

  // WHMCS before 8.0 does not name the owner; the new user is the one with this exact email.
  let userId = created.ownerUserId;
  if (userId === null) {
    const users = await deps.getUsers(input.email).catch(() => []);
    userId = users.find((user) => user.email.toLowerCase() === input.email.toLowerCase())?.id ?? null;
  }
  if (userId === null) {
    return {
      ok: false,
      reason: 'unavailable',
      field: null,
      message: 'Your account was created. Please sign in with your email address and password to continue.',
    };
  }
  return { ok: true, session: { userId, clientId: created.clientId, email: input.email, firstName: input.firstName } };
}
