import { decimal, formatCurrency } from '../money';
import { clientById, clientCurrency, defaultCurrency, type OrderRow } from '../rows';
import { phpInt, scalar } from '../wire/params';
import type { Action, ActionBody } from './context';

const PRODUCT_TYPE_NAMES: Record<string, string> = {
  hostingaccount: 'Hosting Account',
  reselleraccount: 'Reseller Account',
  server: 'Dedicated/VPS Server',
  other: 'Other Product/Service',
};

type OrderListRow = OrderRow & { paymentmethodname: string | null; paymentstatus: string | null; name: string | null };

/**
 * GetOrders (`id`, `userid`, `status`, `limitstart`, `limitnum` default 25): newest first, values
 * as strings (raw tblorders rows), line item amounts formatted in the client's currency
 * (`$12.95 USD`) as WHMCS does; `orders` absent when none.
 */
export const getOrders: Action = ({ db, params }) => {
  const filters: string[] = [];
  const args: (string | number)[] = [];
  const id = phpInt(params.id);
  if (id) {
    filters.push('o.id = ?');
    args.push(id);
  }
  const userId = phpInt(params.userid);
  if (userId) {
    filters.push('o.userid = ?');
    args.push(userId);
  }
  const requestorId = phpInt(params.requestor_id);
  if (requestorId) {
    filters.push('o.requestor_id = ?');
    args.push(requestorId);
  }
  const status = scalar(params, 'status') ?? '';
  if (status) {
    filters.push('o.status = ?');
    args.push(status);
  }
  const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';
  const limitStart = Math.max(0, phpInt(params.limitstart));
  const limitNum = phpInt(params.limitnum) > 0 ? phpInt(params.limitnum) : 25;
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
  body.orders = {
    order: rows.map((order) => {
      const client = clientById(db, order.userid);
      const currency = client ? clientCurrency(db, client) : defaultCurrency(db);
      const services = db
        .prepare(
          `SELECT s.id, s.domain, s.billingcycle, s.firstpaymentamount, s.domainstatus, p.name, p.type, g.name AS group_name
             FROM services s JOIN products p ON p.id = s.packageid JOIN product_groups g ON g.id = p.gid
            WHERE s.orderid = ? ORDER BY s.id ASC`,
        )
        .all(order.id) as {
        id: number;
        domain: string;
        billingcycle: string;
        firstpaymentamount: number;
        domainstatus: string;
        name: string;
        type: string;
        group_name: string;
      }[];
      const addons = db
        .prepare(
          `SELECT sa.id, sa.billingcycle, sa.setupfee, sa.recurring, sa.status, a.name
             FROM service_addons sa JOIN addons a ON a.id = sa.addonid WHERE sa.orderid = ? ORDER BY sa.id ASC`,
        )
        .all(order.id) as { id: number; billingcycle: string; setupfee: number; recurring: number; status: string; name: string }[];
      const lineitem = [
        ...services.map((service) => ({
          type: 'product',
          relid: String(service.id),
          producttype: PRODUCT_TYPE_NAMES[service.type] ?? service.type,
          product: `${service.group_name} - ${service.name}`,
          domain: service.domain,
          billingcycle: service.billingcycle,
          amount: formatCurrency(service.firstpaymentamount, currency),
          status: service.domainstatus,
        })),
        ...addons.map((addon) => ({
          type: 'addon',
          relid: String(addon.id),
          producttype: 'Addon',
          product: addon.name,
          domain: '',
          billingcycle: addon.billingcycle,
          amount: formatCurrency(addon.setupfee + addon.recurring, currency),
          status: addon.status,
        })),
      ];
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
        renewals: '',
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
        renewalsByType: { domains: '', services: '', addons: '' },
        lineitems: lineitem.length ? { lineitem } : [],
      };
    }),
  };
  return body;
};
