'use server';

import { redirect } from 'next/navigation';
import { usesSandbox } from '@/lib/config/env';
import { fieldErrorsOf, formValues, newPasswordSchema, type FormState, type NewPasswordField } from './forms';

/**
 * The sandbox's stand-in for the page of WHMCS's client area where a reset link leads: sets the
 * new password in the sandbox and goes on to sign in. Does nothing when a real WHMCS is
 * configured (the link then leads to WHMCS itself).
 */
export type NewPasswordState = FormState<NewPasswordField>;

export async function sandboxNewPasswordAction(_previous: NewPasswordState, formData: FormData): Promise<NewPasswordState> {
  if (!usesSandbox()) return { formError: 'Passwords are reset in the billing portal.' };
  const parsed = newPasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) {
    const errors = fieldErrorsOf<NewPasswordField | 'token'>(parsed.error);
    return errors.token ? { formError: EXPIRED } : { fieldErrors: { password: errors.password } };
  }
  const { redeemSandboxPasswordReset } = await import('@/lib/sandbox');
  if (!redeemSandboxPasswordReset(parsed.data.token, parsed.data.password)) return { formError: EXPIRED };
  redirect('/sign-in?reset=1');
}

const EXPIRED = 'This reset link has expired or was already used. Ask for a new one.';
