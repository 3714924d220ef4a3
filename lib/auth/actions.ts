'use server';

import { redirect } from 'next/navigation';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { safeNextPath, startSession } from '@/lib/session';
import { addClient, getUsers, resetPassword, validateLogin } from '@/lib/whmcs';
import { authRateLimiter, knownSignIns } from '@/lib/app-services';
import { browsingCurrencyCode, requestIp } from './context';
import {
  fieldErrorsOf,
  formValues,
  passwordResetSchema,
  signInSchema,
  signUpSchema,
  type FormState,
  type PasswordResetField,
  type SignInField,
  type SignUpField,
} from './forms';
import { requestPasswordReset } from './password-reset';
import { portalSignInUrl } from './portal';
import { signIn } from './sign-in';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { signUp } from './sign-up';

/**
 * The sign-in, sign-up and password reset server actions (signing out is a POST to /sign-out). Each validates its own input with zod: a
 * server action is a public endpoint whatever form calls it. Next.js checks the Origin of every
 * server action call against the host, so other sites cannot post to them.
 */

export type SignInState = FormState<SignInField>;
export type SignUpState = FormState<SignUpField>;
/** `sent`: the confirmation to show instead of the form. */
export type PasswordResetState = FormState<PasswordResetField> & { sent?: string };

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(formValues(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<SignInField>(parsed.error) };
  const { email, password, next } = parsed.data;

  const result = await signIn(
    { validateLogin, getUsers, limiter: authRateLimiter(), knownSignIns: knownSignIns(), portalSignInUrl: portalSignInUrl() },
    { email, password, ip: await requestIp() },
  );
  if (!result.ok) return { formError: result.message, formErrorLink: result.link };
  await startSession(result.session);
  redirect(safeNextPath(next));
}

/** The id of the currency the visitor browsed in, so the new client is billed in it. */
async function browsingCurrencyId(): Promise<number | undefined> {
  const code = await browsingCurrencyCode();
  if (!code) return undefined;
  try {
    const { currency, known } = resolveCurrency(await getCatalogue(), code);
    return known ? currency.id : undefined;
  } catch {
    // No catalogue (WHMCS down): WHMCS's default currency will do; AddClient will fail anyway.
    return undefined;
  }
}

export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const parsed = signUpSchema.safeParse(formValues(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<SignUpField>(parsed.error) };

  // A VAT number only where the shop takes one (WHMCS's tax id field): a hand-made post adds none.
  const input = (await availableTaxPolicy())?.vatNumberField ? parsed.data : { ...parsed.data, taxId: undefined };
  const result = await signUp({ addClient, getUsers, limiter: authRateLimiter() }, input, {
    ip: await requestIp(),
    currencyId: await browsingCurrencyId(),
  });
  if (!result.ok) {
    return result.field ? { fieldErrors: { [result.field]: result.message } } : { formError: result.message };
  }
  await startSession(result.session);
  redirect(safeNextPath(parsed.data.next));
}

export async function passwordResetAction(_previous: PasswordResetState, formData: FormData): Promise<PasswordResetState> {
  const parsed = passwordResetSchema.safeParse(formValues(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf<PasswordResetField>(parsed.error) };
  const result = await requestPasswordReset({ resetPassword, limiter: authRateLimiter() }, { email: parsed.data.email, ip: await requestIp() });
  return result.ok ? { sent: result.message } : { formError: result.message };
}
