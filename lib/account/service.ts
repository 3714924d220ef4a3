import 'server-only';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { customerFieldsIn } from '@/lib/checkout/ordered-items';
import type { SessionData } from '@/lib/session/data';
import { belongsToSession, ownedBy } from '@/lib/session/ownership';
import { getClientDetails, getClientServices, getClientAddons } from '@/lib/whmcs';
import type { Service, ClientAddon } from '@/lib/whmcs/types';
import { addonOffers, addonsBasis, offerDetails } from './addon-offers';
import { toServiceDetail, type ServiceDetail } from './service-page';

/**
 * One of the client's services with its addons, straight from WHMCS (GetClientsProducts with
 * `serviceid`, GetClientsAddons). "Not yours" and "does not exist" are both null, so ids cannot
 * be probed.
 */
export async function getOwnService(session: SessionData, serviceId: number): Promise<{ service: Service; addons: ClientAddon[] } | null> {
  const page = await getClientServices({ clientId: session.clientId, serviceId, limitNum: 1 });
  const service = page.services.find((candidate) => candidate.id === serviceId);
  if (!service || !belongsToSession(session, service)) return null;
  const addons = await getClientAddons({ clientId: session.clientId, serviceId });
  return { service, addons: ownedBy(session, addons).filter((addon) => addon.serviceId === serviceId) };
}

/** The service page's content, money in the client's currency; null when it is not the client's. */
export async function getServiceDetail(session: SessionData, serviceId: number): Promise<ServiceDetail | null> {
  const [own, client, catalogue] = await Promise.all([getOwnService(session, serviceId), getClientDetails(session.clientId), getCatalogue()]);
  if (!own) return null;
  const { currency } = resolveCurrency(catalogue, client.currencyCode);
  const offers = addonOffers(catalogue.addons, own.service, own.addons, client.currencyCode);
  return toServiceDetail(own.service, own.addons, {
    currency,
    customerFields: customerFieldsIn(catalogue),
    offers: offerDetails(offers, currency),
    addonsBasis: addonsBasis(own.addons),
  });
}
