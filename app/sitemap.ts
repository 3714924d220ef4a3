import type { MetadataRoute } from 'next';
import { CatalogueUnavailableError, getCatalogue } from '@/lib/catalogue';
import { groupPath, productPath } from '@/lib/catalogue/paths';
import { publicOrigin } from '@/lib/shop/origin';

/**
 * `/sitemap.xml`: the home page, every listed group and product. Built per request from the
 * cached catalogue (cheap), so a build never needs WHMCS and a new product appears at once.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await publicOrigin();
  const url = (path: string) => `${origin}${path}`;
  const entries: MetadataRoute.Sitemap = [{ url: url('/'), changeFrequency: 'weekly', priority: 1 }];
  try {
    const catalogue = await getCatalogue();
    const lastModified = catalogue.fetchedAt;
    for (const group of catalogue.groups) {
      entries.push({ url: url(groupPath(group.slug)), lastModified, changeFrequency: 'weekly', priority: 0.8 });
      for (const product of group.products) {
        entries.push({ url: url(productPath(product.groupSlug, product.slug)), lastModified, changeFrequency: 'weekly', priority: 0.6 });
      }
    }
  } catch (error) {
    if (!(error instanceof CatalogueUnavailableError)) throw error;
  }
  return entries;
}
