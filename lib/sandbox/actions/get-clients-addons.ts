import { decimal } from '../money';
import { phpInt } from '../wire/params';
import type { Action } from './context';

interface ClientAddonRow {
  id: number;
  userid: number;
  orderid: number;
  hostingid: number;
  addonid: number;
  name: string;
  addon_name: string | null;
  qty: number;
  setupfee: number;
  recurring: number;
  billingcycle: string;
  tax: number | null;
  status: string;
  regdate: string;
  nextduedate: string;
  paymentmethod: string;
}

/**
 * GetClientsAddons (`clientid`, `serviceid`, `addonid`, each optional): the addons of services, as
 * WHMCS answers it (every value a string, `addons.addon[]`, `addons` absent when none). A
 * predefined addon's `name` is its catalogue name (the row's own name is only set for custom ones).
 */
export const getClientsAddons: Action = ({ db, params }) => {
  const where: string[] = [];
  const args: number[] = [];
  for (const [param, column] of [
    ['clientid', 's.userid'],
    ['serviceid', 'a.hostingid'],
    ['addonid', 'a.addonid'],
  ] as const) {
    const value = phpInt(params[param]);
    if (value) {
      where.push(`${column} = ?`);
      args.push(value);
    }
  }
  const rows = db
    .prepare(
      `SELECT a.*, s.userid, d.name AS addon_name, d.tax
         FROM service_addons a JOIN services s ON s.id = a.hostingid LEFT JOIN addons d ON d.id = a.addonid
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id ASC`,
    )
    .all(...args) as ClientAddonRow[];
  if (rows.length === 0) return { result: 'success', totalresults: 0 };
  return {
    result: 'success',
    totalresults: rows.length,
    addons: {
      addon: rows.map((row) => ({
        id: String(row.id),
        userid: String(row.userid),
        orderid: String(row.orderid),
        serviceid: String(row.hostingid),
        addonid: String(row.addonid),
        name: row.name || row.addon_name || '',
        qty: String(row.qty),
        setupfee: decimal(row.setupfee),
        recurring: decimal(row.recurring),
        billingcycle: row.billingcycle,
        tax: String(row.tax ?? 0),
        status: row.status,
        regdate: row.regdate,
        nextduedate: row.nextduedate,
        nextinvoicedate: row.nextduedate,
        paymentmethod: row.paymentmethod,
        notes: '',
      })),
    },
  };
};
