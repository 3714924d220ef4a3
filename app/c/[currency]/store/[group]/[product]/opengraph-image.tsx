import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { ogImage, productOgImage } from '@/components/catalogue/pages/og-images';

export const size = ogImage.size;
export const contentType = ogImage.contentType;
export const alt = 'Plan, features and price';

export default async function Image({ params }: { params: Promise<{ currency: string; group: string; product: string }> }) {
  const { currency, group, product } = await params;
  return productOgImage(codeFromSegment(currency), group, product);
}
