import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat, Minor } from '@/lib/whmcs/types';

/** An amount as WHMCS formats it for the currency, in tabular figures so columns line up. */
export function Money({
  amount,
  currency,
  withSuffix = false,
  className = '',
}: {
  amount: Minor;
  currency: CurrencyFormat;
  withSuffix?: boolean;
  className?: string;
}) {
  return <span className={`tabular-nums ${className}`}>{formatMoney(amount, currency, { withSuffix })}</span>;
}
