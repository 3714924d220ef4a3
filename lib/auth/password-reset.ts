import { WhmcsApiError, WhmcsError } from '@/lib/whmcs/errors';
import { attemptKeys } from './limits';
import type { RateLimiter } from './rate-limit';
import { rateLimitedMessage } from './sign-in';

/**
 * "Forgot your password?": asks WHMCS to email a reset link (ResetPassword). Whether the address
 * has an account is never said: WHMCS refusing an unknown address gets the same answer as a
 * link sent. Every request counts against the limits (not only failures), so nobody can flood an
 * inbox or probe addresses quickly.
 */
export interface PasswordResetDeps {
  resetPassword(email: string): Promise<void>;
  limiter: RateLimiter;
}

export type PasswordResetResult = { ok: true; message: string } | { ok: false; reason: 'rate-limited' | 'unavailable'; message: string };

export function resetSentMessage(email: string): string {
  return `If ${email} belongs to an account, we have sent it a link to choose a new password. Check your inbox (and your spam folder); the link works for a limited time.`;
}

export async function requestPasswordReset(deps: PasswordResetDeps, input: { email: string; ip: string | null }): Promise<PasswordResetResult> {
  const ticket = await deps.limiter.begin(attemptKeys('reset', input.email, input.ip));
  if (!ticket.allowed) {
    return { ok: false, reason: 'rate-limited', message: rateLimitedMessage(ticket.retryAfterMs, 'password reset') };
  }
  try {
    await deps.resetPassword(input.email);
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    if (!(error instanceof WhmcsApiError)) {
      await ticket.forgive();
      return {
        ok: false,
        reason: 'unavailable',
        message: 'We could not reach our billing system to send the email. Please try again in a minute.',
      };
    }
  }
  return { ok: true, message: resetSentMessage(input.email) };
}
