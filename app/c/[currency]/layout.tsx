import type { ReactNode } from 'react';
import { codeFromSegment } from '@/lib/catalogue/currency-choice';
import { ShopFrame } from '@/components/layout/ShopFrame';

/**
 * The catalogue for visitors who chose a currency: proxy.ts rewrites their `/`, `/store/...` here
 * (`/c/eur/store/vps`). One static copy per currency, like the default one in app/(catalogue).
 */
export default async function ChosenCurrencyLayout({ children, params }: { children: ReactNode; params: Promise<{ currency: string }> }) {
  return <ShopFrame currencyCode={codeFromSegment((await params).currency)}>{children}</ShopFrame>;
}

// Rendered on first visit per currency, then served from the cache: see lib/catalogue.
export function generateStaticParams() {
  return [];
}
