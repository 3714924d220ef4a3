import { decimal } from '../money';
import type { Db } from '../rows';
import { phpInt } from '../wire/params';
import type { Action, ActionBody } from './context';

interface ClientAddonRow {
  id: number;
  userid: number;
  orderid: number;
  hostingid: number;
  addonid: number;
  name: string;
  addon_name: string | null;
  setupfee: number;
  recurring: number;
  billingcycle: string;
  status: string;
  regdate: string;
  nextduedate: string;
  paymentmethod: string;
}

function clientAddons(db: Db, filters: { clientId: number; serviceId: number; addonId: number }): ClientAddonRow[] {
  const used = (
    [
      ['s.userid', filters.clientId],
      ['a.hostingid', filters.serviceId],
      ['a.addonid', filters.addonId],
    ] as const
  ).filter(([, value]) => value > 0);
  const where = used.length ? `WHERE ${used.map(([column]) => `${column} = ?`).join(' AND ')}` : '';
  return db
    .prepare(
      `SELECT a.*, s.userid, d.name AS addon_name
         FROM service_addons a JOIN services s ON s.id = a.hostingid LEFT JOIN addons d ON d.id = a.addonid
         ${where} ORDER BY a.id ASC`,
    )
    .all(...used.map(([, value]) => value)) as ClientAddonRow[];
}

/** GetClientsAddons: a client's service addons, filtered by `clientid`, `serviceid` and `addonid` (each ignored when empty). */
export const getClientsAddons: Action = ({ db, params }) => {
  const rows = clientAddons(db, { clientId: phpInt(params.clientid), serviceId: phpInt(params.serviceid), addonId: phpInt(params.addonid) });
  const body: ActionBody = { result: 'success', serviceid: String(params.serviceid ?? ''), clientid: String(params.clientid ?? ''), totalresults: rows.length };
  if (rows.length === 0) return body;
  body.addons = {
    addon: rows.map((row) => ({
      id: String(row.id),
      userid: String(row.userid),
      orderid: String(row.orderid),
      serviceid: String(row.hostingid),
      addonid: String(row.addonid),
      name: row.name || row.addon_name || '',
      setupfee: decimal(row.setupfee),
      recurring: decimal(row.recurring),
      billingcycle: row.billingcycle,
      tax: '0',
      status: row.status,
      regdate: row.regdate,
      nextduedate: row.nextduedate,
      nextinvoicedate: row.nextduedate,
      paymentmethod: row.paymentmethod,
      notes: '',
    })),
  };
  return body;
};
