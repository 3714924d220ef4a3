import type { PricedCart, PricedCartItem } from '@/lib/cart/types';
import { fromPrice, priceConfiguration, type Configuration } from '@/lib/pricing';
import type { Order, Product } from '@/lib/whmcs/types';
import { ecommerceEvent, major, type AnalyticsEvent, type AnalyticsEventName, type AnalyticsItem } from './events';

/**
 * Analytics items from what each page already has: a product's "from" price (lists, product
 * page), a configuration priced by lib/pricing (add to cart), the priced cart (checkout), the
 * order as WHMCS recorded it (purchase: WHMCS's amounts are the truth). Pure.
 */

/** The product's WHMCS id and name; its group by slug (the one group identity the API gives). */
function base(product: Pick<Product, 'pid' | 'name' | 'groupSlug'>): Pick<AnalyticsItem, 'item_id' | 'item_name' | 'item_category'> {
  return { item_id: String(product.pid), item_name: product.name, item_category: product.groupSlug };
}

/** A product at its "from" price (the cheapest cycle per month), as lists and the product page show it. */
export function listedItem(product: Product, currencyCode: string): AnalyticsItem {
  const from = fromPrice(product, currencyCode);
  return { ...base(product), ...(from ? { item_variant: from.cycle } : {}), price: major(from?.amount ?? 0), quantity: 1 };
}

/** A configured product: the price of one unit due today, the quantity chosen. */
export function configuredItem(product: Product, currencyCode: string, configuration: Configuration): AnalyticsItem {
  const priced = priceConfiguration(product, currencyCode, configuration);
  return { ...base(product), item_variant: configuration.cycle, price: major(priced.dueToday / configuration.quantity), quantity: configuration.quantity };
}

/** One cart line as ordered, due today after discounts; null when it cannot be priced. */
export function cartLineItem(line: PricedCartItem): AnalyticsItem | null {
  if (!line.product || !line.breakdown || !line.configuration) return null;
  const quantity = line.configuration.quantity;
  return { ...base(line.product), item_variant: line.configuration.cycle, price: major((line.breakdown.dueToday - line.discount) / quantity), quantity };
}

/** The cart's lines as ordered. */
function cartItems(priced: PricedCart): AnalyticsItem[] {
  return priced.items.flatMap((line) => cartLineItem(line) ?? []);
}

export function cartEvent(event: Extract<AnalyticsEventName, 'begin_checkout'>, priced: PricedCart): AnalyticsEvent {
  return ecommerceEvent(event, priced.currency.code, cartItems(priced));
}

/** `purchase` from the order WHMCS recorded: its id, its lines, its total (discounts and all). */
export function purchaseEvent(order: Pick<Order, 'id' | 'amount' | 'currencyCode' | 'lines'>): AnalyticsEvent {
  const items = order.lines.map((line): AnalyticsItem => ({ item_id: `${line.type}:${line.relId}`, item_name: line.product, item_variant: line.billingCycle, price: major(line.amount), quantity: 1 }));
  const event = ecommerceEvent('purchase', order.currencyCode, items, { transaction_id: String(order.id) });
  return { ...event, ecommerce: { ...event.ecommerce, value: major(order.amount) } };
}
