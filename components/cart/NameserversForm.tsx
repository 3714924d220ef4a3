'use client';

import { useId, useState } from 'react';
import { button, field } from '@/components/ui/styles';
import { useCartAction } from './CartStatus';
import { setOrderNameservers } from './domain-actions';

/**
 * The nameservers this order's domains get: ours unless the customer gives theirs (two to five).
 * Emptying every field goes back to ours.
 */
export function NameserversForm({ current, defaults }: { current: string[] | null; defaults: readonly string[] }) {
  const id = useId();
  const { pending, run } = useCartAction();
  const [open, setOpen] = useState(current !== null);
  const [values, setValues] = useState<string[]>(() => Array.from({ length: 4 }, (_, i) => current?.[i] ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const save = (list: string[]) =>
    run(
      () => setOrderNameservers({ nameservers: list }),
      (result) => setErrors(result.ok ? {} : (result.fieldErrors ?? { ns1: result.message })),
    );

  return (
    <section aria-labelledby={`${id}-title`} className="text-sm">
      <h3 id={`${id}-title`} className="font-semibold">
        Nameservers
      </h3>
      <p className="mt-1 text-muted break-all">
        {current ? `Yours: ${current.join(', ')}` : defaults.length > 0 ? `Ours: ${defaults.join(', ')}` : 'Ours (set up for you).'}
      </p>
      {!open ? (
        <button type="button" className="mt-1 inline-flex min-h-11 items-center text-accent-text underline underline-offset-4" onClick={() => setOpen(true)}>
          Use my own nameservers
        </button>
      ) : (
        <form
          className="mt-2 space-y-2"
          aria-busy={pending}
          onSubmit={(event) => {
            event.preventDefault();
            save(values.map((value) => value.trim()).filter(Boolean));
          }}
        >
          {values.map((value, index) => {
            const key = `ns${index + 1}`;
            return (
              <div key={key}>
                <label htmlFor={`${id}-${key}`} className={field.label}>
                  Nameserver {index + 1}
                  {index > 1 ? ' (optional)' : ''}
                </label>
                <input
                  id={`${id}-${key}`}
                  className={field.input}
                  value={value}
                  autoComplete="off"
                  spellCheck={false}
                  placeholder={`ns${index + 1}.example.com`}
                  onChange={(event) => setValues(values.map((v, i) => (i === index ? event.target.value : v)))}
                  aria-invalid={errors[key] ? true : undefined}
                  aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
                />
                {errors[key] && (
                  <p id={`${id}-${key}-error`} className={field.error}>
                    {errors[key]}
                  </p>
                )}
              </div>
            );
          })}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={button.secondary} disabled={pending}>
              Save nameservers
            </button>
            {current && (
              <button type="button" className={button.secondary} disabled={pending} onClick={() => save([])}>
                Use the shop&apos;s
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
