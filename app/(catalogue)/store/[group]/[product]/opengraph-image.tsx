import { ogImage, productOgImage } from '@/components/catalogue/pages/og-images';

export const size = ogImage.size;
export const contentType = ogImage.contentType;
export const alt = 'Plan, features and price';

export default async function Image({ params }: { params: Promise<{ group: string; product: string }> }) {
  const { group, product } = await params;
  return productOgImage(null, group, product);
}
