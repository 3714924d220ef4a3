import { checkDomain } from '@/lib/catalogue/domain-name';
import { DOMAIN_EXTRAS, type DomainOrderItem, type OrderItem } from '@/lib/whmcs/types';
import type { Cart, PricedCart } from './types';

export class CartNotOrderableError extends Error {
  override name = 'CartNotOrderableError';
}

/**
 * The AddOrder lines for a priced cart: the configurations exactly as priced from the current
 * catalogue (never anything the browser sent on the way to checkout). Custom fields the product
 * no longer has are left out; domains go in their ASCII (punycode) form, the one WHMCS and DNS use.
 *
 * Throws CartNotOrderableError when the cart is empty or an item has a blocking problem: check
 * `priced.orderable` first and show the problems instead.
 */
export function toOrderItems(priced: PricedCart): OrderItem[] {
  if (!priced.orderable) {
    const why = priced.items.length === 0 ? 'the cart is empty' : 'an item has changed and needs the customer to review it';
    throw new CartNotOrderableError(`The cart cannot be ordered: ${why}.`);
  }
  return priced.items.map(({ item, product, configuration }) => {
    if (!product || !configuration) throw new CartNotOrderableError(`Item ${item.id} has no price.`);
    const fieldIds = new Set(product.customFields.map((field) => field.id));
    const customFields: Record<number, string> = {};
    for (const [id, value] of Object.entries(item.customFields)) {
      if (fieldIds.has(Number(id)) && value.trim() !== '') customFields[Number(id)] = value.trim();
    }
    const order: OrderItem = {
      pid: product.pid,
      billingCycle: configuration.cycle,
      quantity: configuration.quantity,
      configOptions: { ...configuration.options },
      customFields,
    };
    // Addons exactly as priced: the catalogue's offer for this product and cycle, never the browser's word.
    const addons = Object.entries(configuration.addons ?? {}).filter(([, quantity]) => quantity > 0);
    if (addons.length > 0) order.addons = addons.map(([id, quantity]) => ({ id: Number(id), quantity }));
    if (item.server) {
      // Still sealed: opened for AddOrder only (./root-password).
      const { hostname, ns1Prefix, ns2Prefix, sealedRootPassword } = item.server;
      order.server = { hostname, ns1Prefix, ns2Prefix, rootPassword: sealedRootPassword };
    }
    // A domain line bound to the item is already its domain here (./pricing).
    if (item.domain) {
      const domain = checkDomain(item.domain);
      order.domain = domain.ok ? domain.ascii : item.domain;
    }
    return order;
  });
}

/**
 * AddOrder's domain lines for a priced cart: type, ASCII name, period and extras exactly as
 * priced (extras the TLD no longer offers are left out), the EPP code still sealed (opened for
 * AddOrder only, ./epp-code), the TLD's fields, the IDN language. Throws CartNotOrderableError
 * like toOrderItems.
 */
export function toOrderDomains(priced: PricedCart): DomainOrderItem[] {
  if (!priced.orderable) throw new CartNotOrderableError('The cart cannot be ordered: a domain needs the customer to review it.');
  return priced.domains.map(({ domain, tld, price }) => {
    if (!tld || !price) throw new CartNotOrderableError(`Domain ${domain.domain} has no price.`);
    const order: DomainOrderItem = {
      type: domain.type,
      domain: domain.domain,
      years: price.years,
      extras: Object.fromEntries(DOMAIN_EXTRAS.map((extra) => [extra, domain.extras[extra] && tld.extras[extra]])) as DomainOrderItem['extras'],
    };
    if (domain.type === 'transfer' && domain.sealedEppCode) order.eppCode = domain.sealedEppCode;
    if (domain.idnLanguage) order.idnLanguage = domain.idnLanguage;
    if (Object.keys(domain.fields).length > 0) order.fields = { ...domain.fields };
    return order;
  });
}

/** The nameservers for an order with domains: the customer's for this cart, else the shop's defaults; none without domains. */
export function orderNameservers(cart: Pick<Cart, 'domains' | 'nameservers'>, defaults: readonly string[]): string[] {
  if (cart.domains.length === 0) return [];
  return [...(cart.nameservers ?? defaults)].slice(0, 5);
}
