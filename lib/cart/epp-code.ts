import 'server-only';
import { secret } from '@/lib/config/secrets';
import { openText, sealText } from '@/lib/security/sealed-text';
import type { OrderRequest } from '@/lib/whmcs/types';

/**
 * A transfer's EPP code (the domain's transfer password) between the cart and AddOrder, kept as
 * the root password is (./root-password): sealed with SESSION_SECRET in the cart, never shown
 * back, opened only to go to WHMCS with the order. Order requests carry it sealed until then.
 */

const PURPOSE = 'cart epp code';

export function sealEppCode(code: string): string {
  return sealText(code, secret('SESSION_SECRET'), PURPOSE);
}

class EppCodeUnreadableError extends Error {
  override name = 'EppCodeUnreadableError';
}

/** The order with each transfer's EPP code opened, for AddOrder only. */
export function withOpenedEppCodes(order: OrderRequest): OrderRequest {
  if (!order.domains) return order;
  return {
    ...order,
    domains: order.domains.map((domain) => {
      if (!domain.eppCode) return domain;
      const eppCode = openText(domain.eppCode, secret('SESSION_SECRET'), PURPOSE);
      // A changed SESSION_SECRET: the cart must ask again rather than send a wrong code.
      if (eppCode === null) throw new EppCodeUnreadableError(`The EPP code for ${domain.domain} can no longer be read.`);
      return { ...domain, eppCode };
    }),
  };
}
