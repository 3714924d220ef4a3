import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { findGroup, findProduct } from '@/lib/catalogue/model';
import { formatMoney, fromPrice } from '@/lib/pricing';
import { shopBranding } from '@/lib/shop/branding';
import { ogCard, OG_SIZE } from '@/components/catalogue/OgCard';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Plan, features and price';

/** The link preview of a product page: its name, group, "from" price and first features. */
export default async function ProductImage({ params }: { params: Promise<{ currency: string; group: string; product: string }> }) {
  const { currency: segment, group: groupSlug, product: productSlug } = await params;
  const catalogue = await getCatalogue();
  const product = findProduct(catalogue, groupSlug, productSlug);
  const { currency } = resolveCurrency(catalogue, codeFromSegment(segment));
  const { name, palette } = shopBranding();
  const from = product ? fromPrice(product, currency.code) : null;
  return ogCard({
    shopName: name,
    accent: palette.accent,
    onAccent: palette.onAccent,
    eyebrow: (product && findGroup(catalogue, product.groupSlug)?.name) ?? 'Plans and prices',
    title: product?.name ?? name,
    price: from ? `From ${formatMoney(from.monthly ?? from.amount, currency)}${from.monthly !== null ? '/mo' : ''}` : null,
    lines: product?.features ?? [],
  });
}
