'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import { cartChanged } from '@/components/cart/cart-client';
import { addDomainLine } from '@/components/cart/domain-actions';
import { button } from '@/components/ui/styles';

/**
 * "Add to cart" for an available name, "Transfer it to us" for a registered one: adds the domain
 * line (its period, extras, EPP code and the TLD's details are chosen in the cart), updates the
 * badge, and then offers the cart. A name already in the cart says so instead.
 */
export function AddDomainButton({
  domain,
  type,
  inCart,
  currencyCode,
}: {
  /** Unicode, as shown. */
  domain: string;
  type: 'register' | 'transfer';
  inCart: boolean;
  currencyCode: string;
}) {
  const [pending, startTransition] = useTransition();
  const [added, setAdded] = useState(inCart);
  const [error, setError] = useState<string | null>(null);

  if (added) {
    return (
      <p className="flex items-center gap-3 text-sm" role="status">
        <span className="font-medium text-success">In your cart</span>
        <Link href="/cart" className={button.secondary}>
          View cart
        </Link>
      </p>
    );
  }
  const label = type === 'register' ? 'Add to cart' : 'Transfer it to us';
  return (
    <div className="text-right">
      <button
        type="button"
        className={type === 'register' ? button.primary : button.secondary}
        disabled={pending}
        aria-label={`${label}: ${domain}`}
        onClick={() =>
          startTransition(async () => {
            const result = await addDomainLine({ domain, type, currencyCode }).catch(() => ({
              ok: false as const,
              message: 'Something went wrong on our side. Nothing was added: please try again.',
            }));
            if (result.ok) {
              cartChanged(result.count);
              setAdded(true);
              setError(null);
            } else {
              setError(result.message);
            }
          })
        }
      >
        {label}
      </button>
      {error && (
        <p role="alert" className="mt-1.5 max-w-xs text-sm font-medium text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
