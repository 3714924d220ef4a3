'use client';

import { useId, useState } from 'react';
import type { AdditionalField } from '@/lib/domains/additional-fields';
import type { ChosenExtras } from '@/lib/pricing';
import type { DomainExtra } from '@/lib/whmcs/types';
import { button, field } from '@/components/ui/styles';
import { removeItem } from './actions';
import { focusCartTitle, useCartAction } from './CartStatus';
import { updateDomainLine } from './domain-actions';

export interface DomainLineFormProps {
  domainId: string;
  display: string;
  type: 'register' | 'transfer';
  years: number;
  /** The periods the TLD offers, each with its price in words ("2 years: $25.98 USD"). */
  periods: { years: number; label: string }[];
  /** The extras the TLD offers, with their price in words ("+$1.50 USD a year"). */
  extras: { extra: DomainExtra; label: string; price: string }[];
  chosen: ChosenExtras;
  fields: readonly AdditionalField[];
  answers: Record<string, string>;
  /** A transfer's EPP code is stored (sealed): never shown, only "saved". */
  hasEppCode: boolean;
}

const quiet = 'inline-flex min-h-11 items-center justify-center rounded-lg px-3 text-sm font-medium text-accent-text underline-offset-4 hover:underline';

/**
 * A domain line's choices in the cart: period, extras, the TLD's required details, the EPP code
 * of a transfer. Saved together (the server checks them all against the TLD); errors appear
 * beside their field and what was typed stays.
 */
export function DomainLineForm(props: DomainLineFormProps) {
  const { domainId, display, type, periods, extras, fields } = props;
  const id = useId();
  const { pending, run } = useCartAction();
  const [years, setYears] = useState(String(props.years));
  const [chosen, setChosen] = useState<ChosenExtras>(props.chosen);
  const [answers, setAnswers] = useState<Record<string, string>>(props.answers);
  const [eppCode, setEppCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const save = () =>
    run(
      () => updateDomainLine({ domainId, years: Number(years), extras: chosen, fields: answers, ...(eppCode.trim() ? { eppCode } : {}) }),
      (result) => {
        setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
        setMessage(result.ok ? null : result.message);
        if (result.ok) setEppCode('');
      },
    );
  const errorOf = (name: string) => errors[name];
  /** Element ids from field names ("fields.Nexus Category"): no spaces, which aria-describedby would split. */
  const domId = (name: string) => `${id}-${name.replace(/[^a-z0-9]/gi, '-')}`;
  const describedBy = (name: string, hint?: boolean) => [hint ? `${domId(name)}-hint` : '', errorOf(name) ? `${domId(name)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (name: string) =>
    errorOf(name) ? (
      <p id={`${domId(name)}-error`} className={field.error}>
        {errorOf(name)}
      </p>
    ) : null;

  return (
    <form
      className="mt-4 space-y-4"
      aria-busy={pending}
      aria-label={`Options for ${display}`}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-years`} className={field.label}>
            {type === 'register' ? 'Registration period' : 'Transfer period'}
          </label>
          <select
            id={`${id}-years`}
            className={field.input}
            value={years}
            onChange={(event) => setYears(event.target.value)}
            aria-invalid={errorOf('years') ? true : undefined}
            aria-describedby={describedBy('years')}
          >
            {periods.map((period) => (
              <option key={period.years} value={period.years}>
                {period.label}
              </option>
            ))}
          </select>
          {errorText('years')}
        </div>
        {type === 'transfer' && (
          <div>
            <label htmlFor={`${id}-epp`} className={field.label}>
              EPP code
            </label>
            <input
              id={`${id}-epp`}
              type="password"
              autoComplete="off"
              className={field.input}
              value={eppCode}
              onChange={(event) => setEppCode(event.target.value)}
              aria-invalid={errorOf('eppCode') ? true : undefined}
              aria-describedby={describedBy('eppCode', true)}
            />
            <p id={`${domId('eppCode')}-hint`} className={field.hint}>
              {props.hasEppCode ? 'Saved. Type a new one only to replace it.' : 'The transfer code your current registrar gives you.'}
            </p>
            {errorText('eppCode')}
          </div>
        )}
      </div>

      {extras.length > 0 && (
        <fieldset aria-describedby={describedBy('extras')}>
          <legend className={field.label}>Extras</legend>
          <div className="mt-1.5 flex flex-wrap gap-x-6 gap-y-1">
            {extras.map((extra) => (
              <label key={extra.extra} className="inline-flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={chosen[extra.extra]}
                  onChange={(event) => setChosen({ ...chosen, [extra.extra]: event.target.checked })}
                />
                {extra.label} <span className="text-muted tabular-nums">{extra.price}</span>
              </label>
            ))}
          </div>
          {errorText('extras')}
        </fieldset>
      )}

      {fields.length > 0 && (
        <div className="grid gap-4 sm:grid-cols-2">
          {fields.map((definition) => {
            const name = `fields.${definition.name}`;
            const inputId = domId(name);
            const value = answers[definition.name] ?? '';
            const set = (next: string) => setAnswers({ ...answers, [definition.name]: next });
            const common = { id: inputId, 'aria-invalid': errorOf(name) ? true : undefined, 'aria-describedby': describedBy(name, Boolean(definition.hint)), 'aria-required': definition.required };
            return (
              <div key={definition.name}>
                {definition.type === 'tickbox' ? (
                  <label htmlFor={inputId} className="inline-flex min-h-11 items-center gap-2 text-sm font-semibold">
                    <input {...common} type="checkbox" className="size-5" checked={value !== ''} onChange={(event) => set(event.target.checked ? 'on' : '')} />
                    {definition.name}
                  </label>
                ) : (
                  <label htmlFor={inputId} className={field.label}>
                    {definition.name}
                    {definition.required ? '' : ' (optional)'}
                  </label>
                )}
                {definition.type === 'dropdown' && (
                  <select {...common} className={field.input} value={value} onChange={(event) => set(event.target.value)}>
                    <option value="">Choose…</option>
                    {definition.options?.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                )}
                {definition.type === 'text' && <input {...common} className={field.input} value={value} onChange={(event) => set(event.target.value)} />}
                {definition.hint && (
                  <p id={`${domId(name)}-hint`} className={field.hint}>
                    {definition.hint}
                  </p>
                )}
                {errorText(name)}
              </div>
            );
          })}
        </div>
      )}

      {message && (
        <p role="alert" className={field.error}>
          {message}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={button.secondary} disabled={pending}>
          Save {display}
        </button>
        <button
          type="button"
          className={quiet}
          disabled={pending}
          aria-label={`Remove ${display}`}
          onClick={() => run(() => removeItem({ itemId: domainId }), (result) => result.ok && focusCartTitle())}
        >
          Remove
        </button>
      </div>
    </form>
  );
}
