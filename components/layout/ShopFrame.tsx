import type { ReactNode } from 'react';
import { CatalogueUnavailableError, getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { shopBranding } from '@/lib/shop/branding';
import type { Currency } from '@/lib/whmcs/types';
import { Footer } from './Footer';
import { Header } from './Header';
import { NavigationProgress } from './NavigationProgress';


/**
 * Every customer page's frame: page-loading bar, skip link, header (logo, groups, currency, cart),
 * main, footer. `currencyCode` is the currency to show; one the shop does not sell (or null) shows
 * its default. Catalogue pages pass their URL segment; others `await chosenCurrencyCode()` (lib/visitor).
 * When WHMCS is unreachable and nothing is cached, the header simply has no groups: the frame
 * never takes a page down with it.
 */
export async function ShopFrame({ currencyCode, children }: { currencyCode: string | null; children: ReactNode }) {
  const branding = shopBranding();
  let groups: { slug: string; name: string }[] = [];
  let currencies: Currency[] = [];
  let current: string | null = null;
  try {
    const catalogue = await getCatalogue();
    groups = catalogue.groups.map(({ slug, name }) => ({ slug, name }));
    currencies = catalogue.currencies;
    current = resolveCurrency(catalogue, currencyCode).currency.code;
  } catch (error) {
    if (!(error instanceof CatalogueUnavailableError)) throw error;
  }
  return (
    <div className="flex min-h-dvh flex-col">
      <NavigationProgress />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-20 focus:rounded-lg focus:bg-surface focus:px-4 focus:py-2 focus:font-semibold"
      >
        Skip to content
      </a>
      <Header
        branding={branding}
        groups={groups}
        currencies={currencies.map((currency) => ({ code: currency.code, label: currency.code }))}
        currency={current}
      />
      <main id="main" className="flex-1">
        {children}
      </main>
      <Footer branding={branding} />
    </div>
  );
}
