import 'server-only';
import type { OrderRequest } from '@/lib/whmcs/types';
import { cartSecret } from './cart-secret';

/** A transfer's EPP code (the domain's transfer password), kept as a cart secret (./cart-secret). */
const eppCodes = cartSecret('cart epp code');

export const sealEppCode = eppCodes.seal;

/** The order with each transfer's EPP code opened, for AddOrder only. */
export function withOpenedEppCodes(order: OrderRequest): OrderRequest {
  if (!order.domains) return order;
  return {
    ...order,
    domains: order.domains.map((domain) => (domain.eppCode ? { ...domain, eppCode: eppCodes.open(domain.eppCode, `The EPP code for ${domain.domain}`) } : domain)),
  };
}
