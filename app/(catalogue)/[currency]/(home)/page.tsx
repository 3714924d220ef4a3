import type { Metadata } from 'next';
import { getCatalogue } from '@/lib/catalogue';
import { shopBranding } from '@/lib/shop/branding';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { productTaxNote } from '@/lib/tax/product-note';
import { GroupCard } from '@/components/catalogue/GroupCard';
import { StaleNotice } from '@/components/catalogue/StaleNotice';
import { container } from '@/components/ui/styles';
import { pageCurrency } from '../page-currency';

type Props = { params: Promise<{ currency: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { name } = shopBranding();
  const groups = (await getCatalogue()).groups.map((group) => group.name).join(', ');
  return {
    title: { absolute: groups ? `${name}: ${groups}` : name },
    alternates: { canonical: '/' },
  };
}

/** The home page: every product group with its lowest monthly price. */
export default async function HomePage({ params }: Props) {
  const { name } = shopBranding();
  const catalogue = await getCatalogue();
  const currency = pageCurrency(catalogue, (await params).currency);
  const taxPolicy = await availableTaxPolicy();
  return (
    <div className={`${container} py-12 sm:py-20`}>
      <div className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">Hosting plans from {name}</h1>
        <p className="mt-4 text-lg text-balance text-muted">
          Pick a plan, shape it to fit, and see exactly what you pay today and at every renewal.
        </p>
      </div>
      {catalogue.stale && <StaleNotice className="mx-auto mt-8 max-w-2xl" />}
      <ul className="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {catalogue.groups.map((group) => (
          <li key={group.slug} className="flex">
            <GroupCard
              group={group}
              currency={currency}
              taxNote={group.products.map((product) => productTaxNote(taxPolicy, product.pid)).find((note) => note !== null) ?? null}
            />
          </li>
        ))}
      </ul>
      <p className="mt-8 text-center text-sm text-muted">Prices in {currency.code}.</p>
    </div>
  );
}

// Rendered on first visit per currency, then served from the cache (see the layout).
export function generateStaticParams() {
  return [];
}
