/**
 * Where the header shows the cart (a badge with the item count). Empty until the cart lands:
 * the cart's own client component goes here, so every page's header gets it.
 */
export function CartSlot() {
  return null;
}
