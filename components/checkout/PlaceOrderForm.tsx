'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { checkOrderAction, placeOrderAction } from '@/lib/checkout/actions';
import { IDLE, type PlaceOrderState } from '@/lib/checkout/forms';
import { MESSAGES } from '@/lib/checkout/messages';
import type { PaymentMethod } from '@/lib/whmcs/types';
import { button, field } from '@/components/ui/styles';

export interface PlaceOrderFormProps {
  /** The idempotency key of the cart shown (see lib/checkout): every tab showing it carries the same. */
  attemptKey: string;
  /** The fingerprint of the review shown above the form. */
  reviewed: string;
  /** Empty when there is nothing to pay: then the customer is not asked (the server picks WHMCS's first method). */
  paymentMethods: PaymentMethod[];
  /** An earlier submission's outcome is not known yet: start by checking it. */
  pendingCheck: boolean;
  /** "$59.40 USD", next to the button. */
  dueToday: string;
  /** The shop's terms of service (SHOP_TERMS_URL or the shop's own /terms page), linked from the checkbox. */
  termsUrl: string;
  /** SHOP_SUPPORT_URL, offered when the account cannot order (a closed account). */
  supportUrl?: string;
  /** The tax and total shown (lib/checkout/invoiced-tax encodeShown), for the receipt to compare with the invoice. */
  shown?: string;
}

/**
 * Payment method, terms, and "Place order". The key travels in a hidden field; it names the cart
 * content, so every submission of it (a double click, a retry after an error, a reload, another
 * tab) is one order on the server. When the server says the order changed, the page is rendered
 * again from the current cart, with that cart's key.
 */
export function PlaceOrderForm({ attemptKey, reviewed, paymentMethods, pendingCheck, dueToday, termsUrl, supportUrl, shown }: PlaceOrderFormProps) {
  const router = useRouter();
  const [placeState, placeAction, placing] = useActionState<PlaceOrderState, FormData>(placeOrderAction, IDLE);
  const [checkState, checkAction, checking] = useActionState<PlaceOrderState, FormData>(
    checkOrderAction,
    pendingCheck ? { status: 'unknown', message: MESSAGES.unknown } : IDLE,
  );
  const [latest, setLatest] = useState<'place' | 'check'>(pendingCheck ? 'check' : 'place');
  const state = latest === 'place' ? placeState : checkState;
  const busy = placing || checking;
  const waitingForAnswer = state.status === 'unknown' || state.status === 'in-progress';
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    // The review above is out of date: render it again from the current cart and prices.
    if (placeState.status === 'changed') router.refresh();
  }, [placeState, router]);

  function submit(kind: 'place' | 'check', action: (formData: FormData) => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      // Through onSubmit so React does not reset the form (the payment choice and the ticked terms stay).
      event.preventDefault();
      const formData = new FormData(event.currentTarget);
      setLatest(kind);
      startTransition(() => action(formData));
    };
  }

  const isError = state.status === 'not-placed' || state.status === 'invalid' || state.status === 'changed' || state.status === 'not-orderable';

  return (
    <div className="space-y-5">
      <form action={placeAction} onSubmit={submit('place', placeAction)} noValidate aria-label="Place order" aria-busy={busy} className="space-y-5">
        <input type="hidden" name="attemptKey" value={attemptKey} />
        <input type="hidden" name="reviewed" value={reviewed} />
        {shown && <input type="hidden" name="shown" value={shown} />}

        {paymentMethods.length > 0 && (
          <fieldset aria-describedby={errors.paymentMethod ? 'payment-method-error' : undefined}>
            <legend className={field.label}>Payment method</legend>
            <div className="mt-2 space-y-2">
              {paymentMethods.map((method, index) => (
                <label
                  key={method.module}
                  className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border border-line-strong bg-surface px-4 py-2 text-sm font-medium has-[:checked]:border-accent has-[:checked]:bg-subtle"
                >
                  <input type="radio" name="paymentMethod" value={method.module} defaultChecked={index === 0} className="peer size-4 accent-accent" />
                  {method.displayName}
                </label>
              ))}
            </div>
            <p id="payment-method-error" aria-live="polite" className={errors.paymentMethod ? field.error : 'sr-only'}>
              {errors.paymentMethod ?? ''}
            </p>
          </fieldset>
        )}

        <div>
          <label className="flex min-h-11 cursor-pointer items-start gap-3 text-sm">
            <input
              type="checkbox"
              name="acceptTerms"
              required
              aria-invalid={errors.acceptTerms ? true : undefined}
              aria-describedby={errors.acceptTerms ? 'accept-terms-error' : undefined}
              className="mt-0.5 size-5 shrink-0 accent-accent"
            />
            <span>
              I have read and agree to the{' '}
              <a href={termsUrl} target="_blank" rel="noopener" className="font-semibold text-accent-text underline underline-offset-4">
                terms of service
              </a>
              .
            </span>
          </label>
          <p id="accept-terms-error" aria-live="polite" className={errors.acceptTerms ? field.error : 'sr-only'}>
            {errors.acceptTerms ?? ''}
          </p>
        </div>

        <div role="alert" className={isError && state.message ? 'rounded-xl border border-danger bg-danger-bg px-4 py-3 text-sm font-medium' : 'sr-only'}>
          {isError ? (state.message ?? '') : ''}
          {state.status === 'not-orderable' && supportUrl ? (
            <>
              {' '}
              <a href={supportUrl} className="font-semibold underline underline-offset-4">
                Contact support
              </a>
            </>
          ) : null}
        </div>

        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <button type="submit" className={`${button.primary} w-full text-base sm:w-auto`} disabled={busy || waitingForAnswer}>
            {placing ? 'Placing your order…' : 'Place order'}
          </button>
          <p className="text-sm text-muted">
            You pay <strong className="font-semibold text-fg tabular-nums">{dueToday}</strong> today.
          </p>
        </div>
      </form>

      <div role="status" aria-live="polite">
        {waitingForAnswer && (
          <div className="rounded-xl border border-warning-line bg-warning-bg px-4 py-3 text-sm">
            <p className="font-medium">{state.message}</p>
            <form action={checkAction} onSubmit={submit('check', checkAction)} className="mt-3">
              <input type="hidden" name="attemptKey" value={attemptKey} />
              <button type="submit" className={button.secondary} disabled={busy}>
                {checking ? 'Checking…' : 'Check again'}
              </button>
            </form>
          </div>
        )}
      </div>
    </div>
  );
}
