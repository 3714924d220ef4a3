import type { Metadata } from 'next';
import { loadCatalogueForStaticPage, resolveCurrency } from '@/lib/catalogue';
import { shopBranding } from '@/lib/shop/branding';
import { GroupCard } from '@/components/catalogue/GroupCard';
import { StaleNotice } from '@/components/catalogue/StaleNotice';
import { container } from '@/components/ui/styles';

/**
 * The home page: every product group with its lowest monthly price. Rendered once per currency
 * (`currencyCode` null: the shop's default) and served statically; see app/(catalogue).
 */
export async function homeMetadata(): Promise<Metadata> {
  const { name } = shopBranding();
  const catalogue = await loadCatalogueForStaticPage();
  const groups = catalogue?.groups.map((group) => group.name).join(', ');
  return {
    title: { absolute: groups ? `${name}: ${groups}` : name },
    alternates: { canonical: '/' },
  };
}

export async function HomePage({ currencyCode }: { currencyCode: string | null }) {
  const { name } = shopBranding();
  const catalogue = await loadCatalogueForStaticPage();
  if (!catalogue) {
    // Only when `next build` could not reach WHMCS: replaced shortly after the server starts.
    return (
      <div className={`${container} py-24 text-center`}>
        <h1 className="text-3xl font-semibold tracking-tight">Hosting plans from {name}</h1>
        <p className="mt-3 text-muted">Our plans are loading. Please try again in a minute.</p>
      </div>
    );
  }
  const { currency } = resolveCurrency(catalogue, currencyCode);
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
            <GroupCard group={group} currency={currency} />
          </li>
        ))}
      </ul>
      <p className="mt-8 text-center text-sm text-muted">Prices in {currency.code}.</p>
    </div>
  );
}
