import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CatalogueUnavailableError, getCatalogue } from '@/lib/catalogue';
import { domainSettings, tldPricing } from '@/lib/domains';
import { featuredTlds, parseSearch, searchCandidates, tldOffer } from '@/lib/domains/search';
import { countSearch } from '@/lib/domains/search-limit';
import { describeWait } from '@/lib/auth/rate-limit';
import { chosenCurrencyCode, visitorCurrency } from '@/lib/visitor';
import { WhmcsError } from '@/lib/whmcs';
import type { Currency, TldPricing } from '@/lib/whmcs/types';
import { getCartSummary } from '@/lib/cart';
import { AddDomainButton } from '@/components/domains/AddDomainButton';
import { DomainResult, DomainResultSkeleton } from '@/components/domains/DomainResult';
import { DomainSearchForm } from '@/components/domains/DomainSearchForm';
import { ShopFrame } from '@/components/layout/ShopFrame';
import { Notice } from '@/components/ui/Notice';
import { card, container } from '@/components/ui/styles';

export const metadata: Metadata = {
  title: 'Find a domain',
  description: 'Search for a domain name: see whether it is free, what it costs and what it renews at.',
  alternates: { canonical: '/domains' },
};

type Props = { searchParams: Promise<{ query?: string | string[] }> };

/**
 * Domain search. `?query=` fills the box and runs the search (WHMCS's own domain links land here
 * too, see /cart.php). Per request: it reads the query and the visitor's currency.
 */
export default async function DomainsPage({ searchParams }: Props) {
  const { query: raw } = await searchParams;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 300) ?? '';
  return (
    <ShopFrame currencyCode={await chosenCurrencyCode()}>
      <div className={`${container} py-12`}>
        <h1 className="text-3xl font-semibold tracking-tight">Find your domain</h1>
        <p className="mt-2 text-muted">Check a name, see what it costs for the first year and what it renews at.</p>
        <DomainSearch query={query} />
      </div>
    </ShopFrame>
  );
}

async function loadPricing(): Promise<{ currency: Currency; pricing: TldPricing } | null> {
  try {
    const catalogue = await getCatalogue();
    const currency = await visitorCurrency(catalogue);
    return { currency, pricing: await tldPricing(currency) };
  } catch (error) {
    if (error instanceof CatalogueUnavailableError || error instanceof WhmcsError) return null;
    throw error;
  }
}

async function DomainSearch({ query }: { query: string }) {
  const loaded = await loadPricing();
  if (!loaded) {
    return (
      <div className="mt-8 max-w-2xl">
        <DomainSearchForm query={query} />
        <div className="mt-6">
          <Notice tone="warning" role="status" title="Domain search is not available right now">
            Our billing system is not answering. Please try again in a few minutes.
          </Notice>
        </div>
      </div>
    );
  }
  const { currency, pricing } = loaded;
  const sold = pricing.tlds.map((t) => t.tld);
  const featured = featuredTlds(pricing.tlds, domainSettings().featuredTlds);
  if (!query.trim()) {
    return (
      <div className="mt-8 max-w-2xl">
        <DomainSearchForm query="" />
      </div>
    );
  }
  const parsed = parseSearch(query, sold);
  if (!parsed.ok) {
    return (
      <div className="mt-8 max-w-2xl">
        <DomainSearchForm query={query} error={parsed.message} />
      </div>
    );
  }
  const limit = await countSearch();
  if (!limit.allowed) {
    return (
      <div className="mt-8 max-w-2xl">
        <DomainSearchForm query={query} />
        <div className="mt-6">
          <Notice tone="warning" role="alert" title="That's a lot of searches">
            Please wait {describeWait(limit.retryAfterMs)} before searching again.
          </Notice>
        </div>
      </div>
    );
  }
  const byTld = new Map(pricing.tlds.map((t) => [t.tld, t]));
  const candidates = searchCandidates(parsed, featured);
  const inCart = new Set((await getCartSummary()).domains.map((line) => line.domain));
  return (
    <div className="mt-8 max-w-3xl">
      <DomainSearchForm query={query} />
      <h2 className="sr-only">Results</h2>
      <ul className={`${card} mt-6 divide-y divide-line`} aria-live="polite">
        {candidates.map((name) => {
          const tld = byTld.get(name.tld);
          if (!tld) return null;
          return (
            <Suspense key={name.ascii} fallback={<DomainResultSkeleton name={name} />}>
              <DomainResult
                name={name}
                offer={tldOffer(tld)}
                currency={currency}
                actions={(status) => {
                  const type = status === 'available' ? 'register' : 'transfer';
                  if (type === 'transfer' && tld.transfer.length === 0) return null;
                  return <AddDomainButton domain={name.domain} type={type} inCart={inCart.has(name.ascii)} currencyCode={currency.code} />;
                }}
              />
            </Suspense>
          );
        })}
      </ul>
    </div>
  );
}
