import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { groupOgImage, ogImage } from '@/components/catalogue/pages/og-images';

export const size = ogImage.size;
export const contentType = ogImage.contentType;
export const alt = 'Plans and prices';

export default async function Image({ params }: { params: Promise<{ currency: string; group: string }> }) {
  const { currency, group } = await params;
  return groupOgImage(codeFromSegment(currency), group);
}
