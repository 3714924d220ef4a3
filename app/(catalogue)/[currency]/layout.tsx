import type { ReactNode } from 'react';
import { ShopFrame } from '@/components/layout/ShopFrame';

/**
 * The catalogue at its public URLs (`/`, `/store/...`, as in WHMCS), one static copy per
 * currency: next.config.js routes each visitor to the copy of their currency (see
 * ./page-currency.ts). Copies are rendered on first visit, then served from the cache (builds
 * need no WHMCS): see lib/catalogue.
 */
export default async function CatalogueLayout({ children, params }: { children: ReactNode; params: Promise<{ currency: string }> }) {
  return <ShopFrame currencyCode={(await params).currency}>{children}</ShopFrame>;
}

export function generateStaticParams() {
  return [];
}
