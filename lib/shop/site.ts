import 'server-only';
import { env } from '@/lib/config/env';

/**
 * The shop's public origin (SHOP_URL, e.g. https://shop.example.com), for the absolute links that
 * leave the site: the sitemap, canonical URLs, Open Graph images, JSON-LD. Optional: without it
 * static pages use relative links and the sitemap falls back to the request's own origin.
 */
export function siteUrl(): URL | null {
  const configured = env().SHOP_URL;
  return configured ? new URL(configured) : null;
}
