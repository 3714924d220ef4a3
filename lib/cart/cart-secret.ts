import 'server-only';
import { secret } from '@/lib/config/secrets';
import { openText, sealText } from '@/lib/security/sealed-text';

/**
 * A secret the customer gives the cart for WHMCS (a server's root password, a transfer's EPP
 * code): sealed with SESSION_SECRET where the cart keeps it, never shown back, opened only to go
 * to WHMCS with the order. Until then order requests carry it sealed, so what is fingerprinted,
 * logged or shown never holds it in clear. `purpose` keeps one kind from opening as another.
 */

class CartSecretUnreadableError extends Error {
  override name = 'CartSecretUnreadableError';
}

export function cartSecret(purpose: string) {
  return {
    seal: (text: string): string => sealText(text, secret('SESSION_SECRET'), purpose),
    /** Throws when it cannot be opened (a changed SESSION_SECRET): the cart must ask again rather than send a wrong one to WHMCS. */
    open: (sealed: string, what: string): string => {
      const text = openText(sealed, secret('SESSION_SECRET'), purpose);
      if (text === null) throw new CartSecretUnreadableError(`${what} in the cart can no longer be read.`);
      return text;
    },
  };
}
