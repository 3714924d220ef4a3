import { configurationToParams } from '@/lib/catalogue/configuration-link';
import { productPath } from '@/lib/catalogue/paths';
import type { Product } from '@/lib/whmcs/types';
import type { CartItem } from './types';

/**
 * The cart's "Edit" link: the product's configurator with the item's configuration in the URL
 * (the configurator's own parameters) plus `item=<id>`, so the configurator updates that item
 * instead of adding another. Pure and client-safe.
 */
export const EDIT_ITEM_PARAM = 'item';

export function editItemHref(
  product: Pick<Product, 'groupSlug' | 'slug' | 'quantityMode'>,
  item: Pick<CartItem, 'id' | 'configuration' | 'domain'>,
  currencyCode: string,
): string {
  const params = configurationToParams({
    configuration: item.configuration,
    currencyCode,
    withQuantity: product.quantityMode !== 'none',
    domain: item.domain ?? undefined,
  });
  params.set(EDIT_ITEM_PARAM, item.id);
  return `${productPath(product.groupSlug, product.slug)}?${params.toString()}`;
}
