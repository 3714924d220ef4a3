'use client';

import { orderAddonsAction, type AddonOrderState } from '@/lib/account/actions';
import type { OfferDetail } from '@/lib/account/addon-offers';
import { ServiceOrderForm } from './ServiceOrderForm';

const INITIAL: AddonOrderState = { status: 'idle' };

/**
 * "Add to this service": addons for a service the customer has, as one order; the customer then
 * pays its invoice like any order's. The prices shown are what the order is priced at (the server
 * re-prices it; nothing here is sent as a price). A double submit gives one order.
 */
export function AddonOrderForm({ serviceId, basis, offers }: { serviceId: number; basis: string; offers: OfferDetail[] }) {
  return (
    <ServiceOrderForm
      action={orderAddonsAction}
      initial={INITIAL}
      label="Add addons"
      hidden={{ serviceId, basis }}
      legend="Addons to add to this service"
      refusalTitle="No addon added"
      submit={{ idle: 'Order addons', pending: 'Ordering…' }}
    >
      {(legendId) =>
        offers.map((offer) => {
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
        })
      }
    </ServiceOrderForm>
  );
}
