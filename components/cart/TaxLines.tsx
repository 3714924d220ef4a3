import type { CartTax } from '@/lib/cart/tax';
import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat } from '@/lib/whmcs/types';

/** "20%", "6.25%": WHMCS's rates have up to three decimals. */
export function percent(rate: number): string {
  return `${Number(rate.toFixed(3))}%`;
}

/**
 * The tax of what is due today, by name and rate, inside the totals' list: added to the subtotal
 * when prices exclude it, the part of the total it is when they include it. An exempt customer
 * sees that no tax is charged.
 */
export function TaxLines({ tax, currency }: { tax: CartTax; currency: CurrencyFormat }) {
  const money = (amount: number) => formatMoney(amount, currency, { withSuffix: false });
  const { dueToday, inclusive, place } = tax;
  if (dueToday.taxLines.length === 0) {
    return (
      <div className="flex justify-between gap-4" data-testid="cart-tax">
        <dt className="text-muted">Tax</dt>
        <dd className="tabular-nums">{place.exempt ? 'Exempt' : money(0)}</dd>
      </div>
    );
  }
  return (
    <>
      {!inclusive && (
        <div className="flex justify-between gap-4">
          <dt className="text-muted">Subtotal</dt>
          <dd className="tabular-nums" data-testid="cart-subtotal">
            {money(dueToday.net)}
          </dd>
        </div>
      )}
      {dueToday.taxLines.map((line) => (
        <div key={line.level} className="flex justify-between gap-4" data-testid="cart-tax">
          <dt className="text-muted">
            {inclusive ? 'Includes ' : ''}
            {line.name} {percent(line.rate)}
          </dt>
          <dd className="tabular-nums">{money(line.amount)}</dd>
        </div>
      ))}
    </>
  );
}
