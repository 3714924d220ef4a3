import { cycleLabel } from '@/lib/pricing';
import type { RecurringCycle } from '@/lib/whmcs/types';

/**
 * The billing-cycle switcher of a group page. Plain radio buttons: the CSS in app/globals.css
 * shows the price blocks (`data-cycle`) of the checked cycle inside the same `data-cycle-view`,
 * so switching needs no JavaScript at all and the page stays static.
 */
export function CycleSwitcher({
  cycles,
  initial,
  bestSaving,
}: {
  cycles: RecurringCycle[];
  initial: RecurringCycle;
  /** The largest saving any product offers for each cycle, to show next to it. */
  bestSaving: Partial<Record<RecurringCycle, number>>;
}) {
  return (
    <fieldset className="flex flex-col items-center gap-3">
      <legend className="sr-only">Billing cycle</legend>
      <div className="inline-flex max-w-full flex-wrap justify-center gap-1 rounded-xl border border-line bg-subtle p-1">
        {cycles.map((cycle) => (
          <label
            key={cycle}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-3 text-sm font-medium text-muted has-checked:bg-surface has-checked:text-fg has-checked:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-text"
          >
            <input type="radio" name="cycle" value={cycle} data-cycle-choice="" defaultChecked={cycle === initial} className="sr-only" />
            {cycleLabel(cycle)}
            {bestSaving[cycle] !== undefined && (
              <span className="rounded-full bg-accent px-1.5 py-0.5 text-xs font-semibold text-on-accent">
                save {bestSaving[cycle]}%
              </span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
