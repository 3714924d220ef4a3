import { decimal } from '../money';
import { clientById, clientCurrency, currencyById, defaultCurrency, type CurrencyRow } from '../rows';
import { ApiError } from '../errors';
import { isRegistered, whoisText } from '../domains/whois';
import { splitDomain, tldPrices, tldsInOrder, type DomainPriceType, type YearPrices } from '../domains/tlds';
import { phpInt, scalar } from '../wire/params';
import type { Action, ActionBody } from './context';

const DEFAULT_LIMIT = 25;

function yearPricesJson(prices: YearPrices): Record<string, string> {
  return Object.fromEntries([...prices].map(([years, price]) => [String(years), decimal(price)]));
}

function currencyJson(currency: CurrencyRow) {
  return {
    id: String(currency.id),
    code: currency.code,
    prefix: currency.prefix,
    suffix: currency.suffix,
    format: String(currency.format),
    rate: currency.rate,
  };
}

/**
 * GetTLDPricing (`currencyid`, or `clientid` whose currency wins): every TLD keyed without its
 * dot, with categories, extras, group label and prices by years as strings. A kind with no price
 * on offer is left out, as WHMCS leaves it out. Grace and redemption fees are not sold: null.
 */
export const getTldPricing: Action = ({ db, params }) => {
  const client = phpInt(params.clientid) ? clientById(db, phpInt(params.clientid)) : undefined;
  const currency = client ? clientCurrency(db, client) : (currencyById(db, phpInt(params.currencyid)) ?? defaultCurrency(db));
  const pricing: Record<string, ActionBody> = {};
  for (const tld of tldsInOrder(db)) {
    const entry: ActionBody = {
      categories: tld.categories.split(',').filter(Boolean),
      addons: { dns: tld.dnsmanagement === 1, email: tld.emailforwarding === 1, idprotect: tld.idprotection === 1 },
      group: tld.grp,
    };
    for (const type of ['domainregister', 'domaintransfer', 'domainrenew'] as DomainPriceType[]) {
      const prices = tldPrices(db, tld.id, type, currency.id);
      if (prices.size > 0) entry[type.replace('domain', '')] = yearPricesJson(prices);
    }
    entry.grace_period = null;
    entry.redemption_period = null;
    pricing[tld.extension.replace(/^\./, '')] = entry;
  }
  return { result: 'success', currency: currencyJson(currency), pricing };
};

/**
 * DomainWhois (`domain`): `available` or `unavailable` by the sandbox registry's rule (see
 * domains/whois.ts), with WHMCS's two errors for a name that is not valid and a TLD it cannot
 * look up (any the sandbox does not sell).
 */
export const domainWhois: Action = ({ db, params }) => {
  const split = splitDomain(db, scalar(params, 'domain') ?? '');
  if (!split) throw new ApiError('Domain not valid');
  if (!split.tld) throw new ApiError('The given TLD is not supported for WHOIS lookups');
  const registered = isRegistered(db, split.parts);
  return { result: 'success', status: registered ? 'unavailable' : 'available', whois: whoisText(split.parts, registered) };
};

interface DomainListRow {
  id: number;
  userid: number;
  orderid: number;
  type: string;
  registrationdate: string;
  domain: string;
  firstpaymentamount: number;
  recurringamount: number;
  registrar: string;
  registrationperiod: number;
  expirydate: string;
  nextduedate: string;
  status: string;
  subscriptionid: string;
  promoid: number;
  dnsmanagement: number;
  emailforwarding: number;
  idprotection: number;
  donotrenew: number;
  additionalnotes: string;
  paymentmethod: string;
  paymentmethodname: string | null;
}

/**
 * GetClientsDomains (`clientid`, `domainid`, `domain`, `limitstart`, `limitnum` default 25):
 * tbldomains rows by id, every value a string as MySQL hands them over; `domains` is "" when
 * nothing matches.
 */
export const getClientsDomains: Action = ({ db, params }) => {
  const clientId = phpInt(params.clientid);
  const domainId = phpInt(params.domainid);
  const domain = scalar(params, 'domain') ?? '';
  const filters: [string, string | number][] = [
    ['d.userid', clientId],
    ['d.id', domainId],
    ['d.domain', domain],
  ];
  const used = filters.filter(([, value]) => Boolean(value));
  const where = used.length ? `WHERE ${used.map(([column]) => `${column} = ?`).join(' AND ')}` : '';
  const args = used.map(([, value]) => value);
  const limitStart = Math.max(0, phpInt(params.limitstart));
  const limitNum = phpInt(params.limitnum) > 0 ? phpInt(params.limitnum) : DEFAULT_LIMIT;
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM domains d ${where}`).get(...args) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT d.*, gw.display_name AS paymentmethodname FROM domains d
         LEFT JOIN payment_gateways gw ON gw.module = d.paymentmethod
        ${where} ORDER BY d.id ASC LIMIT ? OFFSET ?`,
    )
    .all(...args, limitNum, limitStart) as DomainListRow[];
  return {
    result: 'success',
    clientid: clientId ? String(clientId) : '',
    domainid: domainId ? String(domainId) : '',
    totalresults: String(total),
    startnumber: limitStart,
    numreturned: rows.length,
    domains: rows.length ? { domain: rows.map(domainJson) } : '',
  };
};

function domainJson(row: DomainListRow): ActionBody {
  return {
    id: String(row.id),
    userid: String(row.userid),
    orderid: String(row.orderid),
    regtype: row.type,
    domainname: row.domain,
    registrar: row.registrar,
    regperiod: String(row.registrationperiod),
    firstpaymentamount: decimal(row.firstpaymentamount),
    recurringamount: decimal(row.recurringamount),
    paymentmethod: row.paymentmethod,
    paymentmethodname: row.paymentmethodname ?? '',
    regdate: row.registrationdate,
    expirydate: row.expirydate,
    nextduedate: row.nextduedate,
    status: row.status,
    subscriptionid: row.subscriptionid,
    promoid: String(row.promoid),
    dnsmanagement: String(row.dnsmanagement),
    emailforwarding: String(row.emailforwarding),
    idprotection: String(row.idprotection),
    donotrenew: String(row.donotrenew),
    notes: row.additionalnotes,
  };
}
