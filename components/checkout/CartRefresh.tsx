'use client';

import { useEffect } from 'react';
import { cartChanged } from '@/components/cart/cart-client';

/** The order emptied the cart on the server: bring the header's badge (and other tabs) up to date. */
export function CartRefresh() {
  useEffect(() => cartChanged(), []);
  return null;
}
