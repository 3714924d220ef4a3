import Link from 'next/link';
import type { CatalogueProduct } from '@/lib/catalogue';
import { PARAM } from '@/lib/catalogue/configuration-link';
import { productPath } from '@/lib/catalogue/paths';
import {
  cycleLabel,
  cyclePer,
  cyclePrice,
  defaultConfiguration,
  effectiveMonthly,
  enabledCycles,
  formatMoney,
  isRecurringCycle,
  savingPercent,
} from '@/lib/pricing';
import type { BillingCycle, Currency, RecurringCycle } from '@/lib/whmcs/types';
import { button, card } from '@/components/ui/styles';
import { FeatureList } from './FeatureList';

/**
 * A product as a pricing card: for each of the group's cycles, a price block (`data-cycle`) that
 * the group page's switcher shows or hides; one block for one-time and free products. Sold-out
 * products keep their card and prices but cannot be chosen.
 */
export function PricingCard({
  product,
  currency,
  groupCycles,
  taxNote,
}: {
  product: CatalogueProduct;
  currency: Currency;
  /** The cycles the group's switcher offers. */
  groupCycles: RecurringCycle[];
  /** "+ VAT" / "incl. VAT" (lib/tax/product-note); null when the product is not taxed. */
  taxNote: string | null;
}) {
  const code = currency.code;
  const cycles = enabledCycles(product, code);
  const titleId = `product-${product.pid}`;
  const money = (amount: number) => formatMoney(amount, currency, { withSuffix: false });
  const href = (cycle: BillingCycle) => {
    const params = new URLSearchParams({ [PARAM.cycle]: cycle });
    return `${productPath(product.groupSlug, product.slug)}?${params}`;
  };

  function action(cycle: BillingCycle) {
    if (product.soldOut) return <span className={`${button.inert} w-full`}>Sold out</span>;
    return (
      <Link href={href(cycle)} className={`${button.primary} w-full`}>
        Choose {product.name}
      </Link>
    );
  }

  function priceBlock(cycle: BillingCycle) {
    const price = cyclePrice(product, code, cycle);
    if (!price) return null;
    const monthly = isRecurringCycle(cycle) && cycle !== 'monthly' ? effectiveMonthly(price.price, cycle) : null;
    const saving = savingPercent(product, code, cycle);
    return (
      <>
        <p className="flex flex-wrap items-baseline gap-x-1">
          <span className="text-4xl font-semibold tracking-tight tabular-nums">{cycle === 'free' ? 'Free' : money(price.price)}</span>
          {isRecurringCycle(cycle) && <span className="text-sm text-muted">{cyclePer(cycle)}</span>}
          {cycle === 'onetime' && <span className="text-sm text-muted">one time</span>}
          {taxNote && cycle !== 'free' && <span className="text-sm text-muted">{taxNote}</span>}
        </p>
        <p className="mt-1 min-h-5 text-sm text-muted tabular-nums">
          {monthly !== null && <>{money(monthly)}/mo </>}
          {saving !== null && <span className="font-semibold text-accent-text">· save {saving}%</span>}
        </p>
        <p className="mt-1 text-sm text-muted tabular-nums">
          {price.setupFee > 0 ? `+ ${money(price.setupFee)} setup fee` : cycle === 'free' ? 'No card needed' : 'No setup fee'}
        </p>
        <div className="mt-6">{action(cycle)}</div>
      </>
    );
  }

  let prices;
  if (cycles.length === 0) {
    prices = <p className="text-sm text-muted">Not available in {code}.</p>;
  } else if (product.payType !== 'recurring') {
    prices = priceBlock(cycles[0] as BillingCycle);
  } else {
    prices = groupCycles.map((cycle) => (
      <div key={cycle} data-cycle={cycle}>
        {cycles.includes(cycle) ? (
          priceBlock(cycle)
        ) : (
          <>
            <p className="text-sm text-muted">Not billed {cycleLabel(cycle).toLowerCase()}.</p>
            <p className="mt-1 text-sm text-muted">
              Available {cycles.map((c) => cycleLabel(c).toLowerCase()).join(', ')}.
            </p>
            <div className="mt-6">{action(defaultConfiguration(product, code).cycle)}</div>
          </>
        )}
      </div>
    ));
  }

  return (
    <article aria-labelledby={titleId} className={`${card} flex flex-col p-6`}>
      <div className="flex items-start justify-between gap-3">
        <h2 id={titleId} className="text-lg font-semibold tracking-tight">
          {product.name}
        </h2>
        {product.soldOut && (
          <span className="rounded-full border border-line-strong px-2 py-0.5 text-xs font-semibold text-muted">Sold out</span>
        )}
      </div>
      <div className="mt-4">{prices}</div>
      <FeatureList features={product.features} className="mt-6 border-t border-line pt-6" />
    </article>
  );
}

