'use client';

import { useActionState } from 'react';
import { renewDomainAction, type RenewState } from '@/lib/account/domain-actions';
import { button, field } from '@/components/ui/styles';

export interface RenewOption {
  years: number;
  /** The price, formatted on the server. */
  label: string;
}

/**
 * "Renew" for one domain: how long (the periods its TLD offers, with prices) and a button. A
 * refusal ("cannot be renewed", WHMCS down) shows next to the choice and is announced.
 */
export function RenewDomainForm({ domainId, domain, options }: { domainId: number; domain: string; options: RenewOption[] }) {
  const [state, action, pending] = useActionState<RenewState, FormData>(renewDomainAction, {});
  const id = `renew-${domainId}`;
  const error = state.domainId === domainId || !state.domainId ? state.message : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="domainId" value={domainId} />
      <div>
        <label htmlFor={`${id}-years`} className="sr-only">
          Renew {domain} for
        </label>
        <select
          id={`${id}-years`}
          name="years"
          defaultValue={options[0]?.years}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${field.input} mt-0 w-auto`}
        >
          {options.map((option) => (
            <option key={option.years} value={option.years}>
              {option.years === 1 ? '1 year' : `${option.years} years`}, {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={button.secondary} disabled={pending} aria-label={`Renew ${domain}`}>
        {pending ? 'Renewing…' : 'Renew'}
      </button>
      {error && (
        <p id={`${id}-error`} role="alert" className={`${field.error} basis-full`}>
          {error}
        </p>
      )}
    </form>
  );
}
