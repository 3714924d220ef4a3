'use client';

import { useId, type ReactNode } from 'react';
import { Notice } from '@/components/ui/Notice';
import { button } from '@/components/ui/styles';
import { useFormAction } from './use-form-action';

/** What the account's order actions answer: idle, or why nothing was ordered. */
interface OrderFormState {
  status: string;
  message?: string;
}

/**
 * The form of an order placed from a service's page (renew it, add addons): hidden fields naming
 * the service, a group of checkboxes under a legend, WHMCS's refusal as an alert, one submit
 * button that says it is working. The action keeps the form's choices (useFormAction) and places
 * the order once however often it is submitted.
 */
export function ServiceOrderForm<State extends OrderFormState>({
  action,
  initial,
  label,
  hidden,
  legend,
  refusalTitle,
  submit,
  children,
}: {
  action: (state: Awaited<State>, formData: FormData) => Promise<State>;
  initial: Awaited<State>;
  /** The form's accessible name. */
  label: string;
  hidden: Record<string, string | number>;
  legend: string;
  /** The alert's title when the answer is not `idle`. */
  refusalTitle: string;
  submit: { idle: string; pending: string };
  /** The choices; `legendId` prefixes ids they need (descriptions). */
  children: (legendId: string) => ReactNode;
}) {
  const { state, pending, formRef, onSubmit, formAction } = useFormAction(action, initial);
  const legendId = useId();
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} aria-label={label} className="space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset aria-labelledby={legendId}>
        <legend id={legendId} className="text-sm font-semibold">
          {legend}
        </legend>
        <div className="mt-2 space-y-2">{children(legendId)}</div>
      </fieldset>
      {state.status !== 'idle' && state.message && (
        <Notice tone="warning" title={refusalTitle} role="alert">
          {state.message}
        </Notice>
      )}
      <button type="submit" className={button.primary} disabled={pending} aria-disabled={pending}>
        {pending ? submit.pending : submit.idle}
      </button>
    </form>
  );
}
