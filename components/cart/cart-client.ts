import { mutate } from 'swr';
import type { CartSummary } from '@/lib/cart/types';

/**
 * The browser's view of the cart count: one SWR key shared by the badge and everything that
 * changes the cart, plus a BroadcastChannel so other open tabs refresh at once (SWR's
 * revalidate-on-focus covers browsers without it).
 */

export const CART_SUMMARY_URL = '/api/cart';
const CHANNEL = 'hostfront-cart';

export async function fetchCartSummary(url: string): Promise<CartSummary> {
  const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return (await response.json()) as CartSummary;
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
}

/**
 * After this tab changed the cart: the badge here shows `count` (what the action answered: no
 * request) or, without one, asks again; the other tabs are told to ask.
 */
export function cartChanged(count?: number): void {
  if (count === undefined) void mutate(CART_SUMMARY_URL);
  else void mutate<CartSummary>(CART_SUMMARY_URL, (current) => current && { ...current, count }, { revalidate: false });
  const open = channel();
  open?.postMessage('changed');
  open?.close();
}

/** Calls `onChange` whenever another tab changed the cart; returns the unsubscribe. */
export function onCartChangedElsewhere(onChange: () => void): () => void {
  const open = channel();
  if (!open) return () => {};
  open.onmessage = () => onChange();
  return () => open.close();
}
