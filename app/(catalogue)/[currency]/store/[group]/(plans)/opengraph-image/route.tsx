import { notFound } from 'next/navigation';
import { getCatalogue } from '@/lib/catalogue';
import { findGroup } from '@/lib/catalogue/model';
import { groupFromPrice } from '@/lib/pricing';
import { ogCard, ogFromText } from '@/components/catalogue/OgCard';
import { pageCurrency } from '../../../../page-currency';

/**
 * A group's link preview (`/store/{group}/opengraph-image`, named by the page's metadata): its name,
 * lowest monthly price and plan names. Unknown groups: 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ currency: string; group: string }> }) {
  const { currency: segment, group: groupSlug } = await params;
  const catalogue = await getCatalogue();
  const group = findGroup(catalogue, groupSlug) ?? notFound();
  const currency = pageCurrency(catalogue, segment);
  return ogCard({
    eyebrow: group.tagline ?? 'Plans and prices',
    title: group.name,
    price: ogFromText(groupFromPrice(group.products, currency.code), currency),
    lines: group.products.map((product) => product.name),
  });
}
