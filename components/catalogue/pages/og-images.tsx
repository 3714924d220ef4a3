import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { findGroup, findProduct } from '@/lib/catalogue/model';
import { formatMoney, fromPrice, groupFromPrice, type FromPrice } from '@/lib/pricing';
import { shopBranding } from '@/lib/shop/branding';
import type { Currency } from '@/lib/whmcs/types';
import { ogCard, OG_SIZE } from '@/components/catalogue/OgCard';

/** The Open Graph images of group and product pages, for both the default and chosen currencies. */
export const ogImage = { size: OG_SIZE, contentType: 'image/png' } as const;

function fromText(from: FromPrice | null, currency: Currency): string | null {
  return from ? `From ${formatMoney(from.monthly ?? from.amount, currency)}${from.monthly !== null ? '/mo' : ''}` : null;
}

/** A group's link preview: its name, lowest monthly price and plan names. */
export async function groupOgImage(currencyCode: string | null, groupSlug: string) {
  const catalogue = await getCatalogue();
  const group = findGroup(catalogue, groupSlug);
  const { currency } = resolveCurrency(catalogue, currencyCode);
  const { name, palette } = shopBranding();
  return ogCard({
    shopName: name,
    accent: palette.accent,
    onAccent: palette.onAccent,
    eyebrow: group?.tagline ?? 'Plans and prices',
    title: group?.name ?? name,
    price: fromText(group ? groupFromPrice(group.products, currency.code) : null, currency),
    lines: group?.products.map((product) => product.name) ?? [],
  });
}

/** A product's link preview: its name, group, "from" price and first features. */
export async function productOgImage(currencyCode: string | null, groupSlug: string, productSlug: string) {
  const catalogue = await getCatalogue();
  const product = findProduct(catalogue, groupSlug, productSlug);
  const { currency } = resolveCurrency(catalogue, currencyCode);
  const { name, palette } = shopBranding();
  return ogCard({
    shopName: name,
    accent: palette.accent,
    onAccent: palette.onAccent,
    eyebrow: (product && findGroup(catalogue, product.groupSlug)?.name) ?? 'Plans and prices',
    title: product?.name ?? name,
    price: fromText(product ? fromPrice(product, currency.code) : null, currency),
    lines: product?.features ?? [],
  });
}
