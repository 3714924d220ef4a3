'use client';

import { createContext, useCallback, useContext, useState, useTransition, type ReactNode } from 'react';
import type { CartActionResult } from '@/lib/cart/types';
import { cartChanged } from './cart-client';

/**
 * One live region for the cart page, so what an action did is announced even when the control
 * that started it is gone (a removed item), and focus is moved somewhere sensible afterwards.
 */

interface CartStatusValue {
  announce: (message: string) => void;
}

const CartStatusContext = createContext<CartStatusValue>({ announce: () => {} });

export const CART_TITLE_ID = 'cart-title';

export function CartStatus({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => {
    // Clearing first makes a repeated message ("Added another Cloud VPS 2.") announced again.
    setMessage('');
    requestAnimationFrame(() => setMessage(next));
  }, []);
  return (
    <CartStatusContext.Provider value={{ announce }}>
      {children}
      <p role="status" aria-live="polite" className="sr-only" data-testid="cart-status">
        {message}
      </p>
    </CartStatusContext.Provider>
  );
}

/**
 * Runs a cart action in a transition: announces its message, refreshes the badge on success and
 * hands the result back (errors are shown next to the control by the caller).
 */
export function useCartAction() {
  const { announce } = useContext(CartStatusContext);
  const [pending, startTransition] = useTransition();
  const run = useCallback(
    (action: () => Promise<CartActionResult>, after?: (result: CartActionResult) => void) => {
      startTransition(async () => {
        let result: CartActionResult;
        try {
          result = await action();
        } catch {
          result = { ok: false, message: 'Something went wrong on our side. Nothing was changed: please try again.' };
        }
        announce(result.message);
        if (result.ok) cartChanged();
        after?.(result);
      });
    },
    [announce],
  );
  return { pending, run };
}

/** After an item disappears, focus goes to the cart's heading rather than to nowhere. */
export function focusCartTitle(): void {
  document.getElementById(CART_TITLE_ID)?.focus();
}
