import { z } from 'zod';
import '@/lib/security/zod-without-eval';
import { isCountryCode } from '@/lib/geo/countries';
import { checkVatNumber } from '@/lib/tax/vat-number';

/**
 * The sign-in and sign-up forms: one zod schema per form, used by the server actions (the
 * boundary that counts) and shared with the forms for field names. Pure, so client code may
 * import it.
 */

const email = z
  .string({ message: 'Enter your email address.' })
  .trim()
  .min(1, 'Enter your email address.').max(254).pipe(z.email('Enter an email address like name@example.com.'));
/** Where to go after signing in; re-checked with safeNextPath before use. */
const next = z.string().max(2000).optional();

export const signInSchema = z.object({
  email,
  password: z.string({ message: 'Enter your password.' }).min(1, 'Enter your password.').max(512),
  next,
});
type SignInInput = z.infer<typeof signInSchema>;

/** "Forgot your password?": the address to send the reset link to. */
export const passwordResetSchema = z.object({ email, next });
export type PasswordResetField = 'email';

/** A form field that must be filled; a missing field (not sent at all) gets the same message as an empty one. */
const required = (message: string, max = 100) => z.string({ message }).trim().min(1, message).max(max, 'This is too long.');

export const MIN_PASSWORD_LENGTH = 8;

const newPassword = z
  .string({ message: 'Choose a password.' })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(512, 'This is too long.');

/** The sandbox's stand-in for WHMCS's "choose a new password" page. */
export const newPasswordSchema = z.object({ token: z.string().min(1).max(200), password: newPassword });
export type NewPasswordField = 'password';

const signUpFields = z.object({
  firstName: required('Enter your first name.'),
  lastName: required('Enter your last name.'),
  companyName: z.string().trim().max(100, 'This is too long.').optional(),
  email,
  password: newPassword,
  address1: required('Enter your street address.', 200),
  city: required('Enter your city.'),
  state: required('Enter your state or region.'),
  postcode: required('Enter your postcode.', 20),
  country: z
    .string({ message: 'Choose your country.' })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, 'Choose your country.'),
  phoneNumber: z
    .string({ message: 'Enter your phone number.' })
    .trim()
    .min(1, 'Enter your phone number.')
    .max(30, 'This is too long.')
    .regex(/^\+?[0-9 ().-]{5,}$/, 'Enter a phone number using digits, spaces and an optional leading +.'),
  /** Offered where the shop takes VAT numbers; checked for its country's format, then sent to AddClient's `tax_id` normalised. */
  taxId: z.string().trim().max(40, 'This is too long.').optional(),
  next,
});
export type SignUpField = Exclude<keyof z.infer<typeof signUpFields>, 'next'>;

export const signUpSchema = signUpFields.transform((input, context): Omit<typeof input, 'taxId'> & { taxId?: string } => {
  if (!input.taxId) return { ...input, taxId: undefined };
  const check = checkVatNumber(input.country, input.taxId);
  if (check.ok) return { ...input, taxId: check.value };
  context.addIssue({ code: 'custom', path: ['taxId'], message: check.message });
  return z.NEVER;
});
export type SignUpInput = z.output<typeof signUpSchema>;
export type SignInField = Exclude<keyof SignInInput, 'next'>;

/** What a form action answers: errors next to fields, one for the whole form, and what was typed. */
export interface FormState<Field extends string> {
  formError?: string;
  /** A link that helps with the form error (the billing portal for two-factor sign-in). */
  formErrorLink?: { href: string; label: string };
  fieldErrors?: Partial<Record<Field, string>>;
}

/** The first message per field of a zod error, keyed by field name. */
export function fieldErrorsOf<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && !(key in errors)) errors[key as Field] = issue.message;
  }
  return errors;
}

/** A FormData's string fields as a plain object (files and repeated keys are not part of these forms). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !(key in values)) values[key] = value;
  }
  return values;
}
