import type { ReactNode } from 'react';
import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { ShopFrame } from '@/components/layout/ShopFrame';

/**
 * The catalogue pages, one static copy per currency: proxy.ts rewrites `/`, `/store/...` here
 * with the visitor's currency as the first segment (`default` when none was chosen).
 */
export default async function CatalogueLayout({ children, params }: { children: ReactNode; params: Promise<{ currency: string }> }) {
  const { currency } = await params;
  return <ShopFrame currencyCode={codeFromSegment(currency)}>{children}</ShopFrame>;
}

// No page is rendered at build time (builds need no WHMCS): each is rendered on its first
// visit, then served from the cache and regenerated in the background (see lib/catalogue).
export function generateStaticParams() {
  return [];
}
