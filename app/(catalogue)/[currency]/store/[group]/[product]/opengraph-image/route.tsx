import { notFound } from 'next/navigation';
import { getCatalogue } from '@/lib/catalogue';
import { findGroup, findProduct } from '@/lib/catalogue/model';
import { fromPrice } from '@/lib/pricing';
import { ogCard, ogFromText } from '@/components/catalogue/OgCard';
import { pageCurrency } from '../../../../page-currency';

/**
 * A product's link preview (`/store/{group}/{product}/opengraph-image`, named by the page's
 * metadata): its name, group, "from" price and first features. Unknown products: 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ currency: string; group: string; product: string }> }) {
  const { currency: segment, group: groupSlug, product: productSlug } = await params;
  const catalogue = await getCatalogue();
  const product = findProduct(catalogue, groupSlug, productSlug) ?? notFound();
  const currency = pageCurrency(catalogue, segment);
  return ogCard({
    eyebrow: findGroup(catalogue, product.groupSlug)?.name ?? 'Plans and prices',
    title: product.name,
    price: ogFromText(fromPrice(product, currency.code), currency),
    lines: product.features,
  });
}
