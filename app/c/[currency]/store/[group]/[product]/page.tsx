import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { ProductPage, productMetadata } from '@/components/catalogue/pages/ProductPage';

type Props = { params: Promise<{ currency: string; group: string; product: string }> };

export async function generateMetadata({ params }: Props) {
  const { currency, group, product } = await params;
  return productMetadata({ currencyCode: codeFromSegment(currency), groupSlug: group, productSlug: product });
}

export default async function Page({ params }: Props) {
  const { currency, group, product } = await params;
  return <ProductPage currencyCode={codeFromSegment(currency)} groupSlug={group} productSlug={product} />;
}

export function generateStaticParams() {
  return [];
}
