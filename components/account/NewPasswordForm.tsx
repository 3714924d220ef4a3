'use client';

import { MIN_PASSWORD_LENGTH } from '@/lib/auth/forms';
import { sandboxNewPasswordAction, type NewPasswordState } from '@/lib/auth/sandbox-password';
import { button } from '@/components/ui/styles';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';
import { useFormAction } from './use-form-action';

const INITIAL: NewPasswordState = {};

/** The new password for a reset link (the sandbox's stand-in for WHMCS's page). */
export function NewPasswordForm({ token }: { token: string }) {
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(sandboxNewPasswordAction, INITIAL);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Choose a new password" className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormAlert message={state.formError} />
      <TextField
        id="new-password"
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={512}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={state.fieldErrors?.password}
      />
      <button type="submit" className={`${button.primary} w-full sm:w-auto`} disabled={pending}>
        {pending ? 'Saving…' : 'Save the new password'}
      </button>
    </form>
  );
}
