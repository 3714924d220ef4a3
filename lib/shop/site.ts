import 'server-only';
import { z } from 'zod';

/**
 * The shop's public origin (SHOP_URL, e.g. https://shop.example.com), for the absolute links that
 * leave the site: the sitemap, canonical URLs, Open Graph images, JSON-LD. Optional: without it
 * static pages use relative links and the sitemap falls back to the request's own origin.
 */
const siteUrlSchema = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional()
  .pipe(z.url({ protocol: /^https?$/ }).optional());

let cached: URL | null | undefined;

export function siteUrl(): URL | null {
  if (cached === undefined) {
    const parsed = siteUrlSchema.safeParse(process.env.SHOP_URL);
    if (!parsed.success) throw new Error(`SHOP_URL: must be the shop's public origin, e.g. https://shop.example.com`);
    cached = parsed.data ? new URL(parsed.data) : null;
  }
  return cached;
}
