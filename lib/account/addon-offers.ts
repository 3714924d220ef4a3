import { addonsForProduct } from '@/lib/catalogue/addons';
import { addonEntry } from '@/lib/checkout/find-order';
import type { OrderWording } from '@/lib/checkout/submit-order';
import { addonPrice, cycleLabel, formatMoney, parseCycle } from '@/lib/pricing';
import type { BillingCycle, ClientAddon, CurrencyFormat, CyclePrice, ProductAddon, Service } from '@/lib/whmcs/types';
import { accountOrderFingerprints, accountOrderKey } from './order-keys';
import { accountOrderRefusal } from './refusals';

/**
 * Addons for a service the customer already has (AddOrder `addonids[]` + `serviceids[]`), the
 * pure part: what may be offered at what price, the idempotency key, and the customer's words.
 * Placed exactly once by checkout's `placeOnce`, see ./order-addons.ts.
 */

/** An addon the service may have, priced as WHMCS will bill it. */
export interface AddonOffer {
  id: number;
  name: string;
  description: string;
  /** The service's cycle for a recurring addon (WHMCS bills it so), else `onetime` or `free`. */
  cycle: BillingCycle;
  price: CyclePrice;
}

/** The addon statuses that mean the service has it (a cancelled one may be ordered again). */
const HELD: readonly string[] = ['Pending', 'Active', 'Suspended'];

/**
 * The catalogue's addons for the service's product, priced in `currencyCode` at the service's
 * cycle (`addonPrice`: a recurring addon without a price for that cycle is not offered, as on
 * the order form). Only an active service is offered any; an addon it already has is not
 * offered again unless WHMCS allows quantities of it.
 */
export function addonOffers(
  catalogue: readonly ProductAddon[],
  service: Pick<Service, 'pid' | 'status' | 'billingCycle'>,
  owned: readonly Pick<ClientAddon, 'addonId' | 'status'>[],
  currencyCode: string,
): AddonOffer[] {
  const serviceCycle = parseCycle(service.billingCycle);
  if (service.status !== 'Active' || !serviceCycle) return [];
  const held = new Set(owned.filter((addon) => HELD.includes(addon.status)).map((addon) => addon.addonId));
  return addonsForProduct(catalogue, service.pid).flatMap((addon) => {
    const price = addonPrice(addon, currencyCode, serviceCycle);
    if (!price || (held.has(addon.id) && !addon.quantityAllowed)) return [];
    const cycle: BillingCycle = addon.payType === 'recurring' ? serviceCycle : addon.payType;
    return [{ id: addon.id, name: addon.name, description: addon.description, cycle, price }];
  });
}

/** "$2.00 monthly", "$2.00 monthly + $5.00 setup", "$9.00 one time", "Free". */
export function offerPriceText(offer: Pick<AddonOffer, 'cycle' | 'price'>, currency: CurrencyFormat): string {
  if (offer.cycle === 'free') return 'Free';
  const setup = offer.price.setupFee > 0 ? ` + ${formatMoney(offer.price.setupFee, currency)} setup` : '';
  return `${formatMoney(offer.price.price, currency)} ${cycleLabel(offer.cycle).toLowerCase()}${setup}`;
}

/** An offer as the service's page shows it. */
export interface OfferDetail {
  id: number;
  name: string;
  description: string;
  /** What the order will cost, as `offerPriceText` says it. */
  priceText: string;
}

export function offerDetails(offers: readonly AddonOffer[], currency: CurrencyFormat): OfferDetail[] {
  return offers.map((offer) => ({ id: offer.id, name: offer.name, description: offer.description, priceText: offerPriceText(offer, currency) }));
}

/** What the service's addons are now; the form carries it so a double submit names the same order. */
export function addonsBasis(owned: readonly Pick<ClientAddon, 'id'>[]): string {
  return accountOrderKey({ v: 1, kind: 'service-addons', ids: owned.map((addon) => addon.id).sort((a, b) => a - b) });
}

/**
 * The idempotency key of ordering these addons for this service as it was shown (`basis`): a
 * double click, a reload of the answer or a second tab give the same key (one order); once the
 * order exists the service's addons changed, so ordering more from a fresh page is a new key.
 */
export function addonOrderKey(clientId: number, serviceId: number, addonIds: readonly number[], basis: string): string {
  return accountOrderKey({ v: 1, kind: 'service-addons', clientId, serviceId, addonIds: [...addonIds].sort((a, b) => a - b), basis });
}

export function addonOrderFingerprints(clientId: number, serviceId: number, offers: readonly AddonOffer[], paymentMethod: string) {
  return accountOrderFingerprints(
    { v: 1, kind: 'service-addons', clientId, serviceId, addons: offers.map(({ id, cycle, price }) => ({ id, cycle, price })) },
    paymentMethod,
  );
}

/** What the order's attempt expects GetOrders to report: one addon line per addon. */
export function expectedAddons(offers: readonly Pick<AddonOffer, 'name'>[]): string[] {
  return offers.map((offer) => addonEntry(offer.name));
}

const NOTHING = 'No addon was added and nothing was charged.';

/** WHMCS's refusals of an addon order, in plain words. */
const addonOrderRefusal = accountOrderRefusal({
  nothing: NOTHING,
  done: 'given the addon',
  order: 'the addon order',
  own: [[/addon id invalid/i, 'This addon is not available any more (our billing system does not know it).']],
});

export const ADDON_ORDER_WORDING: OrderWording = {
  messages: {
    unknown:
      'We asked our billing system for the addons but did not get an answer in time, so we cannot tell yet whether they were ordered. Please do not order them again: reload this page in a minute.',
    inProgress: 'Your addons are being ordered right now. Reload this page in a moment; they will not be ordered twice.',
    notPlacedAfterCheck: `The addons were not ordered: our billing system has no record of the order. ${NOTHING} You can order them again.`,
    neverSent: `The addons were not ordered: the order never reached our billing system. ${NOTHING} You can order them again.`,
    unavailable: `We could not reach our billing system. ${NOTHING} Please try again in a minute.`,
    expired: 'This page has expired. We have refreshed it: check the addons, then order again.',
  },
  refusal: addonOrderRefusal,
};
