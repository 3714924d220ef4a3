'use client';

import Link from 'next/link';
import { passwordResetAction, type PasswordResetState } from '@/lib/auth/actions';
import { Notice } from '@/components/ui/Notice';
import { button } from '@/components/ui/styles';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';
import { useFormAction } from './use-form-action';

const INITIAL: PasswordResetState = {};

/** The email address to send WHMCS's reset link to; then what happens next, in words. */
export function PasswordResetForm({ next }: { next: string }) {
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(passwordResetAction, INITIAL);
  if (state.sent) {
    return (
      <div className="space-y-4">
        <Notice title="Check your email" role="status">
          {state.sent}
        </Notice>
        <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={button.secondary}>
          Back to sign in
        </Link>
      </div>
    );
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Reset your password" className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <FormAlert message={state.formError} />
      <TextField
        id="reset-email"
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        hint="The address you sign in with. We will email it a link to choose a new password."
        error={state.fieldErrors?.email}
      />
      <button type="submit" className={`${button.primary} w-full sm:w-auto`} disabled={pending}>
        {pending ? 'Sending…' : 'Send the reset link'}
      </button>
    </form>
  );
}
