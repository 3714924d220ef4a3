import { decimal } from '../money';
import { OPTION_TYPE_NAMES, displayName } from '../orders/config-options';
import { productConfigOptions, productCustomFields, subOptions, type Db, type ServiceRow } from '../rows';
import type { JsonValue } from '../wire/json';
import { phpInt, scalar } from '../wire/params';
import type { Action, ActionBody } from './context';

type ServiceListRow = ServiceRow & {
  product_name: string;
  group_name: string;
  ordernum: string | null;
  server_name: string | null;
  server_ip: string | null;
  server_hostname: string | null;
  paymentmethodname: string | null;
};

/** Every option linked to the product with the service's value; unset ones fall back as WHMCS does. */
function serviceConfigOptions(db: Db, service: ServiceRow): JsonValue[] {
  const stored = new Map(
    (
      db.prepare('SELECT configid, optionid, qty FROM service_config_options WHERE relid = ?').all(service.id) as {
        configid: number;
        optionid: number;
        qty: number;
      }[]
    ).map((row) => [row.configid, row]),
  );
  return productConfigOptions(db, service.packageid).map((option) => {
    const value = stored.get(option.id);
    let shown: string;
    if (option.optiontype === 3 || option.optiontype === 4) {
      shown = String(value?.qty ?? (option.optiontype === 4 ? option.qtyminimum : 0));
    } else {
      const subs = subOptions(db, option.id);
      const sub = subs.find((candidate) => candidate.id === value?.optionid) ?? subs[0];
      shown = sub ? displayName(sub.optionname) : '';
    }
    return {
      id: String(option.id),
      option: displayName(option.optionname),
      type: OPTION_TYPE_NAMES[option.optiontype] ?? '',
      value: shown,
    };
  });
}

function serviceCustomFields(db: Db, service: ServiceRow): JsonValue[] {
  const values = db.prepare('SELECT fieldid, value FROM custom_field_values WHERE relid = ?').all(service.id) as {
    fieldid: number;
    value: string;
  }[];
  return productCustomFields(db, service.packageid).map((field) => ({
    id: String(field.id),
    name: field.fieldname,
    translated_name: field.fieldname,
    value: values.find((row) => row.fieldid === field.id)?.value ?? '',
  }));
}

/**
 * GetClientsProducts. Values are strings (WHMCS reads them straight from MySQL), the filters are
 * echoed (null when not given), `products` is `""` when nothing matches, and `limitnum` 0 or
 * missing means "everything" as on real servers. `password` is the decrypted service password.
 */
export const getClientsProducts: Action = ({ db, params }) => {
  const filters: string[] = [];
  const args: (string | number)[] = [];
  const filter = (name: string, column: string) => {
    const value = scalar(params, name);
    if (value !== undefined && value !== '' && value !== '0') {
      filters.push(`${column} = ?`);
      args.push(value);
    }
    return value !== undefined && value !== '' ? value : null;
  };
  const clientid = filter('clientid', 's.userid');
  const serviceid = filter('serviceid', 's.id');
  const pid = filter('pid', 's.packageid');
  const domain = filter('domain', 's.domain');
  filter('username2', 's.username');
  const where = filters.length ? `WHERE ${filters.join(' AND ')}` : '';

  const total = (db.prepare(`SELECT COUNT(*) AS n FROM services s ${where}`).get(...args) as { n: number }).n;
  const limitStart = Math.max(0, phpInt(params.limitstart));
  const limitNum = phpInt(params.limitnum) > 0 ? phpInt(params.limitnum) : 999_999;
  const rows = db
    .prepare(
      `SELECT s.*, p.name AS product_name, g.name AS group_name, o.ordernum,
              sv.name AS server_name, sv.ipaddress AS server_ip, sv.hostname AS server_hostname,
              gw.display_name AS paymentmethodname
         FROM services s
         JOIN products p ON p.id = s.packageid
         JOIN product_groups g ON g.id = p.gid
         LEFT JOIN orders o ON o.id = s.orderid
         LEFT JOIN servers sv ON sv.id = s.server
         LEFT JOIN payment_gateways gw ON gw.module = s.paymentmethod
         ${where}
        ORDER BY s.id ASC
        LIMIT ? OFFSET ?`,
    )
    .all(...args, limitNum, limitStart) as ServiceListRow[];

  const body: ActionBody = {
    result: 'success',
    clientid,
    serviceid,
    pid,
    domain,
    totalresults: String(total),
    startnumber: limitStart,
    numreturned: rows.length,
  };
  if (total === 0) {
    body.products = '';
    return body;
  }
  body.products = {
    product: rows.map((row) => ({
      id: String(row.id),
      qty: String(row.qty),
      clientid: String(row.userid),
      orderid: String(row.orderid),
      ordernumber: row.ordernum ?? '',
      pid: String(row.packageid),
      regdate: row.regdate,
      name: row.product_name,
      translated_name: row.product_name,
      groupname: row.group_name,
      translated_groupname: row.group_name,
      domain: row.domain,
      dedicatedip: row.dedicatedip,
      serverid: String(row.server),
      // WHMCS splits "name|ip|hostname" of the server; with no server that is one empty string.
      servername: row.server_name ?? '',
      serverip: row.server_ip,
      serverhostname: row.server_hostname,
      suspensionreason: row.suspendreason,
      firstpaymentamount: decimal(row.firstpaymentamount),
      recurringamount: decimal(row.amount),
      paymentmethod: row.paymentmethod,
      paymentmethodname: row.paymentmethodname,
      billingcycle: row.billingcycle,
      nextduedate: row.nextduedate,
      status: row.domainstatus,
      username: row.username,
      password: row.password,
      subscriptionid: row.subscriptionid,
      promoid: String(row.promoid),
      overideautosuspend: '0',
      overidesuspenduntil: '0000-00-00',
      ns1: row.ns1,
      ns2: row.ns2,
      assignedips: row.assignedips,
      notes: row.notes,
      diskusage: '0',
      disklimit: '0',
      bwusage: '0',
      bwlimit: '0',
      lastupdate: '0000-00-00 00:00:00',
      customfields: { customfield: serviceCustomFields(db, row) },
      configoptions: { configoption: serviceConfigOptions(db, row) },
    })),
  };
  return body;
};
