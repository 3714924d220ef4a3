import { CYCLE_MONTHS, cycleFromDisplay, isRecurringCycle } from '../billing';
import { addDays, addMonths, dmy, parseYmd } from '../dates';
import { ApiError } from '../errors';
import type { Db, ServiceRow } from '../rows';
import { phpEntries, phpInt, type Params } from '../wire/params';

/**
 * On-demand renewals (AddOrder `servicerenewals[]`, WHMCS 8.8; `addonrenewals[]`, 8.9): an order
 * that creates no service, only an invoice for the next period of services and addons the client
 * already has. Paying it moves their next due date on (lifecycle's moveDueDatesOn), as WHMCS does.
 *
 * What the sandbox lets be renewed (WHMCS leaves it to the product's "on demand renewal" setting
 * and the service's state): an Active or Suspended service or addon on a recurring cycle whose
 * next period is not already on an unpaid invoice. Anything else is "can not be renewed at this
 * time", WHMCS's own message.
 */

interface ServiceAddonRenewalRow {
  id: number;
  hostingid: number;
  name: string;
  addon_name: string;
  recurring: number;
  billingcycle: string;
  status: string;
  nextduedate: string;
  userid: number;
  domain: string;
}

interface ServiceRenewalRow extends ServiceRow {
  product_name: string;
  group_name: string;
}

export interface Renewals {
  services: ServiceRenewalRow[];
  addons: ServiceAddonRenewalRow[];
}

/** One invoice line a renewal adds, in the shape write-order's invoice takes. */
export interface RenewalInvoiceItem {
  type: 'Hosting' | 'Addon';
  relid: number;
  description: string;
  amount: number;
  duedate: string;
}

const RENEWABLE_STATUSES = new Set(['Active', 'Suspended']);

function alreadyInvoiced(db: Db, type: 'Hosting' | 'Addon', relid: number, dueDate: string): boolean {
  return Boolean(
    db
      .prepare(
        `SELECT 1 FROM invoice_items i JOIN invoices v ON v.id = i.invoiceid
          WHERE i.type = ? AND i.relid = ? AND i.duedate = ? AND v.status = 'Unpaid'`,
      )
      .get(type, relid, dueDate),
  );
}

function renewable(db: Db, type: 'Hosting' | 'Addon', row: { id: number; status: string; billingcycle: string; nextduedate: string }): boolean {
  const cycle = cycleFromDisplay(row.billingcycle);
  return RENEWABLE_STATUSES.has(row.status) && cycle !== undefined && isRecurringCycle(cycle) && !alreadyInvoiced(db, type, row.id, row.nextduedate);
}

/** The renewals AddOrder asks for, each checked in WHMCS's order: owned by the client, then renewable now. */
export function requestedRenewals(db: Db, clientId: number, params: Params): Renewals {
  const services = phpEntries(params.servicerenewals).map(([, value]) => {
    const id = phpInt(value);
    const row = db
      .prepare(
        `SELECT s.*, p.name AS product_name, g.name AS group_name
           FROM services s JOIN products p ON p.id = s.packageid JOIN product_groups g ON g.id = p.gid
          WHERE s.id = ? AND s.userid = ?`,
      )
      .get(id, clientId) as ServiceRenewalRow | undefined;
    if (!row) throw new ApiError('Service ID not owned by Client ID provided');
    if (!renewable(db, 'Hosting', { ...row, status: row.domainstatus })) throw new ApiError(`Service ID ${id} can not be renewed at this time.`);
    return row;
  });
  const addons = phpEntries(params.addonrenewals).map(([, value]) => {
    const id = phpInt(value);
    const row = db
      .prepare(
        `SELECT a.id, a.hostingid, a.name, d.name AS addon_name, a.recurring, a.billingcycle, a.status, a.nextduedate, s.userid, s.domain
           FROM service_addons a JOIN services s ON s.id = a.hostingid JOIN addons d ON d.id = a.addonid
          WHERE a.id = ? AND s.userid = ?`,
      )
      .get(id, clientId) as ServiceAddonRenewalRow | undefined;
    if (!row) throw new ApiError('Addon ID not owned by Client ID provided');
    if (!renewable(db, 'Addon', row)) throw new ApiError(`Addon ID ${id} can not be renewed at this time.`);
    return row;
  });
  return { services, addons };
}

/** `(21/11/2026 - 20/12/2026)`: the period a renewal pays for, from the current next due date. */
function periodFrom(nextDueDate: string, billingCycle: string): string {
  const cycle = cycleFromDisplay(billingCycle);
  if (!cycle || !isRecurringCycle(cycle)) return '';
  const start = parseYmd(nextDueDate);
  return ` (${dmy(start)} - ${dmy(addDays(addMonths(start, CYCLE_MONTHS[cycle]), -1))})`;
}

/** The invoice lines of the renewals: one period at the recurring amount, due on the current next due date. */
export function renewalInvoiceItems({ services, addons }: Renewals): RenewalInvoiceItem[] {
  return [
    ...services.map((service): RenewalInvoiceItem => ({
      type: 'Hosting',
      relid: service.id,
      description: `${service.group_name} - ${service.product_name}${service.domain ? ` - ${service.domain}` : ''}${periodFrom(service.nextduedate, service.billingcycle)}`,
      amount: service.amount,
      duedate: service.nextduedate,
    })),
    ...addons.map((addon): RenewalInvoiceItem => ({
      type: 'Addon',
      relid: addon.id,
      description: `${addon.name || addon.addon_name}${addon.domain ? ` - ${addon.domain}` : ''}${periodFrom(addon.nextduedate, addon.billingcycle)}`,
      amount: addon.recurring,
      duedate: addon.nextduedate,
    })),
  ];
}

/** What GetOrders reports as an order's renewals: the services and addons its invoice renews (not the ones it created). */
export function renewedByOrder(db: Db, orderId: number, invoiceId: number): { services: number[]; addons: number[] } {
  if (!invoiceId) return { services: [], addons: [] };
  const ids = (type: 'Hosting' | 'Addon', table: 'services' | 'service_addons') =>
    (
      db
        .prepare(
          `SELECT i.relid FROM invoice_items i JOIN ${table} t ON t.id = i.relid
            WHERE i.invoiceid = ? AND i.type = ? AND t.orderid != ? ORDER BY i.id`,
        )
        .all(invoiceId, type, orderId) as { relid: number }[]
    ).map((row) => row.relid);
  return { services: ids('Hosting', 'services'), addons: ids('Addon', 'service_addons') };
}
