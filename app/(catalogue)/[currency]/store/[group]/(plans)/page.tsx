import { analyticsOn } from '@/lib/analytics/config';
import { ecommerceEvent } from '@/lib/analytics/events';
import { listedItem } from '@/lib/analytics/items';
import { TrackEvent } from '@/components/analytics/TrackEvent';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCatalogue, type CatalogueGroup } from '@/lib/catalogue';
import { findGroup } from '@/lib/catalogue/model';
import { groupPath, productPath } from '@/lib/catalogue/paths';
import { enabledCycles, fromPrice, formatMoney, isRecurringCycle, savingPercent, CYCLE_ORDER } from '@/lib/pricing';
import { shopBranding } from '@/lib/shop/branding';
import { siteUrl } from '@/lib/shop/site';
import type { Currency, RecurringCycle } from '@/lib/whmcs/types';
import { CycleSwitcher } from '@/components/catalogue/CycleSwitcher';
import { PricingCard } from '@/components/catalogue/PricingCard';
import { ogImageOf } from '@/components/catalogue/OgCard';
import { JsonLd, productJsonLd } from '@/components/catalogue/ProductJsonLd';
import { StaleNotice } from '@/components/catalogue/StaleNotice';
import { container } from '@/components/ui/styles';
import { pageCurrency } from '../../../page-currency';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { productTaxNote } from '@/lib/tax/product-note';

/** The recurring cycles any listed product offers, shortest first: what the switcher offers. */
function groupCycles(group: CatalogueGroup, code: string): RecurringCycle[] {
  const offered = new Set(group.products.flatMap((product) => enabledCycles(product, code)));
  return CYCLE_ORDER.filter((cycle): cycle is RecurringCycle => isRecurringCycle(cycle) && offered.has(cycle));
}

function describeGroup(group: CatalogueGroup, currency: Currency): string {
  const prices = group.products.map((product) => fromPrice(product, currency.code)).filter((p) => p !== null);
  const lowest = prices.reduce<number | null>((min, p) => {
    const monthly = p.monthly ?? p.amount;
    return min === null || monthly < min ? monthly : min;
  }, null);
  const from = lowest !== null ? ` from ${formatMoney(lowest, currency)}${prices.some((p) => p.monthly !== null) ? ' a month' : ''}` : '';
  return group.tagline ?? `${group.name}: ${group.products.length} plans${from}.`;
}

type Props = { params: Promise<{ currency: string; group: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { currency: segment, group: groupSlug } = await params;
  const catalogue = await getCatalogue();
  const group = findGroup(catalogue, groupSlug);
  if (!group) return {};
  const currency = pageCurrency(catalogue, segment);
  return {
    title: group.name,
    description: describeGroup(group, currency),
    alternates: { canonical: groupPath(group.slug) },
    openGraph: {
      title: group.name,
      description: describeGroup(group, currency),
      url: groupPath(group.slug),
      images: ogImageOf(groupPath(group.slug), 'Plans and prices'),
    },
  };
}

/** A product group as pricing cards, with a billing-cycle switcher. */
export default async function GroupPage({ params }: Props) {
  const { currency: segment, group: groupSlug } = await params;
  const catalogue = await getCatalogue();
  const group = findGroup(catalogue, groupSlug);
  if (!group) notFound();
  const currency = pageCurrency(catalogue, segment);
  const cycles = groupCycles(group, currency.code);
  const initial: RecurringCycle | undefined = cycles.includes('monthly') ? 'monthly' : cycles[0];
  const bestSaving: Partial<Record<RecurringCycle, number>> = {};
  for (const cycle of cycles) {
    const savings = group.products.map((product) => savingPercent(product, currency.code, cycle) ?? 0);
    const best = Math.max(0, ...savings);
    if (best > 0) bestSaving[cycle] = best;
  }
  const site = siteUrl();
  const { name: shopName } = shopBranding();
  const taxPolicy = await availableTaxPolicy();

  return (
    <div className={`${container} py-12 sm:py-16`} data-cycle-view="">
      <div className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-semibold tracking-tight text-balance">{group.name}</h1>
        {group.tagline && <p className="mt-3 text-lg text-muted text-balance">{group.tagline}</p>}
      </div>
      {catalogue.stale && <StaleNotice className="mx-auto mt-8 max-w-2xl" />}
      {initial && cycles.length > 1 && (
        <div className="mt-10">
          <CycleSwitcher cycles={cycles} initial={initial} bestSaving={bestSaving} />
        </div>
      )}
      <ul className="mt-10 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
        {group.products.map((product) => (
          <li key={product.pid} className="flex flex-col [&>article]:flex-1">
            <PricingCard product={product} currency={currency} groupCycles={cycles} taxNote={productTaxNote(taxPolicy, product.pid)} />
          </li>
        ))}
      </ul>
      <p className="mt-8 text-center text-sm text-muted">Prices in {currency.code}.</p>
      {analyticsOn() && (
        <TrackEvent
          event={ecommerceEvent('view_item_list', currency.code, group.products.map((product) => listedItem(product, currency.code)), { item_list_name: group.name })}
        />
      )}
      <JsonLd
        data={{
          '@type': 'ItemList',
          name: group.name,
          itemListElement: group.products.map((product, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            item: productJsonLd(product, currency, {
              shopName,
              url: site ? new URL(productPath(product.groupSlug, product.slug), site).href : undefined,
            }),
          })),
        }}
      />
    </div>
  );
}

// Rendered on first visit per currency, then served from the cache (see the layout).
export function generateStaticParams() {
  return [];
}
