'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, useTransition } from 'react';
import { Configurator, type ConfiguratorProps } from '@/components/configure/Configurator';
import type { ConfiguratorActionResult, ConfiguredItem, EditedItem } from '@/components/configure/types';
import { ecommerceEvent } from '@/lib/analytics/events';
import { configuredItem } from '@/lib/analytics/items';
import { trackSafely } from '@/lib/analytics/track';
import { EDIT_ITEM_PARAM } from '@/lib/cart/links';
import { addToCart, cartItemDetails } from './actions';
import { cartChanged } from './cart-client';

/** The item the URL's `?item=<id>` names, with what the customer entered for it; null when none. */
async function findEditedItem(): Promise<EditedItem | null> {
  const itemId = new URLSearchParams(window.location.search).get(EDIT_ITEM_PARAM);
  if (!itemId) return null;
  const details = await cartItemDetails({ itemId });
  return details && { itemId, ...details };
}

/**
 * The product page's configurator, wired to the cart: "Add to cart" adds the configured item
 * (priced again on the server), updates the badge from the action's answer and opens the cart,
 * which renders the new cart once. Opened from the cart's "Edit" link (the configuration in the
 * URL plus `?item=<id>`), it restores the item's custom fields and updates that item instead of
 * adding another.
 */
export function CartConfigurator(props: Omit<ConfiguratorProps, 'action' | 'labels' | 'busy' | 'edited'>) {
  const router = useRouter();
  const [opening, startOpening] = useTransition();
  // The page is static: the item being edited is only known once the URL is read in the browser.
  const [edited, setEdited] = useState<EditedItem | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    findEditedItem().then(
      (item) => current && setEdited(item),
      () => current && setEdited(null),
    );
    return () => {
      current = false;
    };
  }, []);

  const editing = edited?.itemId ?? null;
  const action = useCallback(
    async (item: ConfiguredItem): Promise<ConfiguratorActionResult> => {
      const result = await addToCart({ ...item, ...(editing ? { itemId: editing } : {}) });
      if (!result.ok) return { ok: false, error: result.message, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
      cartChanged(result.count);
      if (!editing) trackSafely(() => ecommerceEvent('add_to_cart', item.currencyCode, [configuredItem(props.product, item.currencyCode, item.configuration)]));
      startOpening(() => router.push('/cart'));
      return { ok: true, message: result.message };
    },
    [editing, router, props.product],
  );

  return (
    <Configurator
      {...props}
      action={action}
      busy={opening}
      edited={edited}
      labels={editing ? { submit: 'Update cart item', pending: 'Updating…' } : { submit: 'Add to cart', pending: 'Adding…' }}
    />
  );
}
