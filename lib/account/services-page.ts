import { z } from 'zod';
import { cycleWords, serviceDetails, type CustomerFields } from '@/lib/checkout/ordered-items';
import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat, Service, ServiceStatus } from '@/lib/whmcs/types';
import { renews } from './cycles';

/**
 * The account's services list: which page, which status, and how one service is shown. Pure, so
 * the route handler, the page's first render and the SWR list all share it.
 *
 * GetClientsProducts has no status filter, and filtering one WHMCS page at a time would give
 * short and uneven pages. So the server reads all of the client's services (in pages of 100,
 * see ./services.ts), filters by status, then cuts the page: totals and page counts are exact.
 * A customer of a hosting shop has tens of services, not tens of thousands.
 */

export const SERVICE_STATUSES = ['Active', 'Pending', 'Suspended', 'Terminated', 'Cancelled', 'Fraud', 'Completed'] as const satisfies readonly ServiceStatus[];
export const PAGE_SIZE = 10;

export function isServiceStatus(value: string): value is ServiceStatus {
  return (SERVICE_STATUSES as readonly string[]).includes(value);
}

const servicesQuerySchema = z.object({
  status: z.enum(SERVICE_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type ServicesQuery = z.infer<typeof servicesQuerySchema>;

/** Reads a query from URL search params (unknown or junk values fall back to "all, page 1"). */
export function parseServicesQuery(params: { get(name: string): string | null }): ServicesQuery {
  return servicesQuerySchema.parse({ status: params.get('status') ?? undefined, page: params.get('page') ?? undefined });
}

/** `?status=Active&page=2`; the defaults are left out. */
export function servicesQueryString(query: ServicesQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** One service as the browser gets it: no password, nothing of another client, money formatted. */
export interface ServiceRow {
  id: number;
  name: string;
  groupName: string;
  domain: string;
  status: ServiceStatus;
  /** In the cart's words: "Monthly", "Free". */
  billingCycle: string;
  /** Units of a service that scales (5 mailboxes); 1 otherwise. */
  quantity: number;
  /** Options and the custom fields the customer filled in, as text. */
  details: string[];
  /** The unpaid invoice of the order that created the service, to pay now; null when nothing is due. */
  payment: { orderId: number; invoiceId: number } | null;
  /** "$4.99 USD"; null when the service does not renew (one-time, free). */
  recurringAmount: string | null;
  /** YYYY-MM-DD, null when it does not renew. */
  nextDueDate: string | null;
}

export interface ServicesPage {
  services: ServiceRow[];
  status: ServiceStatus | null;
  page: number;
  pageSize: number;
  /** Services matching the filter. */
  total: number;
  pageCount: number;
  /** How many services the client has in each status, and in all. */
  counts: Record<ServiceStatus, number> & { all: number };
}

/** What a row needs beyond the service: which custom fields customers see, and the client's unpaid invoices by order id. */
export interface ServiceContext {
  currency: CurrencyFormat & { format?: number };
  customerFields: CustomerFields;
  unpaidInvoiceByOrder: ReadonlyMap<number, number>;
}

/** What every view of a service says about it: which it is, its state, cycle and details. */
export type ServiceSummary = Pick<ServiceRow, 'id' | 'name' | 'groupName' | 'domain' | 'status' | 'billingCycle' | 'quantity' | 'details'>;

export function serviceSummary(service: Service, customerFields: CustomerFields): ServiceSummary {
  return {
    id: service.id,
    name: service.name,
    groupName: service.groupName,
    domain: service.domain,
    status: service.status,
    billingCycle: cycleWords(service.billingCycle),
    quantity: service.quantity,
    details: serviceDetails(service, customerFields),
  };
}

export function toServiceRow(service: Service, { currency, customerFields, unpaidInvoiceByOrder }: ServiceContext): ServiceRow {
  const renewing = renews(service.billingCycle);
  const unpaidInvoice = unpaidInvoiceByOrder.get(service.orderId);
  return {
    ...serviceSummary(service, customerFields),
    payment: unpaidInvoice ? { orderId: service.orderId, invoiceId: unpaidInvoice } : null,
    recurringAmount: renewing ? formatMoney(service.recurringAmount, currency) : null,
    nextDueDate: renewing && service.nextDueDate && !service.nextDueDate.startsWith('0000') ? service.nextDueDate : null,
  };
}

export function pageServices(all: readonly Service[], query: ServicesQuery, context: ServiceContext): ServicesPage {
  const counts = Object.fromEntries(SERVICE_STATUSES.map((status) => [status, 0])) as Record<ServiceStatus, number>;
  for (const service of all) counts[service.status] = (counts[service.status] ?? 0) + 1;
  const matching = query.status ? all.filter((service) => service.status === query.status) : [...all];
  const pageCount = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  // A page past the end (the filter shrank the list) shows the last page rather than nothing.
  const page = Math.min(query.page, pageCount);
  const services = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((service) => toServiceRow(service, context));
  return {
    services,
    status: query.status ?? null,
    page,
    pageSize: PAGE_SIZE,
    total: matching.length,
    pageCount,
    counts: { ...counts, all: all.length },
  };
}
