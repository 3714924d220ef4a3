import { groupOgImage, ogImage } from '@/components/catalogue/pages/og-images';

export const size = ogImage.size;
export const contentType = ogImage.contentType;
export const alt = 'Plans and prices';

export default async function Image({ params }: { params: Promise<{ group: string }> }) {
  return groupOgImage(null, (await params).group);
}
