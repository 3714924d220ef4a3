import net from 'node:net';
import { ApiError } from '../errors';
import { domainLines, domainRenewals } from '../orders/domains';
import { requestedRenewals } from '../orders/renewals';
import { writeOrder, type AddonOnlyLine, type OrderLine } from '../orders/write-order';
import { clientById, gatewayModules, type AddonRow, type Db, type ServiceRow } from '../rows';
import {
  decodeSerializedArray,
  isPhpArray,
  phpAt,
  phpEntries,
  phpInt,
  phpTruthy,
  scalar,
  type Params,
  type PhpValue,
} from '../wire/params';
import type { Action } from './context';

/** Domain parameters that must all be arrays once `domaintype` is one (WHMCS 8.6+). */
const DOMAIN_ARRAY_PARAMS = [
  'domainfields',
  'domain',
  'regperiod',
  'idnlanguage',
  'dnsmanagement',
  'emailforwarding',
  'idprotection',
  'eppcode',
  'domainpriceoverride',
  'domainrenewoverride',
] as const;

function text(value: PhpValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function commaInts(value: PhpValue | undefined): number[] {
  return text(value)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => phpInt(part));
}

/** `addons[i]` ("1,3") with `addonsqty[i]` ("1,2"), paired by position; a missing quantity is 1. */
function orderedAddons(ids: PhpValue | undefined, quantities: PhpValue | undefined): { id: number; qty: number }[] {
  const qtys = commaInts(quantities);
  return commaInts(ids).map((id, index) => ({ id, qty: qtys[index] || 1 }));
}

/** The per-item value for item `key`: `param[key]` when the item list is an array, else the scalar. */
function itemValue(params: Params, name: string, key: string | null): PhpValue | undefined {
  const value = params[name];
  if (key === null) return isPhpArray(value) ? phpAt(value, '0') : value;
  return phpAt(value, key);
}

function orderLine(params: Params, pid: PhpValue, key: string | null): OrderLine | null {
  const productId = phpInt(pid);
  if (!phpTruthy(pid)) return null;
  const at = (name: string) => itemValue(params, name, key);
  const hostname = text(at('hostname'));
  const ns1prefix = text(at('ns1prefix'));
  const ns2prefix = text(at('ns2prefix'));
  const rootpw = typeof at('rootpw') === 'string' ? (at('rootpw') as string) : '';
  const priceOverride = text(at('priceoverride'));
  const billingCycle = at('billingcycle');
  return {
    pid: productId,
    billingCycle: typeof billingCycle === 'string' ? billingCycle : undefined,
    qty: phpInt(at('qty')) || 1,
    domain: text(at('domain')),
    configOptions: decodeSerializedArray(at('configoptions')),
    customFields: decodeSerializedArray(at('customfields')),
    addons: orderedAddons(at('addons'), at('addonsqty')),
    server: hostname || ns1prefix || ns2prefix || rootpw ? { hostname, ns1prefix, ns2prefix, rootpw } : null,
    priceOverride: priceOverride !== '' && Number.isFinite(Number(priceOverride)) ? Math.round(Number(priceOverride) * 100) : undefined,
  };
}

function ownedService(db: Db, clientId: number, serviceId: number): ServiceRow | undefined {
  return db.prepare('SELECT * FROM services WHERE id = ? AND userid = ?').get(serviceId, clientId) as ServiceRow | undefined;
}

function addonById(db: Db, id: number): AddonRow | undefined {
  return id ? (db.prepare('SELECT * FROM addons WHERE id = ?').get(id) as AddonRow | undefined) : undefined;
}

/**
 * AddOrder, with WHMCS's checks in WHMCS's order and its exact messages: client, payment method,
 * client IP, domain parameter arrays, addon-only items, renewals, an empty cart. Product lines
 * are then validated and written by writeOrder (unknown product, unknown or disabled billing
 * cycle, invalid config option, out of stock fail the whole order). Domains (`domaintype[i]`)
 * are priced at their TLD's prices and created Pending; `domainrenewals` bill renewals of the
 * client's domains (orders/domains.ts).
 */
