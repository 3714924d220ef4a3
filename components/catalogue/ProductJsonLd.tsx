import type { CatalogueProduct } from '@/lib/catalogue';
import { CYCLE_MONTHS, cycleLabel, cyclePrice, enabledCycles, formatMoney, isRecurringCycle, toDecimalString } from '@/lib/pricing';
import type { Currency } from '@/lib/whmcs/types';

/**
 * schema.org Product data with one Offer per billing cycle, at the real WHMCS prices of the
 * page's currency, for search engines and link previews.
 */
export function productJsonLd(product: CatalogueProduct, currency: Currency, options: { shopName: string; url?: string }) {
  const code = currency.code;
  const offers = enabledCycles(product, code).flatMap((cycle) => {
    const price = cyclePrice(product, code, cycle);
    if (!price) return [];
    const amount = toDecimalString(price.price);
    const setup = price.setupFee > 0 ? `, plus a ${formatMoney(price.setupFee, currency)} setup fee` : '';
    return [
      {
        '@type': 'Offer',
        name: `${product.name}, ${cycleLabel(cycle).toLowerCase()}`,
        description: `${cycleLabel(cycle)} billing${setup}`,
        price: amount,
        priceCurrency: code,
        availability: product.soldOut ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
        ...(options.url ? { url: options.url } : {}),
        ...(isRecurringCycle(cycle)
          ? {
              priceSpecification: {
                '@type': 'UnitPriceSpecification',
                price: amount,
                priceCurrency: code,
                referenceQuantity: { '@type': 'QuantitativeValue', value: CYCLE_MONTHS[cycle], unitCode: 'MON' },
              },
            }
          : {}),
      },
    ];
  });
  return {
    '@type': 'Product',
    name: product.name,
    sku: String(product.pid),
    ...(product.features.length ? { description: product.features.join('. ') } : {}),
    brand: { '@type': 'Brand', name: options.shopName },
    ...(options.url ? { url: options.url } : {}),
    offers,
  };
}

/** Renders JSON-LD safely: `<` is escaped so no text from WHMCS can close the script element. */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
