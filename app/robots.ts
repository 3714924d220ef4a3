import type { MetadataRoute } from 'next';
import { publicOrigin } from '@/lib/shop/origin';

/** `/robots.txt`: everything but the APIs may be crawled; the sitemap lists the catalogue. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await publicOrigin();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/'] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
