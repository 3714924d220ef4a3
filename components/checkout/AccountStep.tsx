import type { Country } from '@/lib/geo/countries';
import { SignInForm } from '@/components/account/SignInForm';
import { SignUpForm } from '@/components/account/SignUpForm';
import { card } from '@/components/ui/styles';

/**
 * Checkout's first step for a visitor who is not signed in: create an account or sign in, chosen
 * with a radio group. The choice shows its form with CSS alone (`:has(:checked)`), so it works
 * before (and without) JavaScript.
 */
export function AccountStep({ countries, vatNumber }: { countries: Country[]; /** Sign-up asks for a VAT number. */ vatNumber: boolean }) {
  const choice =
    'flex min-h-11 flex-1 cursor-pointer items-center gap-3 rounded-xl border border-line-strong bg-surface px-4 py-3 text-sm font-medium has-[:checked]:border-accent has-[:checked]:bg-subtle';
  return (
    <section aria-labelledby="account-step-heading" className={`${card} group p-5 sm:p-6`}>
      <h2 id="account-step-heading" className="text-lg font-semibold">
        1. Your account
      </h2>
      <fieldset className="mt-4">
        <legend className="text-sm text-muted">Have you ordered from us before?</legend>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row">
          <label className={choice}>
            <input type="radio" name="account-choice" id="account-new" value="new" defaultChecked className="peer size-4 accent-accent" />
            I’m a new customer
          </label>
          <label className={choice}>
            <input type="radio" name="account-choice" id="account-existing" value="existing" className="peer size-4 accent-accent" />
            I have an account
          </label>
        </div>
      </fieldset>
      <div className="mt-6 group-has-[#account-existing:checked]:hidden">
        <h3 className="mb-4 font-semibold">Create your account</h3>
        <SignUpForm next="/checkout" countries={countries} idPrefix="checkout-sign-up" vatNumber={vatNumber} />
      </div>
      <div className="mt-6 hidden group-has-[#account-existing:checked]:block">
        <h3 className="mb-4 font-semibold">Sign in</h3>
        <SignInForm next="/checkout" idPrefix="checkout-sign-in" />
      </div>
    </section>
  );
}
