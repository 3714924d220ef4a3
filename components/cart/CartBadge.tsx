'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import useSWR from 'swr';
import { itemCount } from '@/lib/cart/describe';
import { CART_SUMMARY_URL, fetchCartSummary, onCartChangedElsewhere } from './cart-client';

/**
 * The header's cart link with the number of items, on every page. The pages around it are
 * static, so the count is fetched in the browser (SWR against GET /api/cart) and refreshed when
 * the tab regains focus, when another tab changes the cart, and after this tab's cart actions.
 */
export function CartBadge() {
  const { data, mutate } = useSWR(CART_SUMMARY_URL, fetchCartSummary, {
    revalidateOnFocus: true,
    revalidateOnReconnect: true,
    // A failed count is not worth an error: the link still works; retry quietly a few times.
    errorRetryCount: 3,
  });
  useEffect(() => onCartChangedElsewhere(() => void mutate()), [mutate]);

  const count = data?.count ?? 0;
  const label = data ? `Cart, ${itemCount(count)}` : 'Cart';
  return (
    <Link
      href="/cart"
      aria-label={label}
      data-testid="cart-badge"
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg px-2 text-sm font-medium text-fg hover:bg-subtle"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M3 4h2l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.7a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2" />
        <circle cx="9.5" cy="20" r="1.2" />
        <circle cx="17.5" cy="20" r="1.2" />
      </svg>
      <span className="hidden sm:inline">Cart</span>
      {/* Always in the layout (empty until known), so the header never jumps when the count arrives. */}
      <span
        aria-hidden="true"
        className={`inline-flex h-5 min-w-5 items-center justify-center rounded-full px-1.5 text-xs font-semibold tabular-nums ${
          count > 0 ? 'bg-accent text-on-accent' : 'bg-subtle text-muted'
        }`}
      >
        {data ? count : ''}
      </span>
    </Link>
  );
}
