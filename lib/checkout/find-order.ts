import type { Order } from '@/lib/whmcs/types';
import type { Attempt } from './attempts';

/**
 * Recognising an attempt's order among the client's latest orders, when AddOrder's answer was
 * lost. Pure. An order is ours when it:
 * - belongs to the attempt's client,
 * - is newer than the newest order the client had just before AddOrder was sent (ids only grow;
 *   WHMCS's order dates are in the server's local time zone, so ids are the safer clock),
 * - is not already the order of another attempt,
 * - contains exactly the products the attempt ordered (by name: GetOrders lines name products
 *   as "Group - Product" on WHMCS 8, plain "Product" elsewhere), the renewals it asked for, or
 *   (an addon-only order) its addons.
 * The oldest such order wins: a later one would be a second order placed afterwards.
 */
export function findAttemptOrder(
  orders: readonly Order[],
  attempt: Pick<Attempt, 'clientId' | 'baselineOrderId' | 'expectedProducts'>,
  claimedElsewhere: ReadonlySet<number>,
): Order | null {
  if (attempt.baselineOrderId === null) return null;
  const baseline = attempt.baselineOrderId;
  const expected = new Set(attempt.expectedProducts.map(normalise));
  const candidates = orders
    .filter((order) => order.clientId === attempt.clientId && order.id > baseline && !claimedElsewhere.has(order.id))
    .filter((order) => sameProducts(order, expected))
    .sort((a, b) => a.id - b.id);
  return candidates[0] ?? null;
}

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * How a renewal stands among an attempt's expected products: an order that renews a service
 * creates no product line, GetOrders names what it renews in `renewalsByType`.
 */
export function renewalEntry(kind: 'service' | 'addon', id: number): string {
  return `renewal of ${kind} #${id}`;
}

/**
 * How an addon of an addon-only order (for a service the client has) stands among an attempt's
 * expected products. An order's addon lines count only when it has no product line: with a
 * product they are that product's addons.
 */
export function addonEntry(name: string): string {
  return `addon ${normalise(name)}`;
}

/**
 * How a registration or transfer stands among an attempt's expected products: GetOrders lists it
 * as a `domain` line named Register/Transfer, with the name in Unicode.
 */
export function domainEntry(type: 'register' | 'transfer', unicodeDomain: string): string {
  return `domain ${type} ${normalise(unicodeDomain)}`;
}

function linesOfType(order: Order, type: string): string[] {
  return order.lines.filter((line) => line.type.toLowerCase() === type).map((line) => line.product);
}

function sameProducts(order: Order, expected: ReadonlySet<string>): boolean {
  const products = linesOfType(order, 'product').map(normalise);
  const lines = [
    ...products,
    ...(products.length === 0 ? linesOfType(order, 'addon').map(addonEntry) : []),
    ...order.lines
      .filter((line) => line.type.toLowerCase() === 'domain')
      .map((line) => domainEntry(line.product.toLowerCase() === 'transfer' ? 'transfer' : 'register', line.domain)),
    ...order.renewals.services.map((id) => renewalEntry('service', id)),
    ...order.renewals.addons.map((id) => renewalEntry('addon', id)),
  ];
  if (lines.length === 0 || expected.size === 0) return false;
  const matches = (line: string, name: string) => line === name || line.endsWith(` - ${name}`);
  // Every line is one of our products, and every one of our products has a line.
  return lines.every((line) => [...expected].some((name) => matches(line, name))) && [...expected].every((name) => lines.some((line) => matches(line, name)));
}
