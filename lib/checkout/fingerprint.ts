import { createHash } from 'node:crypto';
import type { BillingCycle, DomainOrderItem, Minor, OrderItem } from '@/lib/whmcs/types';

/**
 * What an order IS, reduced to a hash: the client, the currency, every item exactly as AddOrder
 * will receive it, the promotion and the totals the customer was shown. Two submissions with the
 * same idempotency key must carry the same fingerprint, or they are not the same order.
 */
export interface OrderContent {
  clientId: number;
  currencyCode: string;
  promoCode: string | null;
  items: readonly OrderItem[];
  /** Registrations and transfers (EPP codes sealed), and their nameservers; empty without domains. */
  domains: readonly DomainOrderItem[];
  nameservers: readonly string[];
  dueToday: Minor;
  recurring: readonly { cycle: BillingCycle; amount: Minor }[];
}

/**
 * JSON with object keys sorted at every level, so `{a, b}` and `{b, a}` hash alike; arrays keep
 * their order (the order of items is part of the order). Undefined members are dropped, as
 * JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`Cannot fingerprint ${value}`);
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((entry) => canonicalJson(entry ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The order as reviewed: the same cart, client, currency and prices give the same string. */
/** Domains and nameservers, only when the order has domains: a product-only order keeps the fingerprint it always had. */
function domainsPart(content: OrderContent): { domains?: readonly DomainOrderItem[]; nameservers?: readonly string[] } {
  return content.domains.length > 0 ? { domains: content.domains, nameservers: content.nameservers } : {};
}

export function contentFingerprint(content: OrderContent): string {
  return sha256(
    canonicalJson({
      v: 1,
      clientId: content.clientId,
      currencyCode: content.currencyCode.toUpperCase(),
      promoCode: content.promoCode?.trim().toUpperCase() || null,
      items: content.items.map((item) => ({
        pid: item.pid,
        billingCycle: item.billingCycle,
        quantity: item.quantity,
        domain: item.domain?.trim().toLowerCase() || null,
        configOptions: item.configOptions,
        customFields: item.customFields,
      })),
      dueToday: content.dueToday,
      recurring: content.recurring.map(({ cycle, amount }) => ({ cycle, amount })),
      ...domainsPart(content),
    }),
  );
}

/** What one checkout attempt submits: the reviewed order plus how it will be paid. */
export function attemptFingerprint(content: OrderContent, paymentMethod: string): string {
  return sha256(canonicalJson({ v: 1, content: contentFingerprint(content), paymentMethod }));
}

/**
 * The idempotency key of a client's cart content: the client, the cart, its items (by id, as
 * they will be ordered), the promotion and the currency; prices aside, so a price change does
 * not make the same cart a new order. Every checkout page showing this content (two tabs, a
 * reload) carries the same key, so their submissions join one attempt. Items added to the cart
 * again later get new ids, so ordering the same things again is a new key. URL-safe, 43 chars.
 */
export function attemptKeyOf(content: OrderContent, cartId: string, itemIds: readonly string[]): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        v: 1,
        clientId: content.clientId,
        cartId,
        itemIds,
        currencyCode: content.currencyCode.toUpperCase(),
        promoCode: content.promoCode?.trim().toUpperCase() || null,
        items: content.items,
        ...domainsPart(content),
      }),
    )
    .digest('base64url');
}
