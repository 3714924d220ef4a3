import 'server-only';
import { CatalogueUnavailableError, getCatalogue } from '@/lib/catalogue';
import { outcomeOfKey, type CheckoutOutcome } from '@/lib/checkout/submit-order';
import type { SessionData } from '@/lib/session/data';
import { getClientDetails, WhmcsError } from '@/lib/whmcs';
import { ADDON_ORDER_WORDING, addonOffers, addonOrderFingerprints, addonOrderKey, addonsBasis, expectedAddons } from './addon-offers';
import { accountPlacingDeps, placeServiceOrder, startServiceOrder } from './service-order';

/** What the customer chose on a service's page: catalogue addon ids, and the page's `addonsBasis`. */
export interface AddonOrderRequest {
  serviceId: number;
  addonIds: number[];
  basis: string;
}

async function clientCurrencyAndCatalogue(clientId: number) {
  const [client, catalogue] = await Promise.all([getClientDetails(clientId), getCatalogue()]);
  return { currencyCode: client.currencyCode, catalogue };
}

/**
 * Orders addons for a service the client has (an addon-only AddOrder), exactly once: keyed by
 * what was chosen on which view of the service (`addonOrderKey`), so a double submit gets the
 * first order; then checked against WHMCS now (ownership, the service's addons) and priced from
 * the catalogue, never from the form, and placed by checkout's `placeOnce`.
 */
export async function orderAddons(session: SessionData, request: AddonOrderRequest, clientIp: string | null): Promise<CheckoutOutcome> {
  const addonIds = [...new Set(request.addonIds)];
  if (addonIds.length === 0) return { status: 'not-placed', message: 'Choose at least one addon.' };
  const deps = accountPlacingDeps(ADDON_ORDER_WORDING);
  const key = addonOrderKey(session.clientId, request.serviceId, addonIds, request.basis);
  const earlier = await outcomeOfKey(deps, session.clientId, key);
  if (earlier) return earlier;

  const start = await startServiceOrder(session, request.serviceId, ADDON_ORDER_WORDING);
  if (!start.ok) return start.outcome;
  // The service's addons changed since the page was shown: this very order, placed meanwhile by
  // a second submission, is the answer; anything else means the page is out of date.
  const changed = async (message: string): Promise<CheckoutOutcome> => (await outcomeOfKey(deps, session.clientId, key)) ?? { status: 'changed', message };
  if (addonsBasis(start.addons) !== request.basis) return changed(ADDON_ORDER_WORDING.messages.expired);
  let priced: Awaited<ReturnType<typeof clientCurrencyAndCatalogue>>;
  try {
    priced = await clientCurrencyAndCatalogue(session.clientId);
  } catch (error) {
    if (error instanceof WhmcsError || error instanceof CatalogueUnavailableError) return { status: 'not-placed', message: ADDON_ORDER_WORDING.messages.unavailable };
    throw error;
  }
  const offers = addonOffers(priced.catalogue.addons, start.service, start.addons, priced.currencyCode).filter((offer) => addonIds.includes(offer.id));
  if (offers.length !== addonIds.length) {
    return changed('One of the chosen addons cannot be added to this service now. We have refreshed the page: check the addons, then order again.');
  }

  const { paymentMethod } = start;
  const lines = { serviceAddons: offers.map((offer) => ({ addonId: offer.id, serviceId: request.serviceId })) };
  return placeServiceOrder(deps, { key, clientId: session.clientId, paymentMethod, clientIp }, {
    fingerprints: addonOrderFingerprints(session.clientId, request.serviceId, offers, paymentMethod),
    expectedProducts: expectedAddons(offers),
    lines,
  });
}
