import type { WhmcsApi } from '@/lib/whmcs/api';
import { TAX_SETTING_NAMES } from '@/lib/tax/sources';
import { groupsFromCompanion, type CatalogueImport } from './import';

/**
 * Reads what `npm run sandbox:import` copies, through WHMCS's API: the catalogue, TLD pricing in
 * every currency, and the companion's groups, addons and domain extras when WHMCS has it (each
 * companion call answers null without it). Nothing about clients is asked for.
 * `groupName`: without the companion, WHMCS's API has no group names (the shop's configuration has).
 */
export async function readCatalogueForImport(api: WhmcsApi, groupName: (slug: string) => string, warn: (message: string) => void): Promise<CatalogueImport> {
  const [products, currencies, paymentMethods, promotions, companionGroups, addons, domainExtras, taxSettings, taxRules] = await Promise.all([
    api.getProducts(),
    api.getCurrencies(),
    api.getPaymentMethods(),
    // A role without GetPromotions still gets the rest of the catalogue.
    api.getPromotions().catch((error: unknown) => {
      warn(`Promotions not copied: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }),
    api.getProductGroups(),
    api.getProductAddons(),
    api.getDomainExtras(),
    api.getConfigurationValues(TAX_SETTING_NAMES),
    api.getTaxRules(),
  ]);
  if (!taxRules) warn('Tax rules not copied (they need the companion): the copy charges no tax.');
  const tldPricing = await Promise.all(currencies.map((currency) => api.getTldPricing(currency.id))).catch((error: unknown) => {
    warn(`TLD pricing not copied: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  });
  const groups = companionGroups
    ? groupsFromCompanion(companionGroups)
    : [...new Map(products.map((product) => [product.gid, product.groupSlug])).entries()].map(([gid, slug]) => ({ gid, slug, name: groupName(slug) }));
  return {
    products,
    currencies,
    paymentMethods,
    promotions,
    groups,
    tldPricing,
    addons: addons ?? [],
    domainExtras: domainExtras?.pricing ?? {},
    tax: { settings: taxSettings, rules: taxRules },
  };
}
