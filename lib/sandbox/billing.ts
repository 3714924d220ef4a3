import type { Cents } from './money';

/** Billing cycles as AddOrder spells them, and everything WHMCS derives from each. */
export const RECURRING_CYCLES = ['monthly', 'quarterly', 'semiannually', 'annually', 'biennially', 'triennially'] as const;
export type RecurringCycle = (typeof RECURRING_CYCLES)[number];
export type Cycle = RecurringCycle | 'onetime' | 'free';

/** What tblhosting.billingcycle holds and GetClientsProducts shows. */
export const CYCLE_DISPLAY: Record<Cycle, string> = {
  free: 'Free Account',
  onetime: 'One Time',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannually: 'Semi-Annually',
  annually: 'Annually',
  biennially: 'Biennially',
  triennially: 'Triennially',
};

export const CYCLE_MONTHS: Record<RecurringCycle, number> = {
  monthly: 1,
  quarterly: 3,
  semiannually: 6,
  annually: 12,
  biennially: 24,
  triennially: 36,
};

/** The setup fee column of each cycle: `msetupfee` for monthly (and one-time), etc. */
export const SETUP_COLUMN: Record<RecurringCycle, SetupColumn> = {
  monthly: 'msetupfee',
  quarterly: 'qsetupfee',
  semiannually: 'ssetupfee',
  annually: 'asetupfee',
  biennially: 'bsetupfee',
  triennially: 'tsetupfee',
};
export type SetupColumn = 'msetupfee' | 'qsetupfee' | 'ssetupfee' | 'asetupfee' | 'bsetupfee' | 'tsetupfee';
export const SETUP_COLUMNS: readonly SetupColumn[] = ['msetupfee', 'qsetupfee', 'ssetupfee', 'asetupfee', 'bsetupfee', 'tsetupfee'];

/** One row of the pricing table in cents; a negative cycle price means the cycle is off. */
export type PriceRow = Record<SetupColumn | RecurringCycle, Cents>;

/** AddOrder's normalisation: lower-cased, non-letters removed (`Semi-Annually` -> `semiannually`). */
export function normalizeCycle(input: string): string {
  return input.toLowerCase().replace(/[^a-z]/g, '');
}

export function isRecurringCycle(value: string): value is RecurringCycle {
  return (RECURRING_CYCLES as readonly string[]).includes(value);
}

export function cycleFromDisplay(display: string): Cycle | undefined {
  return (Object.keys(CYCLE_DISPLAY) as Cycle[]).find((cycle) => CYCLE_DISPLAY[cycle] === display);
}

/**
 * Price and setup fee of one pricing row for a cycle. One-time items are priced in the monthly
 * columns; free items cost nothing. Negative setup fees count as none.
 */
export function priceFor(row: PriceRow | undefined, cycle: Cycle): { price: Cents; setup: Cents } {
  if (!row || cycle === 'free') return { price: 0, setup: 0 };
  const column: RecurringCycle = cycle === 'onetime' ? 'monthly' : cycle;
  return { price: row[column], setup: Math.max(0, row[SETUP_COLUMN[column]]) };
}
