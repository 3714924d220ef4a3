import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { chosenCurrencyCode } from '@/lib/visitor';
import { ShopFrame } from '@/components/layout/ShopFrame';

/** Checkout, orders and the sandbox invoice: per customer, never indexed. */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function CheckoutLayout({ children }: { children: ReactNode }) {
  return <ShopFrame currencyCode={await chosenCurrencyCode()}>{children}</ShopFrame>;
}
