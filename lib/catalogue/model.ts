import type { Currency, Product, ProductAddon, ProductGroupInfo } from '@/lib/whmcs/types';
import { addonsForProduct, declaredAddons } from './addons';
import type { CatalogueConfig, GroupSettings } from './config-file';
import { featureLines, nameFromSlug } from './names';

/**
 * The catalogue as the storefront shows it: WHMCS's flat product list arranged into named,
 * ordered groups. Pure: built from what WHMCS answered plus the shop's settings.
 */

export interface CatalogueProduct extends Product {
  /** The description, one feature per line. */
  features: string[];
  /** Left out of listings by the shop's settings; still reachable by direct link. */
  hidden: boolean;
  /** Stock control is on and nothing is left: listed, but cannot be ordered. */
  soldOut: boolean;
}

export interface CatalogueGroup {
  slug: string;
  name: string;
  tagline: string | null;
  /** The listed products, in WHMCS's order. */
  products: CatalogueProduct[];
}

export interface Catalogue {
  /** Listed groups in display order; a group whose products are all hidden is left out. */
  groups: CatalogueGroup[];
  /** Every product WHMCS returned, hidden ones included, in WHMCS's order. */
  products: CatalogueProduct[];
  currencies: Currency[];
  /** Every product addon: WHMCS's (companion) or the shop's declared ones. Products carry theirs in `addons`. */
  addons: ProductAddon[];
  /** The shop's default currency: WHMCS's first (id 1 is the default in WHMCS). */
  defaultCurrency: Currency;
  /** When WHMCS last answered (ISO). */
  fetchedAt: string;
  /** True when WHMCS could not be reached and this is the last good copy. */
  stale: boolean;
}

export interface CatalogueData {
  products: Product[];
  currencies: Currency[];
  fetchedAt: string;
  /** What the companion says (null or absent: WHMCS has none): group names and settings, the addon catalogue. */
  groups?: ProductGroupInfo[] | null;
  addons?: ProductAddon[] | null;
}

/** Group names and taglines a deployment supplies before the shop's own file (the sandbox's). */
export class EmptyCatalogueError extends Error {
  override name = 'EmptyCatalogueError';
}

function isSoldOut(product: Product): boolean {
  return product.stockLevel !== null && product.stockLevel < 1;
}

/**
 * Store URL slugs WHMCS may not send (product_url and slug: 8.3+; before, the wire parser makes
 * `group-{gid}` / `product-{pid}`): the shop's configuration first (`groups.{slug}.gid`,
 * `productSlugs`), then the companion's (WHMCS's own tables), so a shop with the companion needs
 * no configuration for stable URLs. Empty companion slugs (not set in WHMCS) do not count.
 */
function storeSlugs(config: CatalogueConfig, companion: readonly ProductGroupInfo[]) {
  const groupSlugByGid = new Map<number, string>(companion.filter((group) => group.slug).map((group) => [group.id, group.slug]));
  const productSlugByPid = new Map<number, string>(companion.flatMap((group) => group.products.filter((p) => p.slug).map((p) => [p.pid, p.slug] as const)));
  for (const [slug, settings] of Object.entries(config.groups)) if (settings.gid) groupSlugByGid.set(settings.gid, slug);
  for (const [pid, slug] of Object.entries(config.productSlugs)) productSlugByPid.set(Number(pid), slug);
  return { groupSlugByGid, productSlugByPid };
}

