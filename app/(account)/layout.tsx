import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { chosenCurrencyCode } from '@/lib/visitor';
import { ShopFrame } from '@/components/layout/ShopFrame';

/** Sign in, sign up and the account: per visitor, never indexed, never cached by a CDN (they read cookies). */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AccountLayout({ children }: { children: ReactNode }) {
  return <ShopFrame currencyCode={await chosenCurrencyCode()}>{children}</ShopFrame>;
}
