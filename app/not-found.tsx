import type { Metadata } from 'next';
import { ShopFrame } from '@/components/layout/ShopFrame';
import { NotFoundMessage } from '@/components/catalogue/NotFoundMessage';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** Any address that is not a page of the shop. */
export default function NotFound() {
  return (
    <ShopFrame currencyCode={null}>
      <NotFoundMessage />
    </ShopFrame>
  );
}
