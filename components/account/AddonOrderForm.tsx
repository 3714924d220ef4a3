'use client';

import { useId } from 'react';
import { orderAddonsAction, type AddonOrderState } from '@/lib/account/actions';
import type { OfferDetail } from '@/lib/account/addon-offers';
import { Notice } from '@/components/ui/Notice';
import { button } from '@/components/ui/styles';
import { useFormAction } from './use-form-action';

const INITIAL: AddonOrderState = { status: 'idle' };

/**
 * "Add to this service": addons for a service the customer has, as one order; the customer then
 * pays its invoice like any order's. The prices shown are what the order is priced at (the server
 * re-prices it; nothing here is sent as a price). A double submit gives one order.
 */
export function AddonOrderForm({ serviceId, basis, offers }: { serviceId: number; basis: string; offers: OfferDetail[] }) {
  const { state, pending, formRef, onSubmit, formAction } = useFormAction(orderAddonsAction, INITIAL);
  const legendId = useId();
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} aria-label="Add addons" className="space-y-4">
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="basis" value={basis} />
      <fieldset aria-labelledby={legendId}>
        <legend id={legendId} className="text-sm font-semibold">
          Addons to add to this service
        </legend>
        <div className="mt-2 space-y-2">
          {offers.map((offer) => {
            const descriptionId = `${legendId}-${offer.id}`;
            return (
              <div key={offer.id}>
                <label className="flex min-h-11 flex-wrap items-center gap-x-3 text-sm">
                  <input type="checkbox" name="addon" value={offer.id} aria-describedby={offer.description ? descriptionId : undefined} className="size-5 accent-accent" />
                  <span className="font-medium">{offer.name}</span>
                  <span className="text-muted tabular-nums" data-testid="addon-offer-price">
                    {offer.priceText}
                  </span>
                </label>
                {offer.description && (
                  <p id={descriptionId} className="ml-8 text-sm whitespace-pre-line text-muted">
                    {offer.description}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
      {state.status === 'not-ordered' && state.message && (
        <Notice tone="warning" title="No addon added" role="alert">
          {state.message}
        </Notice>
      )}
      <button type="submit" className={button.primary} disabled={pending} aria-disabled={pending}>
        {pending ? 'Ordering…' : 'Order addons'}
      </button>
    </form>
  );
}
