import type { Metadata } from 'next';
import { connection } from 'next/server';
import { CatalogueUnavailableError, getCatalogue, type Catalogue } from '@/lib/catalogue';
import { enabledCycles } from '@/lib/pricing';
import { env } from '@/lib/config/env';
import { tldPricing } from '@/lib/domains';
import { WhmcsError } from '@/lib/whmcs';
import { tableCycles } from '@/lib/embed/render/pages';
import { siteUrl } from '@/lib/shop/site';
import { EmbedBuilder } from '@/components/embed/EmbedBuilder';
import type { BuilderCatalogue } from '@/components/embed/types';
import { ShopFrame } from '@/components/layout/ShopFrame';
import { Notice } from '@/components/ui/Notice';
import { container } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Embed builder', robots: { index: false } };

function builderCatalogue(catalogue: Catalogue, tlds: string[]): BuilderCatalogue {
  const currency = catalogue.defaultCurrency.code;
  const groupName = new Map(catalogue.groups.map((group) => [group.slug, group.name]));
  return {
    // Hidden products too (marketing may promote a plan the shop does not list), but only
    // those in a store group: the others have no order form to link to.
    products: catalogue.products
      .filter((product) => product.groupSlug)
      .map((product) => ({
        pid: product.pid,
        name: product.name,
        groupName: groupName.get(product.groupSlug) ?? product.groupSlug,
        cycles: enabledCycles(product, currency),
        hidden: product.hidden,
      })),
    groups: catalogue.groups.map((group) => ({ slug: group.slug, name: group.name, cycles: tableCycles(group.products, currency) })),
    currencies: catalogue.currencies.map((c) => c.code),
    defaultCurrency: currency,
    tlds,
  };
}

/** The TLDs the shop sells, for the domain embeds' hint; none when WHMCS does not answer (the embeds say so themselves). */
async function soldTlds(catalogue: Catalogue): Promise<string[]> {
  try {
    return (await tldPricing(catalogue.defaultCurrency)).tlds.map((tld) => tld.tld);
  } catch (error) {
    if (error instanceof WhmcsError) return [];
    throw error;
  }
}

/**
 * The embed builder for marketing: pick a product card or a pricing table, set its options, see
 * it live and copy the snippet. A normal page of the shop (and, like every page but the embeds,
 * never framed itself). Rendered per request: builds need no WHMCS, and it is not a page
 * customers visit.
 */
export default async function EmbedBuilderPage() {
  await connection();
  let catalogue: Catalogue | null = null;
  try {
    catalogue = await getCatalogue();
  } catch (error) {
    if (!(error instanceof CatalogueUnavailableError)) throw error;
  }
  const allowed = env().EMBED_ALLOWED_ORIGINS;
  return (
    <ShopFrame currencyCode={null}>
      <div className={`${container} py-10 sm:py-14`}>
        <h1 className="text-3xl font-semibold tracking-tight">Embed builder</h1>
        <p className="mt-3 max-w-2xl text-muted">
          Put a live product card, pricing table, domain search box or domain price table on any website that is allowed to
          show them. Prices stay current, and “Order” or “Search” opens the shop with your choices already made.
        </p>
        <div className="mt-6 max-w-2xl">
          {allowed.length ? (
            <Notice title="Websites allowed to show embeds">
              <ul className="list-inside list-disc">
                {allowed.map((origin) => (
                  <li key={origin}>{origin}</li>
                ))}
              </ul>
            </Notice>
          ) : (
            <Notice tone="warning" title="No website may show embeds yet">
              Browsers refuse embeds on any site not listed in EMBED_ALLOWED_ORIGINS (for example https://www.example.com). Ask
              whoever runs the shop to add your website.
            </Notice>
          )}
        </div>
        <div className="mt-8">
          {catalogue ? (
            <EmbedBuilder catalogue={builderCatalogue(catalogue, await soldTlds(catalogue))} shopAccent={env().SHOP_ACCENT} shopOrigin={siteUrl()?.origin ?? null} />
          ) : (
            <Notice tone="warning" title="The catalogue cannot be loaded right now">
              Our billing system is not answering. Please try again in a few minutes.
            </Notice>
          )}
        </div>
      </div>
    </ShopFrame>
  );
}
