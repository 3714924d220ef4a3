import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCatalogue, productForCurrency } from '@/lib/catalogue';
import { needsDomain } from '@/lib/catalogue/domain-input';
import { tldPricing } from '@/lib/domains';
import { findGroup, findProduct } from '@/lib/catalogue/model';
import { groupPath, productPath } from '@/lib/catalogue/paths';
import { enabledCycles, formatMoney, fromPrice } from '@/lib/pricing';
import { shopBranding } from '@/lib/shop/branding';
import { siteUrl } from '@/lib/shop/site';
import { analyticsOn } from '@/lib/analytics/config';
import { WhmcsError } from '@/lib/whmcs';
import type { Currency, Tld } from '@/lib/whmcs/types';
import { ecommerceEvent } from '@/lib/analytics/events';
import { listedItem } from '@/lib/analytics/items';
import { TrackEvent } from '@/components/analytics/TrackEvent';
import { FeatureList } from '@/components/catalogue/FeatureList';
import { ogImageOf } from '@/components/catalogue/OgCard';
import { JsonLd, productJsonLd } from '@/components/catalogue/ProductJsonLd';
import { StaleNotice } from '@/components/catalogue/StaleNotice';
import { CartConfigurator } from '@/components/cart/CartConfigurator';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { productTaxNote } from '@/lib/tax/product-note';
import { Notice } from '@/components/ui/Notice';
import { container } from '@/components/ui/styles';
import { pageCurrency } from '../../../page-currency';

type Props = { params: Promise<{ currency: string; group: string; product: string }> };

async function load(params: Props['params']) {
  const { currency: segment, group: groupSlug, product: productSlug } = await params;
  const catalogue = await getCatalogue();
  const product = findProduct(catalogue, groupSlug, productSlug);
  if (!product) notFound();
  const currency = pageCurrency(catalogue, segment);
  // A hidden product's group may be hidden too: breadcrumbs fall back to the slug's page.
  const group = findGroup(catalogue, product.groupSlug);
  return { catalogue, product, currency, group };
}

/**
 * The TLDs the configurator's domain step offers (register, transfer), priced in the page's
 * currency; null when WHMCS does not answer: the step then asks for the customer's own domain.
 */
async function domainStepTlds(currency: Currency): Promise<Tld[] | null> {
  try {
    return (await tldPricing(currency)).tlds;
  } catch (error) {
    if (error instanceof WhmcsError) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { product, currency } = await load(params);
  const from = fromPrice(product, currency.code);
  const price = from ? ` from ${formatMoney(from.monthly ?? from.amount, currency)}${from.monthly !== null ? ' a month' : ''}` : '';
  const description = `${product.name}${price}. ${product.features.slice(0, 3).join(', ')}`.trim();
  const path = productPath(product.groupSlug, product.slug);
  return {
    title: product.name,
    description,
    alternates: { canonical: path },
    openGraph: { title: product.name, description, url: path, images: ogImageOf(path, 'Plan, features and price') },
    // Hidden products are sold by direct link only, like WHMCS's own hidden flag.
    ...(product.hidden ? { robots: { index: false } } : {}),
  };
}

/** The configurator: cycle, options, details and a live order summary. */
export default async function ProductPage({ params }: Props) {
  const { catalogue, product, currency, group } = await load(params);
  const sold = enabledCycles(product, currency.code).length > 0;
  const path = productPath(product.groupSlug, product.slug);
  const site = siteUrl();
  const otherCurrencies = catalogue.currencies.filter((c) => c.code !== currency.code && enabledCycles(product, c.code).length > 0);
  const domainRequired = needsDomain(product.type);
  const tlds = sold && domainRequired ? await domainStepTlds(currency) : null;

  return (
    <div className={`${container} py-10 sm:py-14`}>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <ol className="flex flex-wrap items-center gap-1">
          <li>
            <Link href="/" className="inline-flex min-h-6 items-center underline-offset-4 hover:underline">
              Plans
            </Link>
          </li>
          {group && (
            <li className="flex items-center gap-1">
              <span aria-hidden="true">/</span>
              <Link href={groupPath(group.slug)} className="inline-flex min-h-6 items-center underline-offset-4 hover:underline">
                {group.name}
              </Link>
            </li>
          )}
          <li className="flex items-center gap-1">
            <span aria-hidden="true">/</span>
            <span aria-current="page" className="text-fg">
              {product.name}
            </span>
          </li>
        </ol>
      </nav>

      <div className="mt-6 max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{product.name}</h1>
        <FeatureList features={product.features} className="mt-5 gap-x-8 sm:grid-cols-2" />
      </div>

      {catalogue.stale && <StaleNotice className="mt-8 max-w-3xl" />}

      <div className="mt-10">
        {sold ? (
          <CartConfigurator
            product={productForCurrency(product, currency.code)}
            currency={currency}
            needsDomain={domainRequired}
            tlds={tlds}
            soldOut={product.soldOut}
            taxNote={productTaxNote(await availableTaxPolicy(), product.pid)}
            path={path}
          />
        ) : (
          <Notice tone="warning" title={`${product.name} is not sold in ${currency.code}`}>
            {otherCurrencies.length > 0 ? (
              <>
                It is available in{' '}
                {otherCurrencies.map((c, index) => (
                  <span key={c.code}>
                    {index > 0 && ', '}
                    <a href={`${path}?currency=${c.code}`} className="font-medium underline underline-offset-4">
                      {c.code}
                    </a>
                  </span>
                ))}
                .
              </>
            ) : (
              'Please choose another plan.'
            )}
          </Notice>
        )}
      </div>

      {sold && analyticsOn() && <TrackEvent event={ecommerceEvent('view_item', currency.code, [listedItem(product, currency.code)])} />}
      <JsonLd data={productJsonLd(product, currency, { shopName: shopBranding().name, url: site ? new URL(path, site).href : undefined })} />
    </div>
  );
}

// Rendered on first visit per currency, then served from the cache (see the layout).
export function generateStaticParams() {
  return [];
}
