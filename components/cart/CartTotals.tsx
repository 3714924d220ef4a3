import { domainRenewalsPhrase, renewalsPhrase } from '@/lib/cart/describe';
import { domainRenewalsWithTax, payableToday, recurringWithTax } from '@/lib/cart/tax';
import type { PricedCart } from '@/lib/cart/types';
import { formatMoney } from '@/lib/pricing';
import { TaxLines } from './TaxLines';

/** What the whole cart costs today and what renews, with the discount and its caveat, and the tax when the place is known. */
export function CartTotals({ priced }: { priced: PricedCart }) {
  const { totals, currency, promotion, tax } = priced;
  const money = (amount: number, withSuffix = false) => formatMoney(amount, currency, { withSuffix });
  const renewals = renewalsPhrase(recurringWithTax(priced), currency);
  const domainRenewals = domainRenewalsPhrase(domainRenewalsWithTax(priced), currency);
  return (
    <div>
      <dl className="space-y-2 text-sm">
        {totals.discount !== 0 && (
          <>
            <div className="flex justify-between gap-4">
              <dt className="text-muted">Before discount</dt>
              <dd className="tabular-nums">{money(totals.dueTodayBeforeDiscount)}</dd>
            </div>
            <div className="flex justify-between gap-4">
              <dt className="text-muted">Discount{promotion ? ` (${promotion.code})` : ''}</dt>
              <dd className="font-medium text-success tabular-nums" data-testid="cart-discount">
                −{money(totals.discount)}
              </dd>
            </div>
          </>
        )}
        {tax && !tax.inclusive && <TaxLines tax={tax} currency={currency} />}
        <div className="flex items-baseline justify-between gap-4 border-t border-line pt-3">
          <dt className="font-semibold">Due today</dt>
          <dd className="text-2xl font-semibold tracking-tight tabular-nums" data-testid="cart-due-today">
            {money(payableToday(priced), true)}
          </dd>
        </div>
        {tax?.inclusive && <TaxLines tax={tax} currency={currency} />}
      </dl>
      <p className="mt-1 text-right text-sm text-muted tabular-nums" data-testid="cart-renewals">
        {renewals ?? (domainRenewals ? null : 'Nothing renews: one-time payment')}
      </p>
      {domainRenewals && (
        <p className="text-right text-sm text-muted tabular-nums" data-testid="cart-domain-renewals">
          {domainRenewals}
        </p>
      )}
      {promotion && (
        <p className="mt-3 text-xs text-muted">
          Discounts are worked out here as our billing system (WHMCS) applies them; the invoice WHMCS creates with your order is the final
          word.
        </p>
      )}
    </div>
  );
}
