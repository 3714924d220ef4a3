import 'server-only';
import { env } from '@/lib/config/env';
import { accentPalette, type AccentPalette } from './colour';

/**
 * Everything that makes the storefront the shop's own rather than Hostfront's: read from the
 * environment (SHOP_*), with defaults that work for the demo.
 */
export interface ShopBranding {
  name: string;
  /** A URL path (or absolute URL) of the logo image; null: the built-in mark in the accent colour. */
  logo: string | null;
  palette: AccentPalette;
  supportUrl: string | null;
  /** Show the small "powered by Hostfront" line in the footer. */
  poweredBy: boolean;
}

/** SHOP_LOGO names a file in public/: "logo.svg" and "/logo.svg" both mean /logo.svg. */
function logoPath(value: string | undefined): string | null {
  if (!value) return null;
  if (/^https?:\/\//i.test(value) || value.startsWith('/')) return value;
  return `/${value}`;
}

export function shopBranding(): ShopBranding {
  const config = env();
  return {
    name: config.SHOP_NAME,
    logo: logoPath(config.SHOP_LOGO),
    palette: accentPalette(config.SHOP_ACCENT),
    supportUrl: config.SHOP_SUPPORT_URL ?? null,
    poweredBy: config.SHOP_POWERED_BY,
  };
}

/** The palette as CSS custom properties, light first, dark for `prefers-color-scheme: dark`. */
export function paletteCss(palette: AccentPalette): string {
  return (
    `:root{--accent:${palette.accent};--on-accent:${palette.onAccent};--accent-text:${palette.accentText}}` +
    `@media (prefers-color-scheme: dark){:root{--accent:${palette.accentDark};--on-accent:${palette.onAccentDark};--accent-text:${palette.accentTextDark}}}`
  );
}
