'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { Configurator, type ConfiguratorProps } from '@/components/configure/Configurator';
import type { ConfiguratorActionResult, ConfiguredItem } from '@/components/configure/types';
import { EDIT_ITEM_PARAM } from '@/lib/cart/links';
import { addToCart } from './actions';
import { cartChanged } from './cart-client';

/**
 * The product page's configurator, wired to the cart: "Add to cart" adds the configured item
 * (priced again on the server) and opens the cart. Opened from the cart's "Edit" link (the
 * configuration in the URL plus `?item=<id>`), it updates that item instead of adding another.
 */
export function CartConfigurator(props: Omit<ConfiguratorProps, 'action' | 'submitLabel'>) {
  const router = useRouter();
  // The page is static: the item being edited is only known once the URL is read in the browser.
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    const itemId = new URLSearchParams(window.location.search).get(EDIT_ITEM_PARAM);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL can only be read after hydration
    if (itemId) setEditing(itemId);
  }, []);

  const action = useCallback(
    async (item: ConfiguredItem): Promise<ConfiguratorActionResult> => {
      const result = await addToCart({ ...item, ...(editing ? { itemId: editing } : {}) });
      if (!result.ok) return { ok: false, error: result.message };
      cartChanged();
      router.push('/cart');
      return { ok: true, message: result.message };
    },
    [editing, router],
  );

  return <Configurator {...props} action={action} submitLabel={editing ? 'Update cart item' : 'Add to cart'} />;
}
