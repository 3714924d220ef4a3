import type { ReactNode } from 'react';
import { ShopFrame } from '@/components/layout/ShopFrame';

/**
 * The catalogue in the shop's default currency, at its public URLs (`/`, `/store/...`, as in
 * WHMCS). Served statically to every visitor who has not chosen a currency; visitors who have
 * are rewritten by proxy.ts to the same pages under `/c/{currency}`.
 */
export default function DefaultCurrencyLayout({ children }: { children: ReactNode }) {
  return <ShopFrame currencyCode={null}>{children}</ShopFrame>;
}
