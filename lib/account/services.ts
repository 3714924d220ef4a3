import 'server-only';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { hasSomethingToPay } from '@/lib/checkout/next-step';
import { customerFieldsIn } from '@/lib/checkout/ordered-items';
import type { SessionData } from '@/lib/session/data';
import { ownedBy } from '@/lib/session/ownership';
import { getClientDetails, getClientServices, getOrders, WhmcsError } from '@/lib/whmcs';
import type { Service } from '@/lib/whmcs/types';
import { pageServices, type ServicesPage, type ServicesQuery } from './services-page';

/** WHMCS pages of this size are read until the client's services are all in. */
const BATCH = 100;
/** A ceiling so a broken `totalresults` cannot loop forever. */
const MAX_SERVICES = 5_000;

/** Every service of the session's client, newest WHMCS order kept; never another client's. */
export async function allClientServices(session: SessionData): Promise<Service[]> {
  const services: Service[] = [];
  for (let start = 0; start < MAX_SERVICES; start += BATCH) {
    const page = await getClientServices({ clientId: session.clientId, limitStart: start, limitNum: BATCH });
    services.push(...page.services);
    if (page.services.length < BATCH || services.length >= page.total) break;
  }
  return ownedBy(session, services);
}

/**
 * Order id -> unpaid invoice id, for the client's newest 100 orders (GetClientsProducts does not
 * say whether a service is paid for). Empty when WHMCS does not answer: the list still shows,
 * without "Pay now".
 */
async function unpaidInvoicesByOrder(session: SessionData): Promise<Map<number, number>> {
  try {
    const { orders } = await getOrders({ clientId: session.clientId, limitStart: 0, limitNum: 100 });
    return new Map(ownedBy(session, orders).flatMap((order) => (order.invoiceId && hasSomethingToPay(order) ? [[order.id, order.invoiceId] as const] : [])));
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    return new Map();
  }
}

/** One page of the client's services, filtered by status, with money in the client's currency. */
export async function listClientServices(session: SessionData, query: ServicesQuery): Promise<ServicesPage> {
  const [services, client, catalogue, unpaidInvoiceByOrder] = await Promise.all([
    allClientServices(session),
    getClientDetails(session.clientId),
    getCatalogue(),
    unpaidInvoicesByOrder(session),
  ]);
  const { currency } = resolveCurrency(catalogue, client.currencyCode);
  return pageServices(services, query, { currency, customerFields: customerFieldsIn(catalogue), unpaidInvoiceByOrder });
}
