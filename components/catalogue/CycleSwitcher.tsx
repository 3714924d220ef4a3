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
      <div className="grid w-full grid-cols-2 gap-1 rounded-xl border border-line bg-subtle p-1 sm:inline-flex sm:w-auto sm:flex-wrap sm:justify-center">
        {cycles.map((cycle) => (
          // The radio covers its whole label, invisible: the label is what is seen, the radio is
          // what is clicked, focused and announced.
          <label
            key={cycle}
            className="relative flex min-h-11 cursor-pointer flex-col items-center justify-center rounded-lg px-3 py-1 text-sm sm:flex-row sm:gap-x-2 font-medium text-muted ring-line-strong has-checked:bg-surface has-checked:font-semibold has-checked:text-fg has-checked:shadow-sm has-checked:ring-1 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-text"
          >
            <input
              type="radio"
              name="cycle"
              value={cycle}
              data-cycle-choice=""
              defaultChecked={cycle === initial}
              className="absolute inset-0 size-full cursor-pointer appearance-none rounded-lg opacity-0"
            />
            {cycleLabel(cycle)}
            {bestSaving[cycle] !== undefined && (
              <span className="text-xs font-semibold text-accent-text">save {bestSaving[cycle]}%</span>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