export const addOrder: Action = ({ db, params, now, remoteIp }) => {
  const client = clientById(db, phpInt(params.clientid));
  if (!client) throw new ApiError('Client ID Not Found');
  if (client.status === 'Closed') throw new ApiError(`Unable to add order when client status is ${client.status}`);

  const paymentMethod = scalar(params, 'paymentmethod') ?? '';
  const gateways = gatewayModules(db).map((g) => g.module);
  if (!gateways.includes(paymentMethod)) {
    throw new ApiError(`Invalid Payment Method. Valid options include ${gateways.join(',')}`);
  }

  const clientIp = scalar(params, 'clientip') ?? '';
  if (clientIp !== '' && net.isIP(clientIp) === 0) throw new ApiError("Invalid IP address provided for 'clientip'");

  const lines: OrderLine[] = [];
  if (isPhpArray(params.pid)) {
    for (const [key, pid] of phpEntries(params.pid)) {
      const parsed = orderLine(params, pid, key);
      if (parsed) lines.push(parsed);
    }
  } else if (params.pid !== undefined) {
    const parsed = orderLine(params, params.pid, null);
    if (parsed) lines.push(parsed);
  }

  if (isPhpArray(params.domaintype)) {
    for (const name of DOMAIN_ARRAY_PARAMS) {
      if (params[name] !== undefined && !isPhpArray(params[name])) throw new ApiError(`Expecting parameter '${name}' to be an array`);
    }
  }
  const domains = domainLines(params);

  const addonOnly: AddonOnlyLine[] = [];
  if (phpTruthy(params.addonid)) {
    const addon = addonById(db, phpInt(params.addonid));
    if (!addon) throw new ApiError('Addon ID invalid');
    const service = ownedService(db, client.id, phpInt(params.serviceid));
    if (!service) throw new ApiError('Service ID not owned by Client ID provided');
    addonOnly.push({ addon, service });
  }
  if (isPhpArray(params.addonids)) {
    for (const [key, addonId] of phpEntries(params.addonids)) {
      const addon = addonById(db, phpInt(addonId));
      if (!addon) throw new ApiError('Addon ID invalid');
      const serviceId = phpInt(phpAt(params.serviceids, key));
      const service = ownedService(db, client.id, serviceId);
      if (!service) throw new ApiError(`Service ID ${serviceId} not owned by Client ID provided`);
      addonOnly.push({ addon, service });
    }
  }

  const domainRenewalList = domainRenewals(db, client.id, params);
  const renewals = requestedRenewals(db, client.id, params);
  const renewalCount = renewals.services.length + renewals.addons.length;

  if (lines.length + addonOnly.length + domains.length + domainRenewalList.length + renewalCount === 0) {
    throw new ApiError('No items added to cart so order cannot proceed');
  }

  const noInvoice = phpTruthy(params.noinvoice);
  const written = writeOrder(
    db,
    {
      client,
      paymentMethod,
      lines,
      addonOnly,
      renewals,
      promoCode: scalar(params, 'promocode')?.trim() ?? '',
      promoOverride: phpTruthy(params.promooverride),
      noInvoice,
      ipAddress: clientIp || remoteIp,
      affiliateId: phpInt(params.affid),
      contactId: phpInt(params.contactid),
      nameservers: [1, 2, 3, 4, 5].map((n) => scalar(params, `nameserver${n}`) ?? ''),
      domains,
      domainRenewals: domainRenewalList,
    },
    now,
  );

  const serviceIds = written.serviceIds.join(',');
  return {
    result: 'success',
    orderid: written.orderId,
    productids: serviceIds,
    serviceids: serviceIds,
    addonids: written.addonIds.join(','),
    domainids: written.domainIds.join(','),
    ...(noInvoice ? {} : { invoiceid: written.invoiceId }),
  };
};
