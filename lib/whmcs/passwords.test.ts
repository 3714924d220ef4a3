import { describe, expect, it, vi } from 'vitest';
import { createWhmcsApi } from './api';
import type { CallFn } from './client';
import { WhmcsApiError, WhmcsUnavailableError } from './errors';

describe('resetPassword', () => {
  it('sends ResetPassword with the email and accepts the bare success answer', async () => {
    const call = vi.fn<CallFn>(async () => ({ result: 'success' }));
    await expect(createWhmcsApi(call).resetPassword('ada@example.com')).resolves.toBeUndefined();
    expect(call).toHaveBeenCalledWith('ResetPassword', { email: 'ada@example.com' }, undefined);
  });

  it("passes WHMCS's refusal on, and calls another answer invalid", async () => {
    const refused = vi.fn<CallFn>(async () => {
      throw new WhmcsApiError('ResetPassword', 'User Not Found');
    });
    await expect(createWhmcsApi(refused).resetPassword('who@example.com')).rejects.toBeInstanceOf(WhmcsApiError);
    const odd = vi.fn<CallFn>(async () => ({ result: 'maybe' }));
    await expect(createWhmcsApi(odd).resetPassword('ada@example.com')).rejects.toBeInstanceOf(WhmcsUnavailableError);
  });
});
