import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { env } from '@/lib/config/env';
import { paletteCss, shopBranding } from '@/lib/shop/branding';
import { GtmLoader } from '@/components/analytics/GtmLoader';
import { siteUrl } from '@/lib/shop/site';
import './globals.css';

export function generateMetadata(): Metadata {
  const { name } = shopBranding();
  return {
    metadataBase: siteUrl() ?? undefined,
    title: { default: name, template: `%s · ${name}` },
    description: `Hosting plans from ${name}: choose a plan, configure it and see exactly what you pay.`,
    applicationName: name,
    openGraph: { siteName: name, type: 'website' },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b0d12' },
  ],
};

/**
 * The document. The shop's accent colour is written here as CSS variables (contrast-checked in
 * lib/shop/colour.ts), so a shop restyles by setting SHOP_ACCENT, not by rebuilding CSS.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  const { palette } = shopBranding();
  // Analytics (lib/analytics) only when the shop turned it on: off, no attribute, no script.
  const { ANALYTICS, ANALYTICS_CONSENT, GTM_CONTAINER_ID } = env();
  const analytics = ANALYTICS === 'off' ? {} : { 'data-analytics': ANALYTICS, 'data-analytics-consent': ANALYTICS_CONSENT };
  return (
    <html lang="en" {...analytics}>
      <head>
        <style>{paletteCss(palette)}</style>
      </head>
      <body className="bg-bg font-sans text-fg antialiased">
        {children}
        {ANALYTICS === 'gtm' && GTM_CONTAINER_ID && <GtmLoader containerId={GTM_CONTAINER_ID} />}
      </body>
    </html>
  );
}
