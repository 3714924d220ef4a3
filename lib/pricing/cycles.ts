import { RECURRING_CYCLES, type BillingCycle, type RecurringCycle } from '@/lib/whmcs/types';

/** The order cycles are listed in everywhere: shortest commitment first, then the non-recurring. */
export const CYCLE_ORDER: readonly BillingCycle[] = [...RECURRING_CYCLES, 'onetime', 'free'];

export const CYCLE_MONTHS: Readonly<Record<RecurringCycle, number>> = {
  monthly: 1,
  quarterly: 3,
  semiannually: 6,
  annually: 12,
  biennially: 24,
  triennially: 36,
};

const LABELS: Record<BillingCycle, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannually: 'Semi-annually',
  annually: 'Annually',
  biennially: 'Biennially',
  triennially: 'Triennially',
  onetime: 'One time',
  free: 'Free',
};

const EVERY: Record<RecurringCycle, string> = {
  monthly: 'every month',
  quarterly: 'every 3 months',
  semiannually: 'every 6 months',
  annually: 'every year',
  biennially: 'every 2 years',
  triennially: 'every 3 years',
};

const PER: Record<RecurringCycle, string> = {
  monthly: '/mo',
  quarterly: '/3 mo',
  semiannually: '/6 mo',
  annually: '/yr',
  biennially: '/2 yrs',
  triennially: '/3 yrs',
};

export function isRecurringCycle(cycle: BillingCycle): cycle is RecurringCycle {
  return Object.hasOwn(CYCLE_MONTHS, cycle);
}

/** "Monthly", "Semi-annually", "One time", "Free". */
export function cycleLabel(cycle: BillingCycle): string {
  return LABELS[cycle];
}

/** "every month", "every 3 months", "every year": for "then $X every year". */
export function cycleEvery(cycle: RecurringCycle): string {
  return EVERY[cycle];
}

/** "/mo", "/3 mo", "/yr", "/2 yrs": the compact unit after a price. */
export function cyclePer(cycle: RecurringCycle): string {
  return PER[cycle];
}

/**
 * Reads a cycle name the way AddOrder does (lower-cased, non-letters stripped), so "monthly",
 * "Semi-Annually" and "One Time" all parse; GetClientsProducts' "Free Account" reads as free.
 * Null for anything else; never throws.
 */
export function parseCycle(input: unknown): BillingCycle | null {
  if (typeof input !== 'string') return null;
  const name = input.toLowerCase().replace(/[^a-z]/g, '');
  if (name === 'freeaccount') return 'free';
  return (CYCLE_ORDER as readonly string[]).includes(name) ? (name as BillingCycle) : null;
}