export function buildCatalogue(
  data: CatalogueData,
  config: CatalogueConfig,
  stale = false,
): Catalogue {
  const defaultCurrency = [...data.currencies].sort((a, b) => a.id - b.id)[0];
  if (!defaultCurrency) throw new EmptyCatalogueError('WHMCS returned no currencies');

  // The companion knows WHMCS's own group settings and hidden products; the shop's file fills in without it.
  const companionGroups = new Map((data.groups ?? []).map((group) => [group.id, group]));
  const hidden = new Set([
    ...config.hiddenProducts,
    ...(data.groups ?? []).flatMap((group) => group.products.filter((p) => p.hidden || p.retired).map((p) => p.pid)),
  ]);
  const { groupSlugByGid, productSlugByPid } = storeSlugs(config, data.groups ?? []);
  const addons = data.addons ?? declaredAddons(config.addons, data.currencies);
  const products: CatalogueProduct[] = data.products.map((product) => {
    const offered = addonsForProduct(addons, product.pid);
    return {
      ...product,
      slug: productSlugByPid.get(product.pid) ?? product.slug,
      groupSlug: groupSlugByGid.get(product.gid) ?? product.groupSlug,
      ...(offered.length > 0 ? { addons: offered } : {}),
      features: featureLines(product.description),
      hidden: hidden.has(product.pid),
      soldOut: isSoldOut(product),
    };
  });

  // Groups appear in WHMCS's order (GetProducts sorts by group order) unless settings say otherwise.
  const bySlug = new Map<string, CatalogueProduct[]>();
  for (const product of products) {
    if (!product.groupSlug) continue;
    const list = bySlug.get(product.groupSlug) ?? [];
    list.push(product);
    bySlug.set(product.groupSlug, list);
  }

  const groups: (CatalogueGroup & { order: number; position: number })[] = [];
  let position = 0;
  for (const [slug, members] of bySlug) {
    const settings: GroupSettings = config.groups[slug] ?? {};
    // By gid: the store slug may be the configuration's, not the companion's.
    const info = companionGroups.get(members[0]?.gid ?? 0);
    const listed = members.filter((product) => !product.hidden);
    position++;
    if ((info?.hidden ?? settings.hidden) || listed.length === 0) continue;
    groups.push({
      slug,
      name: info?.name || settings.name || nameFromSlug(slug),
      tagline: info?.tagline || settings.tagline || null,
      products: listed,
      order: info?.order ?? settings.order ?? Number.POSITIVE_INFINITY,
      position,
    });
  }
  groups.sort((a, b) => (a.order === b.order ? a.position - b.position : a.order - b.order));

  return {
    groups: groups.map(({ slug, name, tagline, products: listed }) => ({ slug, name, tagline, products: listed })),
    products,
    addons,
    currencies: data.currencies,
    defaultCurrency,
    fetchedAt: data.fetchedAt,
    stale,
  };
}

/** A listed group by slug (case-insensitive, as WHMCS's store URLs are). */
export function findGroup(catalogue: Catalogue, slug: string): CatalogueGroup | undefined {
  const wanted = slug.toLowerCase();
  return catalogue.groups.find((group) => group.slug.toLowerCase() === wanted);
}

/** A product by its store URL, hidden products included (they keep their direct links). */
export function findProduct(catalogue: Catalogue, groupSlug: string, productSlug: string): CatalogueProduct | undefined {
  const [group, slug] = [groupSlug.toLowerCase(), productSlug.toLowerCase()];
  return catalogue.products.find(
    (product) => product.groupSlug.toLowerCase() === group && product.slug.toLowerCase() === slug,
  );
}

export function findProductById(catalogue: Catalogue, pid: number): CatalogueProduct | undefined {
  return catalogue.products.find((product) => product.pid === pid);
}

/**
 * A currency by code (case-insensitive); the default currency for an unknown or missing code.
 * `known` tells the caller whether the code was honoured, to say so when it was not.
 */
export function resolveCurrency(catalogue: Pick<Catalogue, 'currencies' | 'defaultCurrency'>, code: string | null | undefined) {
  const wanted = code?.toUpperCase();
  const found = wanted ? catalogue.currencies.find((currency) => currency.code.toUpperCase() === wanted) : undefined;
  return { currency: found ?? catalogue.defaultCurrency, known: Boolean(found) };
}

/**
 * A product with prices in one currency only and without the catalogue extras: what a page
 * hands to the configurator in the browser, so it downloads no other currency's prices.
 */
export function productForCurrency(product: CatalogueProduct, code: string): Product {
  const { features: _features, hidden: _hidden, soldOut: _soldOut, ...plain } = product;
  const pricing = product.pricing[code];
  const addons = product.addons
    ?.filter((addon) => addon.pricing[code])
    .map((addon) => ({ ...addon, pricing: { [code]: addon.pricing[code]! } }));
  return {
    ...plain,
    ...(addons ? { addons } : {}),
    description: '',
    pricing: pricing ? { [code]: pricing } : {},
    configOptions: product.configOptions.map((option) => ({
      ...option,
      choices: option.choices.map((choice) => {
        const choicePricing = choice.pricing[code];
        return { ...choice, pricing: choicePricing ? { [code]: choicePricing } : {} };
      }),
    })),
  };
}
