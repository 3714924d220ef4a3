import { cycleEvery, formatMoney, isRecurringCycle } from '@/lib/pricing';
import type { BillingCycle, CurrencyFormat, Minor } from '@/lib/whmcs/types';

/**
 * The cart's totals in words. Pure and client-safe.
 */

/** "a and b", "a, b and c". */
function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * What renews after today, per cycle: "then $4.24 USD every month and $122.30 USD every year";
 * null when nothing renews (one-time and free items only).
 */
export function renewalsPhrase(recurring: readonly { cycle: BillingCycle; amount: Minor }[], currency: CurrencyFormat): string | null {
  const parts = recurring.flatMap(({ cycle, amount }) =>
    isRecurringCycle(cycle) ? [`${formatMoney(amount, currency)} ${cycleEvery(cycle)}`] : [],
  );
  return parts.length > 0 ? `then ${joinAnd(parts)}` : null;
}

/** "1 item", "3 items". */
export function itemCount(count: number): string {
  return `${count} item${count === 1 ? '' : 's'}`;
}
