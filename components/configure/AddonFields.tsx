import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { addonPrice, availableAddons, MAX_QUANTITY } from '@/lib/pricing';
import type { BillingCycle, Currency, Product } from '@/lib/whmcs/types';
import { field } from '@/components/ui/styles';
import { FieldMessage } from './FieldMessage';
import { addonKey, type ConfiguratorValues } from './form-model';
import { choiceAddition } from './price-text';

/**
 * The product's addons that can go with the chosen cycle: a checkbox each, or a count where WHMCS
 * allows several. Each shows what it adds for the cycle (a one-time addon: once).
 */
export function AddonFields({
  product,
  currency,
  cycle,
  register,
  errors,
}: {
  product: Product;
  currency: Currency;
  cycle: BillingCycle;
  register: UseFormRegister<ConfiguratorValues>;
  errors: FieldErrors<ConfiguratorValues>;
}) {
  const addons = availableAddons(product, currency.code, cycle);
  if (addons.length === 0) return null;
  return (
    <section aria-labelledby="addons-heading" className="space-y-4">
      <h2 id="addons-heading" className="text-lg font-semibold">
        Addons
      </h2>
      {addons.map((addon) => {
        const id = `addon-${addon.id}`;
        const key = addonKey(addon.id);
        const errorId = `${id}-error`;
        const error = errors.addons?.[key];
        const unit = addonPrice(addon, currency.code, cycle) ?? { price: 0, setupFee: 0 };
        const price = choiceAddition(unit, currency, addon.payType === 'onetime' ? 'onetime' : cycle);
        if (addon.quantityAllowed) {
          const hintId = `${id}-hint`;
          return (
            <div key={addon.id}>
              <label htmlFor={id} className={field.label}>
                {addon.name}
              </label>
              <p id={hintId} className={`${field.hint} tabular-nums`}>
                {addon.description ? `${addon.description} · ` : ''}
                {price} each · 0 for none
              </p>
              <input
                id={id}
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_QUANTITY}
                step={1}
                {...register(`addons.${key}`)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${hintId} ${errorId}` : hintId}
                className={`${field.input} max-w-40 tabular-nums`}
              />
              <FieldMessage id={errorId} error={error} />
            </div>
          );
        }
        return (
          <label
            key={addon.id}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-xl border border-line-strong bg-surface p-4 has-checked:border-accent has-checked:bg-subtle has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-text"
          >
            <input id={id} type="checkbox" {...register(`addons.${key}`)} className="mt-0.5 size-5 shrink-0 accent-accent" />
            <span className="flex min-w-0 flex-col gap-0.5">
              <span className="font-medium">{addon.name}</span>
              {addon.description && <span className="text-sm text-muted">{addon.description}</span>}
              <span className="text-sm text-muted tabular-nums">{price}</span>
            </span>
          </label>
        );
      })}
    </section>
  );
}
