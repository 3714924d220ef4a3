import Link from 'next/link';
import { groupPath } from '@/lib/catalogue/paths';
import type { CatalogueGroup } from '@/lib/catalogue';
import { cycleLabel, formatMoney, groupFromPrice, groupHasFreePlan } from '@/lib/pricing';
import type { Currency } from '@/lib/whmcs/types';
import { card } from '@/components/ui/styles';

/**
 * A product group on the home page: its name, tagline, lowest monthly price ("From Free" when a
 * plan costs nothing, with where the paid plans start) and a way in.
 */
export function GroupCard({
  group,
  currency,
  taxNote,
}: {
  group: CatalogueGroup;
  currency: Currency;
  /** "+ VAT" / "incl. VAT" when the group's plans are taxed (lib/tax/product-note). */
  taxNote: string | null;
}) {
  const from = groupFromPrice(group.products, currency.code);
  const free = groupHasFreePlan(group.products, currency.code);
  const money = (amount: number) => formatMoney(amount, currency, { withSuffix: false });
  const per = from?.monthly !== null ? '/mo' : ' one time';
  const plans = group.products.length;
  return (
    <article className={`${card} relative flex flex-col p-6 transition-shadow focus-within:shadow-md hover:shadow-md`}>
      <h2 className="text-lg font-semibold tracking-tight">
        <Link href={groupPath(group.slug)} className="after:absolute after:inset-0 after:rounded-2xl">
          {group.name}
        </Link>
      </h2>
      {group.tagline && <p className="mt-2 text-sm text-muted">{group.tagline}</p>}
      <div className="mt-6 flex-1">
        {free ? (
          <p>
            <span className="text-sm text-muted">From </span>
            <span className="text-3xl font-semibold tracking-tight">Free</span>
          </p>
        ) : from ? (
          <p>
            <span className="text-sm text-muted">From </span>
            <span className="text-3xl font-semibold tracking-tight tabular-nums">{money(from.monthly ?? from.amount)}</span>
            <span className="text-sm text-muted">
              {per}
              {taxNote && ` ${taxNote}`}
            </span>
          </p>
        ) : (
          <p className="text-sm text-muted">Not sold in {currency.code}</p>
        )}
        {free && from && from.amount > 0 && (
          <p className="mt-1 text-sm text-muted">
            Paid plans from <span className="tabular-nums">{money(from.monthly ?? from.amount)}</span>
            {per}
            {taxNote && ` ${taxNote}`}
          </p>
        )}
        {!free && from && from.monthly !== null && from.cycle !== 'monthly' && (
          <p className="mt-1 text-sm text-muted">billed {cycleLabel(from.cycle).toLowerCase()}</p>
        )}
      </div>
      <p aria-hidden="true" className="mt-6 text-sm font-semibold text-accent-text">
        See {plans} {plans === 1 ? 'plan' : 'plans'} →
      </p>
    </article>
  );
}
