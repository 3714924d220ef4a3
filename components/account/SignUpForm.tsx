'use client';

import { signUpAction, type SignUpState } from '@/lib/auth/actions';
import type { Country } from '@/lib/geo/countries';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/forms';
import { button, field } from '@/components/ui/styles';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';
import { useFormAction } from './use-form-action';

const INITIAL: SignUpState = {};

/**
 * A new customer account (WHMCS AddClient): name, email, password, address and phone, and a VAT
 * number where the shop takes one. WHMCS's refusals come back on the field they are about.
 */
export function SignUpForm({
  next,
  countries,
  idPrefix = 'sign-up',
  vatNumber = false,
}: {
  next: string;
  countries: Country[];
  idPrefix?: string;
  /** The shop asks for a VAT number at sign-up (WHMCS's tax id field, TaxPolicy.vatNumberField). */
  vatNumber?: boolean;
}) {
  const { state, formAction, pending, formRef, onSubmit } = useFormAction(signUpAction, INITIAL);
  const errors = state.fieldErrors ?? {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const countryError = errors.country;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-busy={pending} aria-label="Create account" className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <FormAlert message={state.formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={id('first-name')} name="firstName" label="First name" autoComplete="given-name" error={errors.firstName} />
        <TextField id={id('last-name')} name="lastName" label="Last name" autoComplete="family-name" error={errors.lastName} />
      </div>
      <TextField id={id('company')} name="companyName" label="Company" autoComplete="organization" required={false} error={errors.companyName} />
      <TextField id={id('email')} name="email" label="Email address" type="email" autoComplete="email" error={errors.email} />
      <TextField
        id={id('password')}
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. You will use it to sign in here and in the billing portal.`}
        error={errors.password}
      />
      <TextField id={id('address')} name="address1" label="Street address" autoComplete="address-line1" error={errors.address1} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={id('city')} name="city" label="City" autoComplete="address-level2" error={errors.city} />
        <TextField id={id('state')} name="state" label="State or region" autoComplete="address-level1" error={errors.state} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={id('postcode')} name="postcode" label="Postcode" autoComplete="postal-code" error={errors.postcode} />
        <div>
          <label htmlFor={id('country')} className={field.label}>
            Country
          </label>
          <select
            id={id('country')}
            name="country"
            required
            autoComplete="country"
            defaultValue=""
            aria-invalid={countryError ? true : undefined}
            aria-describedby={countryError ? `${id('country')}-error` : undefined}
            className={field.input}
          >
            <option value="" disabled>
              Choose a country
            </option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          <p id={`${id('country')}-error`} aria-live="polite" className={countryError ? field.error : 'sr-only'}>
            {countryError ?? ''}
          </p>
        </div>
      </div>
      <TextField id={id('phone')} name="phoneNumber" label="Phone number" type="tel" autoComplete="tel" error={errors.phoneNumber} />
      {vatNumber && (
        <TextField
          id={id('tax-id')}
          name="taxId"
          label="VAT number"
          required={false}
          autoComplete="off"
          maxLength={40}
          hint="For businesses. We check its format for your country; our billing system confirms it with the EU’s VIES service where that is switched on. A business with a valid EU VAT number may pay no VAT."
          error={errors.taxId}
        />
      )}
      <button type="submit" className={`${button.primary} w-full sm:w-auto`} disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
