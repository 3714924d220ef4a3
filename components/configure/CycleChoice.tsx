import type { UseFormRegisterReturn } from 'react-hook-form';
import { cycleLabel, cyclePrice, effectiveMonthly, formatMoney, isRecurringCycle, savingPercent } from '@/lib/pricing';
import type { BillingCycle, Currency, Product } from '@/lib/whmcs/types';
import { choiceCard, choiceRadio } from './choice-card';
import { perCycle } from './price-text';

/**
 * The billing cycle as radio cards, each with its price, its monthly equivalent and the saving
 * against monthly. One cycle (one-time, free, or a single recurring cycle) is stated, not asked.
 */
export function CycleChoice({
  product,
  currency,
  cycles,
  registration,
}: {
  product: Product;
  currency: Currency;
  cycles: BillingCycle[];
  registration: UseFormRegisterReturn;
}) {
  const money = (amount: number) => formatMoney(amount, currency, { withSuffix: false });
  if (cycles.length === 1) {
    const [only] = cycles as [BillingCycle];
    const price = cyclePrice(product, currency.code, only);
    return (
      <div>
        <h2 className="text-sm font-semibold">Billing</h2>
        <p className="mt-1 text-sm text-muted">
          {only === 'free'
            ? 'Free: nothing to pay.'
            : only === 'onetime'
              ? `One-time payment of ${price ? money(price.price) : ''}.`
              : `Billed ${cycleLabel(only).toLowerCase()}: ${price ? perCycle(price.price, currency, only) : ''}.`}
        </p>
      </div>
    );
  }
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Billing cycle</legend>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {cycles.map((cycle) => {
          const price = cyclePrice(product, currency.code, cycle);
          if (!price) return null;
          const monthly = isRecurringCycle(cycle) && cycle !== 'monthly' ? effectiveMonthly(price.price, cycle) : null;
          const saving = savingPercent(product, currency.code, cycle);
          return (
            <label key={cycle} className={choiceCard}>
              <input type="radio" value={cycle} {...registration} className={choiceRadio} />
              <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                <span className="flex flex-wrap items-center gap-2 font-medium">
                  {cycleLabel(cycle)}
                  {saving !== null && (
                    <span className="rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-on-accent">Save {saving}%</span>
                  )}
                </span>
                <span className="text-sm tabular-nums">{perCycle(price.price, currency, cycle)}</span>
                {monthly !== null && <span className="text-sm text-muted tabular-nums">{money(monthly)}/mo</span>}
                {price.setupFee > 0 && <span className="text-sm text-muted tabular-nums">+ {money(price.setupFee)} setup fee</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
