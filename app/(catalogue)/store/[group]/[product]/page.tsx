import { ProductPage, productMetadata } from '@/components/catalogue/pages/ProductPage';

type Props = { params: Promise<{ group: string; product: string }> };

export async function generateMetadata({ params }: Props) {
  const { group, product } = await params;
  return productMetadata({ currencyCode: null, groupSlug: group, productSlug: product });
}

export default async function Page({ params }: Props) {
  const { group, product } = await params;
  return <ProductPage currencyCode={null} groupSlug={group} productSlug={product} />;
}

// Rendered on first visit, then served from the cache (builds need no WHMCS): see lib/catalogue.
export function generateStaticParams() {
  return [];
}
