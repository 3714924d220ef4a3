'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { MAX_PROMO_CODE_LENGTH } from '@/lib/cart/limits';
import { button, field } from '@/components/ui/styles';
import { applyPromo, removePromo } from './actions';
import { useCartAction } from './CartStatus';

export interface PromoCodeFormProps {
  /** The code stored with the cart (applied, or no longer applying: see `problem`). */
  code: string | null;
  /** What the applied code gives ("15% off the first payment and every renewal"). */
  summary: string | null;
  /** Why the stored code takes nothing off right now. */
  problem: string | null;
  conditions: string[];
}

/**
 * Enter, apply and remove a promo code; why a code does not work is said next to the field. The
 * buttons say what is happening and are never disabled while it does (a disabled button drops the
 * keyboard focus to the top of the page); once the cart shows the result, focus moves to the
 * control that took the place of the one used.
 */
export function PromoCodeForm({ code, summary, problem, conditions }: PromoCodeFormProps) {
  const id = useId();
  const { pending, run } = useCartAction();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Set when an apply or remove starts: the cart it brings shows the other control, to focus.
  const focusNext = useRef(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    (code ? removeButton : input).current?.focus();
  }, [code]);

  if (code) {
    return (
      <div className="space-y-2 text-sm" aria-busy={pending}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p>
            Promo code <strong className="font-semibold">{code}</strong>
            {summary && <span className="text-muted">: {summary}</span>}
          </p>
          <button
            ref={removeButton}
            type="button"
            className="inline-flex min-h-11 items-center rounded-lg px-2 font-medium text-accent-text underline-offset-4 hover:underline aria-disabled:opacity-60"
            aria-disabled={pending || undefined}
            aria-label={`Remove promo code ${code}`}
            onClick={() => {
              if (pending) return;
              focusNext.current = true;
              run(
                () => removePromo(),
                (result) => {
                  if (!result.ok) focusNext.current = false;
                },
              );
            }}
          >
            {pending ? 'Removing…' : 'Remove'}
          </button>
        </div>
        {problem && (
          <p role="alert" className="font-medium text-danger">
            {problem}
          </p>
        )}
        {conditions.length > 0 && <p className="text-muted">{conditions.join(' ')} Checked when you place the order.</p>}
      </div>
    );
  }

  return (
    <form
      noValidate
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        focusNext.current = true;
        run(
          () => applyPromo({ code: value }),
          (result) => {
            setError(result.ok ? null : result.message);
            if (!result.ok) focusNext.current = false;
            if (result.ok) setValue('');
          },
        );
      }}
    >
      <label htmlFor={`${id}-code`} className={field.label}>
        Promo code
      </label>
      <div className="mt-1.5 flex gap-2">
        <input
          ref={input}
          id={`${id}-code`}
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={MAX_PROMO_CODE_LENGTH}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          className="block min-h-11 w-full min-w-0 flex-1 rounded-lg border border-line-strong bg-surface px-3 text-base text-fg uppercase aria-[invalid=true]:border-danger"
        />
        <button type="submit" className={`${button.secondary} aria-disabled:opacity-60`} aria-disabled={pending || undefined}>
          {pending ? 'Applying…' : 'Apply'}
        </button>
      </div>
      <p id={`${id}-error`} role="alert" className={error ? field.error : 'sr-only'}>
        {error ?? ''}
      </p>
    </form>
  );
}
