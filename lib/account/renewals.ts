import { renewalEntry } from '@/lib/checkout/find-order';
import type { OrderWording } from '@/lib/checkout/submit-order';
import type { Minor } from '@/lib/whmcs/types';
import { renews } from './cycles';
import { accountOrderFingerprints, accountOrderKey } from './order-keys';
import { accountOrderRefusal } from './refusals';

/**
 * "Renew now" (AddOrder `servicerenewals[]`, `addonrenewals[]`), the pure part: what may be
 * offered, the idempotency key, and the customer's words. The renewal is placed exactly once by
 * checkout's own machinery (`placeOnce`), see ./renew.ts.
 */

/** Something the customer may renew: a service or one of its addons, as WHMCS reported it just now. */
export interface Renewable {
  kind: 'service' | 'addon';
  id: number;
  name: string;
  /** WHMCS's status word (`Active`, `Suspended`, ...). */
  status: string;
  billingCycle: string;
  nextDueDate: string | null;
  recurringAmount: Minor;
}

const RENEWABLE_STATUSES: readonly string[] = ['Active', 'Suspended'];

/**
 * Offered when it is running (or suspended, when renewing is how it comes back) and bills on a
 * recurring cycle. WHMCS has the last word: a product without on-demand renewal, or a period
 * already invoiced, is refused with "can not be renewed at this time" (see `renewalRefusal`).
 */
export function canOfferRenewal(item: Pick<Renewable, 'status' | 'billingCycle' | 'nextDueDate'>): boolean {
  return RENEWABLE_STATUSES.includes(item.status) && renews(item.billingCycle) && item.nextDueDate !== null;
}

function sorted(items: readonly Renewable[], kind: Renewable['kind']) {
  return items
    .filter((item) => item.kind === kind)
    .map((item) => ({ id: item.id, nextDueDate: item.nextDueDate }))
    .sort((a, b) => a.id - b.id);
}

/**
 * The idempotency key of renewing these items for their current period: a double click, a
 * reload or a second tab gives the same key (one order); once paid, the next due date moves on
 * and renewing again is a new key. URL-safe, 43 chars.
 */
export function renewalKey(clientId: number, items: readonly Renewable[]): string {
  return accountOrderKey({ v: 1, kind: 'renewal', clientId, services: sorted(items, 'service'), addons: sorted(items, 'addon') });
}

/** The renewal as it is sent (items, periods, amounts) without, then with, how it is paid: the attempt's two fingerprints. */
export function renewalFingerprints(clientId: number, items: readonly Renewable[], paymentMethod: string): { contentFingerprint: string; fingerprint: string } {
  return accountOrderFingerprints(
    { v: 1, kind: 'renewal', clientId, items: items.map(({ kind, id, nextDueDate, recurringAmount }) => ({ kind, id, nextDueDate, recurringAmount })) },
    paymentMethod,
  );
}

/** What the renewal's attempt expects GetOrders to report, to recognise the order when AddOrder's answer was lost. */
export function expectedRenewals(items: readonly Renewable[]): string[] {
  return items.map((item) => renewalEntry(item.kind, item.id));
}

/** WHMCS's refusals of a renewal, in plain words. Nothing was renewed or charged in any of them. */
export const renewalRefusal = accountOrderRefusal({
  nothing: 'Nothing was renewed and nothing was charged.',
  done: 'renewed',
  order: 'the renewal',
  own: [
    [
      /can ?not be renewed at this time/i,
      "This can't be renewed early right now: its next period may already be on an invoice waiting for payment, or renewing early isn't offered for it.",
    ],
  ],
});

export const RENEWAL_WORDING: OrderWording = {
  messages: {
    unknown:
      'We asked our billing system for the renewal but did not get an answer in time, so we cannot tell yet whether it was made. Please do not renew again: reload this page in a minute.',
    inProgress: 'Your renewal is being made right now. Reload this page in a moment; it will not be made twice.',
    notPlacedAfterCheck: 'The renewal was not made: our billing system has no record of it. Nothing was charged; you can renew again.',
    neverSent: 'The renewal was not made: it never reached our billing system. Nothing was charged; you can renew again.',
    unavailable: 'We could not reach our billing system, so nothing was renewed and nothing was charged. Please try again in a minute.',
    expired: 'This page has expired. We have refreshed it: check what you are renewing, then try again.',
  },
  refusal: renewalRefusal,
};
