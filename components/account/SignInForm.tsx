'use client';

import { signInAction, type SignInState } from '@/lib/auth/actions';
import Link from 'next/link';
import { button } from '@/components/ui/styles';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';
import { useFormAction } from './use-form-action';

const INITIAL: SignInState = {};

/** The password reset page, coming back to where sign-in would have gone. */
function resetPasswordPath(next: string): string {
  return `/reset-password?next=${encodeURIComponent(next)}`;
}

/** Email and password, checked by WHMCS; on success the server action goes on to `next`. */
export function SignInForm({ next, idPrefix = 'sign-in' }: { next: string; idPrefix?: string }) {
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(signInAction, INITIAL);
  const errors = state.fieldErrors ?? {};
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Sign in" className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <FormAlert message={state.formError} link={state.formErrorLink} />
      <TextField id={`${idPrefix}-email`} name="email" label="Email address" type="email" autoComplete="email" error={errors.email} />
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password}
      />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <button type="submit" className={`${button.primary} w-full sm:w-auto`} disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
        <Link href={resetPasswordPath(next)} className="inline-flex min-h-6 items-center text-sm font-semibold text-accent-text underline underline-offset-4">
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
