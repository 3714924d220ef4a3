import { extraLabel, yearsLabel } from '@/lib/cart/describe';
import type { PricedCart, PricedCartDomain } from '@/lib/cart/types';
import { additionalFieldsFor } from '@/lib/domains/additional-fields';
import { domainPeriods, formatMoney, offeredExtras, type ExtraPrices } from '@/lib/pricing';
import { Notice } from '@/components/ui/Notice';
import { card } from '@/components/ui/styles';
import { DomainLineForm } from './DomainLineForm';

type Currency = PricedCart['currency'];

/**
 * A domain line in the cart: the name, registration or transfer, what it costs today and what it
 * renews at, what it needs, and its choices (DomainLineForm). Prices come from the server's
 * pricing only; the EPP code is never sent back, only whether one is saved.
 */
export function DomainLineCard({
  priced,
  currency,
  extraPrices,
  hostingName,
  headingId,
}: {
  priced: PricedCartDomain;
  currency: Currency;
  extraPrices: ExtraPrices | null;
  /** The hosting plan it was chosen with, when bound to one. */
  hostingName: string | null;
  headingId: string;
}) {
  const { domain, tld, price, discount, recurringDiscount, problems, blocking } = priced;
  const money = (amount: number) => formatMoney(amount, currency);
  const kind = domain.type === 'register' ? 'Domain registration' : 'Domain transfer';
  return (
    <article aria-labelledby={headingId} className={`${card} p-5 sm:p-6`} data-testid="cart-domain">
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold break-all">
            {domain.display}
          </h2>
          <p className="mt-1 text-sm text-muted">
            {kind} · {yearsLabel(domain.years)}
            {hostingName && ` · for ${hostingName}`}
          </p>
        </div>
        {price && (
          <div className="sm:text-right">
            <p className="text-lg font-semibold tabular-nums">
              {money(price.dueToday)} <span className="text-sm font-normal text-muted">today</span>
            </p>
            {price.extras > 0 && <p className="text-sm text-muted tabular-nums">includes {money(price.extras)} extras</p>}
            {price.renewal !== null && (
              <p className="text-sm text-muted tabular-nums">
                renews at {money(price.renewal)} every {domain.years === 1 ? 'year' : yearsLabel(domain.years)}
              </p>
            )}
            {(discount !== 0 || recurringDiscount !== 0) && (
              <p className="text-sm font-medium text-success tabular-nums">
                Promo code: −{money(discount)} today{recurringDiscount !== 0 ? `, −${money(recurringDiscount)} each renewal` : ''}
              </p>
            )}
          </div>
        )}
      </div>

      {problems.length > 0 && (
        <div className="mt-4">
          <Notice tone={blocking ? 'warning' : 'info'} title={blocking ? 'Needs your attention' : 'Changed since you added it'}>
            <ul className="space-y-1">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}

      {tld && (
        <DomainLineForm
          domainId={domain.id}
          display={domain.display}
          type={domain.type}
          years={domain.years}
          periods={domainPeriods(tld, domain.type).map((period) => ({ years: period.years, label: `${yearsLabel(period.years)}: ${money(period.price)}` }))}
          extras={offeredExtras(tld, extraPrices).map(({ extra, yearly }) => ({ extra, label: extraLabel(extra), price: `+${money(yearly)} a year` }))}
          chosen={domain.extras}
          fields={additionalFieldsFor(tld.tld)}
          answers={domain.fields}
          hasEppCode={domain.sealedEppCode !== null}
        />
      )}
    </article>
  );
}
