import { decimal, formatCurrency } from '../money';
import { renewedByOrder } from '../orders/renewals';
import { clientById, clientCurrency, defaultCurrency, type CurrencyRow, type Db, type OrderRow } from '../rows';
import { phpInt, scalar, type Params } from '../wire/params';
import type { Action, ActionBody } from './context';
import { orderDomainLineItems, orderRenewals } from './order-domains';

const PRODUCT_TYPE_NAMES: Record<string, string> = {
  hostingaccount: 'Hosting Account',
  reselleraccount: 'Reseller Account',
  server: 'Dedicated/VPS Server',
  other: 'Other Product/Service',
};

const DEFAULT_LIMIT = 25;

type OrderListRow = OrderRow & { paymentmethodname: string | null; paymentstatus: string | null; name: string | null };

interface OrderedService {
  id: number;
  domain: string;
  billingcycle: string;
  firstpaymentamount: number;
  domainstatus: string;
  name: string;
  type: string;
  group_name: string;
}

interface OrderedAddon {
  id: number;
  billingcycle: string;
  setupfee: number;
  recurring: number;
  status: string;
  name: string;
}

/**
 * GetOrders (`id`, `userid`, `status`, `limitstart`, `limitnum` default 25): newest first, values
 * as strings (raw tblorders rows), line item amounts formatted in the client's currency
 * (`$12.95 USD`) as WHMCS does; `orders` absent when none.
 */
export const getOrders: Action = ({ db, params }) => {
  const { where, args } = orderFilter(params);
  const limitStart = Math.max(0, phpInt(params.limitstart));
  const limitNum = phpInt(params.limitnum) > 0 ? phpInt(params.limitnum) : DEFAULT_LIMIT;
  const total = (db.prepare(`SELECT COUNT(o.id) AS n FROM orders o ${where}`).get(...args) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT o.*, gw.display_name AS paymentmethodname, i.status AS paymentstatus, c.firstname || ' ' || c.lastname AS name
         FROM orders o
         LEFT JOIN clients c ON c.id = o.userid
         LEFT JOIN payment_gateways gw ON gw.module = o.paymentmethod
         LEFT JOIN invoices i ON i.id = o.invoiceid
         ${where}
        ORDER BY o.id DESC
        LIMIT ? OFFSET ?`,
    )
    .all(...args, limitNum, limitStart) as OrderListRow[];

  const body: ActionBody = { result: 'success', totalresults: String(total), startnumber: limitStart, numreturned: rows.length };
  if (rows.length === 0) return body;
  body.orders = { order: rows.map((order) => orderJson(db, order)) };
  return body;
};

/** The WHERE clause for the request's filters (`id`, `userid`, `requestor_id`, `status`); each is ignored when empty. */
function orderFilter(params: Params): { where: string; args: (string | number)[] } {
  const filters: [column: string, value: string | number][] = [
    ['o.id', phpInt(params.id)],
    ['o.userid', phpInt(params.userid)],
    ['o.requestor_id', phpInt(params.requestor_id)],
    ['o.status', scalar(params, 'status') ?? ''],
  ];
  const used = filters.filter(([, value]) => Boolean(value));
  return {
    where: used.length ? `WHERE ${used.map(([column]) => `${column} = ?`).join(' AND ')}` : '',
    args: used.map(([, value]) => value),
  };
}

function orderJson(db: Db, order: OrderListRow): ActionBody {
  const client = clientById(db, order.userid);
  const currency = client ? clientCurrency(db, client) : defaultCurrency(db);
  const lineitem = orderLineItems(db, order.id, currency);
  return {
    id: String(order.id),
    ordernum: order.ordernum,
    userid: String(order.userid),
    contactid: String(order.contactid),
    requestor_id: String(order.requestor_id),
    admin_requestor_id: String(order.admin_requestor_id),
    date: order.date,
    nameservers: order.nameservers,
    transfersecret: '',
    renewals: orderRenewals(db, order.id),
    promocode: order.promocode,
    promotype: order.promotype,
    promovalue: order.promovalue,
    orderdata: '[]',
    amount: decimal(order.amount),
    paymentmethod: order.paymentmethod,
    invoiceid: String(order.invoiceid),
    status: order.status,
    ipaddress: order.ipaddress,
    fraudmodule: '',
    fraudoutput: '',
    notes: order.notes,
    paymentmethodname: order.paymentmethodname,
    paymentstatus: order.paymentstatus,
    name: order.name,
    currencyprefix: currency.prefix,
    currencysuffix: currency.suffix,
    frauddata: '',
    validationdata: '',
    renewalsByType: renewalsByType(db, order),
    lineitems: lineitem.length ? { lineitem } : [],
  };
}

/** The order's services, then its addons, as GetOrders line items. */
function orderLineItems(db: Db, orderId: number, currency: CurrencyRow) {
  const services = db
    .prepare(
      `SELECT s.id, s.domain, s.billingcycle, s.firstpaymentamount, s.domainstatus, p.name, p.type, g.name AS group_name
         FROM services s JOIN products p ON p.id = s.packageid JOIN product_groups g ON g.id = p.gid
        WHERE s.orderid = ? ORDER BY s.id ASC`,
    )
    .all(orderId) as OrderedService[];
  const addons = db
    .prepare(
      `SELECT sa.id, sa.billingcycle, sa.setupfee, sa.recurring, sa.status, a.name
         FROM service_addons sa JOIN addons a ON a.id = sa.addonid WHERE sa.orderid = ? ORDER BY sa.id ASC`,
    )
    .all(orderId) as OrderedAddon[];
  return [
    ...services.map((service) => serviceLineItem(service, currency)),
    ...addons.map((addon) => addonLineItem(addon, currency)),
    ...orderDomainLineItems(db, orderId, currency),
  ];
}

function serviceLineItem(service: OrderedService, currency: CurrencyRow) {
  return {
    type: 'product',
    relid: String(service.id),
    producttype: PRODUCT_TYPE_NAMES[service.type] ?? service.type,
    product: `${service.group_name} - ${service.name}`,
    domain: service.domain,
    billingcycle: service.billingcycle,
    amount: formatCurrency(service.firstpaymentamount, currency),
    status: service.domainstatus,
  };
}

function addonLineItem(addon: OrderedAddon, currency: CurrencyRow) {
  return {
    type: 'addon',
    relid: String(addon.id),
    producttype: 'Addon',
    product: addon.name,
    domain: '',
    billingcycle: addon.billingcycle,
    amount: formatCurrency(addon.setupfee + addon.recurring, currency),
    status: addon.status,
  };
}

/** The services and addons the order renews, as comma-separated ids (WHMCS 8.8+ `renewalsByType`). */
function renewalsByType(db: Db, order: OrderListRow) {
  const renewed = renewedByOrder(db, order.id, order.invoiceid);
  return { domains: '', services: renewed.services.join(','), addons: renewed.addons.join(',') };
}
