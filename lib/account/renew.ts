import 'server-only';
import { outcomeOfKey, type CheckoutOutcome } from '@/lib/checkout/submit-order';
import type { SessionData } from '@/lib/session/data';
import type { Service, ClientAddon } from '@/lib/whmcs/types';
import { canOfferRenewal, expectedRenewals, RENEWAL_WORDING, renewalFingerprints, renewalKey, type Renewable } from './renewals';
import { accountPlacingDeps, placeServiceOrder, startServiceOrder } from './service-order';

/** What the customer asked to renew on a service's page: the service itself and/or some of its addons. */
export interface RenewalRequest {
  serviceId: number;
  renewService: boolean;
  addonIds: number[];
}

function fromService(service: Service): Renewable {
  const { id, name, status, billingCycle, nextDueDate, recurringAmount } = service;
  return { kind: 'service', id, name, status, billingCycle, nextDueDate, recurringAmount };
}

function fromAddon(addon: ClientAddon): Renewable {
  const { id, name, status, billingCycle, nextDueDate, recurringAmount } = addon;
  return { kind: 'addon', id, name, status, billingCycle, nextDueDate, recurringAmount };
}

const notPlaced = (whmcsMessage: string): CheckoutOutcome => ({ status: 'not-placed', message: RENEWAL_WORDING.refusal(whmcsMessage).message });

/**
 * Renews a service and/or its addons, on one invoice, exactly once per period: read from WHMCS
 * now (ownership, status, next due date), keyed by what is renewed up to when (`renewalKey`),
 * placed by checkout's `placeOnce`. A double click or a second tab gets the same order; once it
 * is paid the due date moves on and renewing again is a new order.
 */
export async function renew(session: SessionData, request: RenewalRequest, clientIp: string | null): Promise<CheckoutOutcome> {
  const deps = accountPlacingDeps(RENEWAL_WORDING);
  const start = await startServiceOrder(session, request.serviceId, RENEWAL_WORDING);
  if (!start.ok) return start.outcome;
  const addons = start.addons.filter((addon) => request.addonIds.includes(addon.id));
  // An addon id that is not this service's (another client's, made up) renews nothing.
  if (addons.length !== new Set(request.addonIds).size) return notPlaced('Addon not owned by Client ID provided');
  const items = [...(request.renewService ? [fromService(start.service)] : []), ...addons.map(fromAddon)];
  if (items.length === 0) return { status: 'not-placed', message: 'Choose what to renew.' };

  const key = renewalKey(session.clientId, items);
  const earlier = await outcomeOfKey(deps, session.clientId, key);
  if (earlier) return earlier;
  if (!items.every(canOfferRenewal)) return notPlaced('can not be renewed at this time');

  const { paymentMethod } = start;
  return placeServiceOrder(
    deps,
    { key, clientId: session.clientId, paymentMethod, clientIp },
    {
      fingerprints: renewalFingerprints(session.clientId, items, paymentMethod),
      expectedProducts: expectedRenewals(items),
      lines: {
        serviceRenewals: items.filter((item) => item.kind === 'service').map((item) => item.id),
        addonRenewals: items.filter((item) => item.kind === 'addon').map((item) => item.id),
      },
    },
  );
}
