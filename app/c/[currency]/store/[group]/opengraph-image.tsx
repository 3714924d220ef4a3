import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { findGroup } from '@/lib/catalogue/model';
import { formatMoney, groupFromPrice } from '@/lib/pricing';
import { shopBranding } from '@/lib/shop/branding';
import { ogCard, OG_SIZE } from '@/components/catalogue/OgCard';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Plans and prices';

/** The link preview of a group page: its name, lowest monthly price and plan names. */
export default async function GroupImage({ params }: { params: Promise<{ currency: string; group: string }> }) {
  const { currency: segment, group: slug } = await params;
  const catalogue = await getCatalogue();
  const group = findGroup(catalogue, slug);
  const { currency } = resolveCurrency(catalogue, codeFromSegment(segment));
  const { name, palette } = shopBranding();
  const from = group ? groupFromPrice(group.products, currency.code) : null;
  return ogCard({
    shopName: name,
    accent: palette.accent,
    onAccent: palette.onAccent,
    eyebrow: group?.tagline ?? 'Plans and prices',
    title: group?.name ?? name,
    price: from ? `From ${formatMoney(from.monthly ?? from.amount, currency)}${from.monthly !== null ? '/mo' : ''}` : null,
    lines: group?.products.map((product) => product.name) ?? [],
  });
}
