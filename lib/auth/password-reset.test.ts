import { describe, expect, it, vi } from 'vitest';
import { memoryStoreDb } from '@/lib/store/test-databases';
import { WhmcsApiError, WhmcsUnavailableError } from '@/lib/whmcs/errors';
import { PER_PAIR } from './limits';
import { requestPasswordReset, resetSentMessage, type PasswordResetDeps } from './password-reset';
import { createRateLimiter } from './rate-limit';

async function deps(resetPassword: PasswordResetDeps['resetPassword']): Promise<PasswordResetDeps> {
  return { resetPassword: vi.fn(resetPassword), limiter: createRateLimiter(await memoryStoreDb()) };
}

describe('requestPasswordReset', () => {
  it('answers the same whether WHMCS knows the address or not', async () => {
    const known = await requestPasswordReset(await deps(async () => undefined), { email: 'demo@example.com', ip: '203.0.113.1' });
    const unknown = await requestPasswordReset(
      await deps(async () => {
        throw new WhmcsApiError('ResetPassword', 'User Not Found');
      }),
      { email: 'demo@example.com', ip: '203.0.113.1' },
    );
    expect(known).toEqual({ ok: true, message: resetSentMessage('demo@example.com') });
    expect(unknown).toEqual(known);
  });

  it('counts every request, so an inbox cannot be flooded from one place', async () => {
    const d = await deps(async () => undefined);
    for (let i = 0; i < PER_PAIR.maxFailures; i++) await requestPasswordReset(d, { email: 'demo@example.com', ip: '203.0.113.1' });
    expect(await requestPasswordReset(d, { email: 'demo@example.com', ip: '203.0.113.1' })).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(d.resetPassword).toHaveBeenCalledTimes(PER_PAIR.maxFailures);
  });

  it('says to try again when WHMCS does not answer, without counting it', async () => {
    const d = await deps(async () => {
      throw new WhmcsUnavailableError('ResetPassword', 'timeout', 'slow');
    });
    for (let i = 0; i < 8; i++) {
      expect(await requestPasswordReset(d, { email: 'demo@example.com', ip: '203.0.113.1' })).toMatchObject({ reason: 'unavailable' });
    }
  });
});
