'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import type { AnalyticsEvent } from '@/lib/analytics/events';
import { track } from '@/lib/analytics/track';
import { firstIssue, quantitySchema } from '@/lib/cart/inputs';
import { button } from '@/components/ui/styles';
import { acceptItemChanges, duplicateItem, removeItem, updateQuantity } from './actions';
import { focusCartTitle, useCartAction } from './CartStatus';

export interface ItemControlsProps {
  itemId: string;
  productName: string;
  /** Null: the quantity cannot be changed (one per order, or the item needs attention first). */
  quantity: { value: number; max: number } | null;
  /** The configurator link with this item's configuration; null when the product is gone. */
  editHref: string | null;
  canDuplicate: boolean;
  /** "Accept changes" / "Use the new price"; null when there is nothing the customer can simply accept. */
  acceptLabel: string | null;
  /** Sent once the item is removed (lib/analytics); null when the shop has analytics off. */
  removedEvent: AnalyticsEvent | null;
}

const small = 'inline-flex min-h-11 items-center justify-center rounded-lg px-3 text-sm font-medium';
const quiet = `${small} text-accent-text underline-offset-4 hover:underline`;

/** An item's controls on the cart page: quantity, edit, duplicate, remove, accept changes. */
export function ItemControls({ itemId, productName, quantity, editHref, canDuplicate, acceptLabel, removedEvent }: ItemControlsProps) {
  const id = useId();
  const { pending, run } = useCartAction();
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState<string | null>(null);

  const onResult = (result: { ok: boolean; message: string }) => setError(result.ok ? null : result.message);
  const setQuantity = (value: number) => {
    setTyped(null);
    if (!quantity || value === quantity.value) return;
    run(() => updateQuantity({ itemId, quantity: value }), onResult);
  };
  const commitTyped = () => {
    if (typed === null) return;
    const parsed = quantitySchema.safeParse(typed.trim() === '' ? undefined : typed);
    if (!parsed.success) {
      setError(firstIssue(parsed.error));
      return;
    }
    setQuantity(parsed.data);
  };

  return (
    <div className="mt-4 space-y-3" aria-busy={pending}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-3">
        {quantity && (
          <div className="mr-2 flex items-center gap-1">
            <button
              type="button"
              className={`${button.secondary} min-w-11 px-0`}
              aria-label={`Fewer ${productName}`}
              disabled={pending || quantity.value <= 1}
              onClick={() => setQuantity(quantity.value - 1)}
            >
              <span aria-hidden="true">−</span>
            </button>
            <label htmlFor={`${id}-qty`} className="sr-only">
              Quantity of {productName}
            </label>
            <input
              id={`${id}-qty`}
              type="number"
              inputMode="numeric"
              min={1}
              max={quantity.max}
              step={1}
              value={typed ?? String(quantity.value)}
              disabled={pending}
              onChange={(event) => setTyped(event.target.value)}
              onBlur={commitTyped}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  commitTyped();
                }
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-error`}
              className="min-h-11 w-24 rounded-lg border border-line-strong bg-surface text-center text-base tabular-nums"
            />
            <button
              type="button"
              className={`${button.secondary} min-w-11 px-0`}
              aria-label={`More ${productName}`}
              disabled={pending || quantity.value >= quantity.max}
              onClick={() => setQuantity(quantity.value + 1)}
            >
              <span aria-hidden="true">+</span>
            </button>
          </div>
        )}
        {acceptLabel && (
          <button
            type="button"
            className={button.secondary}
            disabled={pending}
            onClick={() => run(() => acceptItemChanges({ itemId }), onResult)}
          >
            {acceptLabel}
          </button>
        )}
        {editHref && (
          <Link href={editHref} className={quiet} aria-label={`Edit ${productName}`}>
            Edit
          </Link>
        )}
        {canDuplicate && (
          <button
            type="button"
            className={quiet}
            disabled={pending}
            aria-label={`Duplicate ${productName}`}
            onClick={() => run(() => duplicateItem({ itemId }), onResult)}
          >
            Duplicate
          </button>
        )}
        <button
          type="button"
          className={`${small} text-danger underline-offset-4 hover:underline`}
          disabled={pending}
          aria-label={`Remove ${productName}`}
          onClick={() =>
            run(
              () => removeItem({ itemId }),
              (result) => {
                onResult(result);
                if (!result.ok) return;
                if (removedEvent) track(removedEvent);
                focusCartTitle();
              },
            )
          }
        >
          Remove
        </button>
      </div>
      <p id={`${id}-error`} role="alert" className={error ? 'text-sm font-medium text-danger' : 'sr-only'}>
        {error ?? ''}
      </p>
    </div>
  );
}
