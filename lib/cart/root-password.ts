import 'server-only';
import type { OrderRequest } from '@/lib/whmcs/types';
import { cartSecret } from './cart-secret';

/** A server's root password, kept as a cart secret (./cart-secret): the cart is the only place it is kept. */
const rootPasswords = cartSecret('cart root password');

export const sealRootPassword = rootPasswords.seal;

/** The order with each server's root password opened, for AddOrder only. */
export function withOpenedRootPasswords(order: OrderRequest): OrderRequest {
  return {
    ...order,
    items: order.items.map((item) =>
      item.server ? { ...item, server: { ...item.server, rootPassword: rootPasswords.open(item.server.rootPassword, 'A root password') } } : item,
    ),
  };
}
