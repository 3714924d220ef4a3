import 'server-only';
import { secret } from '@/lib/config/secrets';
import { openText, sealText } from '@/lib/security/sealed-text';
import type { OrderRequest } from '@/lib/whmcs/types';

/**
 * A server's root password between the configurator and AddOrder: sealed with SESSION_SECRET
 * in the cart (the only place it is kept), opened only to go to WHMCS with the order. Until then
 * order items carry it sealed, so what is fingerprinted, logged or shown never holds it in clear.
 */

const PURPOSE = 'cart root password';

export function sealRootPassword(password: string): string {
  return sealText(password, secret('SESSION_SECRET'), PURPOSE);
}

class RootPasswordUnreadableError extends Error {
  override name = 'RootPasswordUnreadableError';
}

/** The order with each server's root password opened, for AddOrder only. */
export function withOpenedRootPasswords(order: OrderRequest): OrderRequest {
  return {
    ...order,
    items: order.items.map((item) => {
      if (!item.server) return item;
      const rootPassword = openText(item.server.rootPassword, secret('SESSION_SECRET'), PURPOSE);
      // A changed SESSION_SECRET: the cart must ask again rather than send a wrong password.
      if (rootPassword === null) throw new RootPasswordUnreadableError('A root password in the cart can no longer be read.');
      return { ...item, server: { ...item.server, rootPassword } };
    }),
  };
}
