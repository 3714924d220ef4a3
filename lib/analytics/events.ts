import type { TrafficSource } from '@/lib/visitor/attribution';

/**
 * The standard ecommerce events (Google Analytics 4's names and fields, what Google Tag Manager
 * and most tag managers expect in `window.dataLayer`). Pure and browser-safe: the pages build
 * them from what they already show, ./track.ts sends them.
 */

export type AnalyticsEventName = 'view_item_list' | 'view_item' | 'add_to_cart' | 'remove_from_cart' | 'begin_checkout' | 'purchase';

export interface AnalyticsItem {
  item_id: string;
  item_name: string;
  item_category?: string;
  /** The billing cycle. */
  item_variant?: string;
  /** Major units (4.99), as GA4 wants. */
  price: number;
  quantity: number;
}

export interface AnalyticsEvent {
  event: AnalyticsEventName;
  ecommerce: {
    currency: string;
    /** Major units. */
    value: number;
    items: AnalyticsItem[];
    /** `purchase` only: the WHMCS order id. */
    transaction_id?: string;
    item_list_name?: string;
  };
  /** The campaign that brought the visitor (UTM, click ids), when known. */
  traffic_source?: TrafficSource;
}

/** Cents (lib/pricing's integers) to the major units analytics expects. */
export function major(cents: number): number {
  return Math.round(cents) / 100;
}

/** An event whose value is the sum of its items. */
export function ecommerceEvent(event: AnalyticsEventName, currency: string, items: AnalyticsItem[], extra: Partial<AnalyticsEvent['ecommerce']> = {}): AnalyticsEvent {
  const value = Math.round(items.reduce((sum, item) => sum + item.price * 100 * item.quantity, 0)) / 100;
  return { event, ecommerce: { currency, value, items, ...extra } };
}
