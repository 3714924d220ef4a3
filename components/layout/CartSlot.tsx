import { CartBadge } from '@/components/cart/CartBadge';

/**
 * Where the header shows the cart: the cart's own badge (a small client island, since the pages
 * around it are static and the count is per visitor).
 */
export function CartSlot() {
  return <CartBadge />;
}
