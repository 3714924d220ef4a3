import 'server-only';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { domainSettings, tldPricing } from '@/lib/domains';
import { extraPricesFor } from '@/lib/domains/extras';
import type { SessionData } from '@/lib/session/data';
import { ownedBy } from '@/lib/session/ownership';
import { addOrder, getClientDetails, getClientDomains, getOrders, getPaymentMethods } from '@/lib/whmcs';
import type { ClientDomain, Currency, Order } from '@/lib/whmcs/types';
import { domainViews, isRenewable, tldOf, type DomainView } from './domains-view';

/** WHMCS pages of this size are read until the client's domains are all in. */
const BATCH = 100;
const MAX_DOMAINS = 5_000;

async function allClientDomains(session: SessionData): Promise<ClientDomain[]> {
  const domains: ClientDomain[] = [];
  for (let start = 0; start < MAX_DOMAINS; start += BATCH) {
    const page = await getClientDomains({ clientId: session.clientId, limitStart: start, limitNum: BATCH });
    domains.push(...page.domains);
    if (page.domains.length < BATCH || domains.length >= page.total) break;
  }
  return ownedBy(session, domains);
}

async function clientCurrency(session: SessionData): Promise<Currency> {
  const [client, catalogue] = await Promise.all([getClientDetails(session.clientId), getCatalogue()]);
  return resolveCurrency(catalogue, client.currencyCode).currency;
}

/** The session's domains with what each renews at, in the client's currency (WHMCS bills in it). */
export async function listClientDomains(session: SessionData, now = new Date()): Promise<{ currency: Currency; domains: DomainView[] }> {
  const [domains, currency] = await Promise.all([allClientDomains(session), clientCurrency(session)]);
  const pricing = await tldPricing(currency);
  return { currency, domains: domainViews(domains, pricing.tlds, extraPricesFor(domainSettings(), currency.code), now) };
}

export type RenewOutcome = { ok: true; orderId: number; invoiceId: number | null } | { ok: false; message: string };

/** A Pending order of the client that renews this domain (the customer clicked before and has not paid yet). */
function pendingRenewal(orders: readonly Order[], domainId: number): Order | undefined {
  return orders.find((order) => order.status === 'Pending' && order.lines.some((line) => line.type.toLowerCase() === 'renewal' && line.relId === domainId));
}

/** Renewals being placed in this process, by domain id: a double click waits for the first. */
const placing = new Map<number, Promise<RenewOutcome>>();

/**
 * "Renew": AddOrder with `domainrenewals` for a domain of the session's client, at a period its
 * TLD offers. When an unpaid renewal of that domain is already waiting, that order is the answer
 * (a second click or a reload never bills the renewal twice).
 */
export function renewDomain(session: SessionData, domainId: number, years: number, clientIp: string | null): Promise<RenewOutcome> {
  const running = placing.get(domainId);
  if (running) return running;
  const started = placeRenewal(session, domainId, years, clientIp).finally(() => placing.delete(domainId));
  placing.set(domainId, started);
  return started;
}

async function placeRenewal(session: SessionData, domainId: number, years: number, clientIp: string | null): Promise<RenewOutcome> {
  const [found] = ownedBy(session, (await getClientDomains({ clientId: session.clientId, domainId, limitNum: 1 })).domains);
  if (!found) return { ok: false, message: 'That domain is not in your account.' };
  if (!isRenewable(found)) return { ok: false, message: `${found.domain} is ${found.status.toLowerCase()} and cannot be renewed now.` };
  const currency = await clientCurrency(session);
  const { tlds } = await tldPricing(currency);
  const tld = tlds.find((t) => t.tld === tldOf(found.domain, tlds.map((t) => t.tld)));
  if (!tld?.renew.some((option) => option.years === years)) return { ok: false, message: `Choose one of the renewal periods offered for ${found.domain}.` };

  const { orders } = await getOrders({ clientId: session.clientId, status: 'Pending', limitStart: 0, limitNum: 100 });
  const waiting = pendingRenewal(ownedBy(session, orders), found.id);
  if (waiting) return { ok: true, orderId: waiting.id, invoiceId: waiting.invoiceId };

  const methods = await getPaymentMethods();
  const paymentMethod = methods.find((m) => m.module === found.paymentMethod)?.module ?? methods[0]?.module;
  if (!paymentMethod) return { ok: false, message: 'No payment method is available right now. Please contact us.' };
  const placed = await addOrder({
    clientId: session.clientId,
    paymentMethod,
    items: [],
    renewals: [{ domain: found.asciiDomain, years }],
    ...(clientIp ? { clientIp } : {}),
  });
  return { ok: true, orderId: placed.orderId, invoiceId: placed.invoiceId };
}
