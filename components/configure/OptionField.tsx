import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { choicePrice, optionQuantityBounds, MAX_QUANTITY } from '@/lib/pricing';
import type { BillingCycle, ConfigOption, Currency } from '@/lib/whmcs/types';
import { field } from '@/components/ui/styles';
import { FieldMessage } from './FieldMessage';
import { choiceAddition } from './price-text';

/** Lists longer than this become a select: a wall of radio cards is harder to scan. */
const MAX_RADIO_CARDS = 6;

/**
 * One configurable option, by kind: dropdown and radio as radio cards (a select for long lists),
 * yes/no as a switch, quantity as a bounded number input. Every choice shows what it adds for
 * the chosen cycle.
 */
export function OptionField({
  option,
  currency,
  cycle,
  registration,
  error,
}: {
  option: ConfigOption;
  currency: Currency;
  cycle: BillingCycle;
  registration: UseFormRegisterReturn;
  error?: FieldError;
}) {
  const id = `option-${option.id}`;
  const errorId = `${id}-error`;
  const invalid = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const price = (index = 0) => {
    const choice = option.choices[index];
    return choice ? choicePrice(choice, currency.code, cycle) : { price: 0, setupFee: 0 };
  };

  switch (option.kind) {
    case 'yesno': {
      const addition = choiceAddition(price(), currency, cycle);
      return (
        <div>
          <label className="flex min-h-11 cursor-pointer items-center justify-between gap-4 rounded-xl border border-line-strong bg-surface p-4 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-text">
            <span className="flex flex-col">
              <span className="font-medium">{option.name}</span>
              <span className="text-sm text-muted tabular-nums">{addition}</span>
            </span>
            <input
              id={id}
              type="checkbox"
              role="switch"
              {...registration}
              {...invalid}
              className="relative h-7 w-12 shrink-0 cursor-pointer appearance-none rounded-full bg-line-strong transition-colors before:absolute before:top-1 before:left-1 before:size-5 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-accent checked:before:translate-x-5"
            />
          </label>
          <FieldMessage id={errorId} error={error} />
        </div>
      );
    }
    case 'quantity': {
      const { min, max } = optionQuantityBounds(option);
      const unit = price();
      const hintId = `${id}-hint`;
      const range = max >= MAX_QUANTITY ? `${min} or more` : `${min} to ${max}`;
      const each = unit.price === 0 && unit.setupFee === 0 ? 'Included' : `${choiceAddition(unit, currency, cycle)} each`;
      return (
        <div>
          <label htmlFor={id} className={field.label}>
            {option.name}
          </label>
          <p id={hintId} className={`${field.hint} tabular-nums`}>
            {each} · {range}
          </p>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={min}
            max={max >= MAX_QUANTITY ? undefined : max}
            step={1}
            {...registration}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            className={`${field.input} max-w-40 tabular-nums`}
          />
          <FieldMessage id={errorId} error={error} />
        </div>
      );
    }
    case 'dropdown':
    case 'radio': {
      if (option.choices.length > MAX_RADIO_CARDS) {
        return (
          <div>
            <label htmlFor={id} className={field.label}>
              {option.name}
            </label>
            <select id={id} {...registration} {...invalid} className={field.input}>
              {option.choices.map((choice, index) => (
                <option key={choice.id} value={String(choice.id)}>
                  {choice.name} ({choiceAddition(price(index), currency, cycle)})
                </option>
              ))}
            </select>
            <FieldMessage id={errorId} error={error} />
          </div>
        );
      }
      return (
        <fieldset {...(error ? { 'aria-describedby': errorId } : {})}>
          <legend className="text-sm font-semibold">{option.name}</legend>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            {option.choices.map((choice, index) => (
              <label
                key={choice.id}
                className="flex cursor-pointer items-start gap-3 rounded-xl border border-line-strong bg-surface p-4 has-checked:border-accent has-checked:bg-subtle has-checked:ring-1 has-checked:ring-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-text"
              >
                <input type="radio" value={String(choice.id)} {...registration} className="mt-0.5 size-5 shrink-0 accent-accent" />
                <span className="flex min-w-0 flex-col gap-0.5">
                  <span className="font-medium">{choice.name}</span>
                  <span className="text-sm text-muted tabular-nums">{choiceAddition(price(index), currency, cycle)}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldMessage id={errorId} error={error} />
        </fieldset>
      );
    }
  }
}
