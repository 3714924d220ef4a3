import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isResetTokenValid, listMail, redeemPasswordReset, RESET_LINK_PREFIX } from '../password-reset';
import { createTestSandbox, type TestSandbox } from '../testkit';

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
});
afterEach(() => sandbox.close());

describe('ResetPassword', () => {
  it('emails the user a link that sets a new password once', async () => {
    expect((await sandbox.call('ResetPassword', { email: 'DEMO@example.com' })).body).toEqual({ result: 'success' });
    const [mail] = listMail(sandbox.db);
    expect(mail).toMatchObject({ to: 'demo@example.com', subject: 'Password Reset Confirmation', link: expect.stringMatching(RESET_LINK_PREFIX) });
    const token = mail!.link.slice(RESET_LINK_PREFIX.length);
    expect(isResetTokenValid(sandbox.db, token, sandbox.clock.now)).toBe(true);

    expect(redeemPasswordReset(sandbox.db, token, 'a brand new password', sandbox.clock.now)).toBe(true);
    expect((await sandbox.call('ValidateLogin', { email: 'demo@example.com', password2: 'a brand new password' })).body.result).toBe('success');
    expect((await sandbox.call('ValidateLogin', { email: 'demo@example.com', password2: 'demo1234' })).body.result).toBe('error');
    // Used up.
    expect(redeemPasswordReset(sandbox.db, token, 'another one', sandbox.clock.now)).toBe(false);
  });

  it('takes a user id; only the latest link works, and not after an hour', async () => {
    await sandbox.call('ResetPassword', { id: 1 });
    await sandbox.call('ResetPassword', { id: 1 });
    const [latest, earlier] = listMail(sandbox.db).map((mail) => mail.link.slice(RESET_LINK_PREFIX.length));
    expect(isResetTokenValid(sandbox.db, earlier!, sandbox.clock.now)).toBe(false);
    const later = new Date(sandbox.clock.now.getTime() + 60 * 60_000);
    expect(redeemPasswordReset(sandbox.db, latest!, 'too late for this', later)).toBe(false);
  });

  it('answers an error for an unknown user or no user at all, and sends nothing', async () => {
    expect((await sandbox.call('ResetPassword', { email: 'nobody@example.com' })).body).toEqual({ result: 'error', message: 'User Not Found' });
    expect((await sandbox.call('ResetPassword', {})).body.result).toBe('error');
    expect(listMail(sandbox.db)).toEqual([]);
  });
});
