import { addDays, addMonths, dmy, parseYmd, ymd } from '../dates';
import { type DomainExtra, DOMAIN_EXTRAS, EXTRA_NAMES, extraPrices, splitDomain, tldPrices, type TldRow } from '../domains/tlds';
import { ApiError } from '../errors';
import type { Cents } from '../money';
import type { Db, PromotionRow } from '../rows';
import { whmcsEncode } from '../text';
import { decodeSerializedArray, isPhpArray, phpAt, phpEntries, phpInt, phpTruthy, serializedScalar, type Params, type PhpValue } from '../wire/params';

/** One domain of AddOrder (`domaintype[i]`, `domain[i]`, `regperiod[i]`, ...), as sent. */
export interface DomainLine {
  type: 'register' | 'transfer';
  domain: string;
  years: number;
  extras: Record<DomainExtra, boolean>;
  eppCode: string;
  idnLanguage: string;
  fields: Map<string, unknown>;
}

/** A renewal of a domain the client holds (`domainrenewals[name] = years`). */
export interface DomainRenewal {
  domainId: number;
  domain: string;
  years: number;
}

interface DomainRow {
  id: number;
  domain: string;
  status: string;
  expirydate: string;
  nextduedate: string;
  registrationperiod: number;
  dnsmanagement: number;
  emailforwarding: number;
  idprotection: number;
}

const at = (params: Params, name: string, key: string | null): PhpValue | undefined =>
  key === null ? params[name] : phpAt(params[name], key);

function text(value: PhpValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function domainLine(params: Params, type: PhpValue, key: string | null): DomainLine {
  const kind = text(type).toLowerCase();
  if (kind !== 'register' && kind !== 'transfer') throw new ApiError(`Invalid domain type: ${text(type)}`);
  return {
    type: kind,
    domain: text(at(params, 'domain', key)),
    years: phpInt(at(params, 'regperiod', key)) || 1,
    extras: {
      dnsmanagement: phpTruthy(at(params, 'dnsmanagement', key)),
      emailforwarding: phpTruthy(at(params, 'emailforwarding', key)),
      idprotection: phpTruthy(at(params, 'idprotection', key)),
    },
    eppCode: typeof at(params, 'eppcode', key) === 'string' ? (at(params, 'eppcode', key) as string) : '',
    idnLanguage: text(at(params, 'idnlanguage', key)),
    fields: decodeSerializedArray(at(params, 'domainfields', key)),
  };
}

/** The order's domain items: `domaintype` as an array (one per index) or a single scalar. */
export function domainLines(params: Params): DomainLine[] {
  const types = params.domaintype;
  if (isPhpArray(types)) return phpEntries(types).filter(([, type]) => phpTruthy(type)).map(([key, type]) => domainLine(params, type, key));
  return phpTruthy(types) ? [domainLine(params, types as PhpValue, null)] : [];
}

/** Statuses WHMCS renews from; anything else is refused with the status named. */
const RENEWABLE = ['Active', 'Expired', 'Grace', 'Redemption'];

/** `domainrenewals`, checked as AddOrder checks them: owned by the client, in a renewable status. */
export function domainRenewals(db: Db, clientId: number, params: Params): DomainRenewal[] {
  return phpEntries(params.domainrenewals).map(([name, years]) => {
    const rows = db.prepare('SELECT * FROM domains WHERE userid = ? AND domain = ? ORDER BY id').all(clientId, name.trim().toLowerCase()) as DomainRow[];
    const renewable = rows.find((row) => RENEWABLE.includes(row.status));
    if (!renewable) {
      const first = rows[0];
      throw new ApiError(first ? `Domain status is set to '${first.status}' and cannot be renewed` : 'Domain not owned by Client ID provided');
    }
    return { domainId: renewable.id, domain: renewable.domain, years: phpInt(years) || 1 };
  });
}

export interface PricedDomain {
  line: DomainLine;
  /** ASCII (punycode) name, as stored. */
  domain: string;
  tld: TldRow;
  tldName: string;
  price: Cents;
  extras: { name: DomainExtra; amount: Cents }[];
  recurring: Cents;
}

/**
 * Prices a domain at the TLD's price for its type and period in the client's currency, plus the
 * extras it asks for (yearly price x years), and what it renews at. Refuses what WHMCS's cart
 * cannot price: a name that is not valid, a TLD not on sale, a period (or a transfer) the TLD
 * does not offer, an extra the TLD does not support.
 */
export function priceDomain(db: Db, line: DomainLine, currencyId: number): PricedDomain {
  const split = splitDomain(db, line.domain);
  if (!split) throw new ApiError(`Domain not valid: ${line.domain}`);
  const { parts, tld } = split;
  if (!tld) throw new ApiError(`The TLD .${parts.tld} is not available for registration`);
  const prices = tldPrices(db, tld.id, line.type === 'register' ? 'domainregister' : 'domaintransfer', currencyId);
  const price = prices.get(line.years);
  if (price === undefined) {
    throw new ApiError(
      line.type === 'transfer' && prices.size === 0
        ? `Transfers are not offered for .${parts.tld}`
        : `Invalid registration period ${line.years} for .${parts.tld}`,
    );
  }
  const yearly = extraPrices(db, currencyId);
  const extras = DOMAIN_EXTRAS.filter((name) => line.extras[name]).map((name) => {
    if (tld[name] !== 1) throw new ApiError(`${EXTRA_NAMES[name]} is not available for .${parts.tld}`);
    return { name, amount: yearly[name] * line.years };
  });
  const renew = tldPrices(db, tld.id, 'domainrenew', currencyId);
  const extrasTotal = extras.reduce((sum, extra) => sum + extra.amount, 0);
  const recurring = (renew.get(line.years) ?? (renew.get(1) ?? price) * line.years) + extrasTotal;
  return { line, domain: parts.domain, tld, tldName: parts.tld, price, extras, recurring };
}

/** WHMCS's domain promotions: `appliesto` lists `D.com`; `cycles` may narrow it to `1Years`, `2Years`, ... */
export function promotionAppliesToDomain(promo: PromotionRow, tld: string, years: number): boolean {
  const list = (value: string) => value.split(',').map((part) => part.trim()).filter(Boolean);
  if (!list(promo.appliesto).some((item) => item.toLowerCase() === `d.${tld}`)) return false;
  const cycles = list(promo.cycles);
  return cycles.length === 0 || cycles.includes(`${years}Years`);
}

/** `(15/06/2025 - 14/06/2026)`: the years a registration, transfer or renewal covers. */
function domainPeriod(start: Date, years: number): string {
  return `(${dmy(start)} - ${dmy(addDays(addMonths(start, 12 * years), -1))})`;
}

const TYPE_TITLES = { register: 'Domain Registration', transfer: 'Domain Transfer' } as const;

/** The invoice line text: title, name, years and dates, then one `+ Extra` line per extra. */
export function domainInvoiceText(priced: PricedDomain, start: Date): string {
  const head = `${TYPE_TITLES[priced.line.type]} - ${priced.domain} - ${priced.line.years} Year/s ${domainPeriod(start, priced.line.years)}`;
  return [head, ...priced.extras.map((extra) => ` + ${EXTRA_NAMES[extra.name]}`)].join('\n');
}

export interface DomainValues {
  orderId: number;
  clientId: number;
  paymentMethod: string;
  today: string;
  firstPayment: Cents;
  promoId: number;
}

/** Writes the tbldomains row (Pending until the order is accepted) and its extra fields. */
export function insertDomain(db: Db, priced: PricedDomain, values: DomainValues): number {
  const { line } = priced;
  const id = Number(
    db
      .prepare(
        `INSERT INTO domains (userid, orderid, type, registrationdate, domain, firstpaymentamount, recurringamount, registrar,
           registrationperiod, nextduedate, nextinvoicedate, status, promoid, dnsmanagement, emailforwarding, idprotection,
           paymentmethod, eppcode, idnlanguage)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'sandbox', ?, ?, ?, 'Pending', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        values.clientId,
        values.orderId,
        line.type === 'register' ? 'Register' : 'Transfer',
        values.today,
        priced.domain,
        values.firstPayment,
        priced.recurring,
        line.years,
        values.today,
        values.today,
        values.promoId,
        line.extras.dnsmanagement ? 1 : 0,
        line.extras.emailforwarding ? 1 : 0,
        line.extras.idprotection ? 1 : 0,
        values.paymentMethod,
        whmcsEncode(line.eppCode),
        whmcsEncode(line.idnLanguage),
      ).lastInsertRowid,
  );
  const insertField = db.prepare('INSERT INTO domain_fields (domainid, name, value) VALUES (?, ?, ?)');
  for (const [name, value] of line.fields) insertField.run(id, whmcsEncode(name), whmcsEncode(serializedScalar(value)));
  return id;
}

export interface PricedRenewal {
  renewal: DomainRenewal;
  amount: Cents;
  description: string;
  dueDate: string;
}

/** A renewal at the TLD's renew price for the years asked, plus the domain's extras for those years. */
export function priceRenewal(db: Db, renewal: DomainRenewal, currencyId: number): PricedRenewal {
  const row = db.prepare('SELECT * FROM domains WHERE id = ?').get(renewal.domainId) as DomainRow;
  const split = splitDomain(db, row.domain);
  if (!split?.tld) throw new ApiError(`The TLD of ${row.domain} is no longer sold`);
  const price = tldPrices(db, split.tld.id, 'domainrenew', currencyId).get(renewal.years);
  if (price === undefined) throw new ApiError(`Invalid renewal period ${renewal.years} for .${split.parts.tld}`);
  const yearly = extraPrices(db, currencyId);
  const extras = DOMAIN_EXTRAS.filter((name) => row[name] === 1);
  const amount = price + extras.reduce((sum, name) => sum + yearly[name] * renewal.years, 0);
  const start = parseYmd(row.expirydate);
  const description = [
    `Domain Renewal - ${row.domain} - ${renewal.years} Year/s ${domainPeriod(start, renewal.years)}`,
    ...extras.map((name) => ` + ${EXTRA_NAMES[name]}`),
  ].join('\n');
  return { renewal, amount, description, dueDate: row.nextduedate };
}

/** AcceptOrder for domains: Pending ones become Active, registered for their period from today. */
export function activateDomains(db: Db, orderId: number, today: string): void {
  const pending = db.prepare("SELECT id, registrationperiod FROM domains WHERE orderid = ? AND status = 'Pending'").all(orderId) as {
    id: number;
    registrationperiod: number;
  }[];
  const activate = db.prepare("UPDATE domains SET status = 'Active', registrationdate = ?, expirydate = ?, nextduedate = ?, nextinvoicedate = ? WHERE id = ?");
  for (const domain of pending) {
    const expiry = ymd(addMonths(parseYmd(today), 12 * domain.registrationperiod));
    activate.run(today, expiry, expiry, expiry, domain.id);
  }
}

/** A paid renewal moves the domain's expiry (and next due date) on by the years renewed. */
export function applyRenewals(db: Db, orderId: number): void {
  const renewals = db.prepare('SELECT domainid, years FROM domain_renewals WHERE orderid = ?').all(orderId) as { domainid: number; years: number }[];
  for (const { domainid, years } of renewals) {
    const row = db.prepare('SELECT expirydate FROM domains WHERE id = ?').get(domainid) as { expirydate: string };
    const expiry = ymd(addMonths(parseYmd(row.expirydate), 12 * years));
    db.prepare("UPDATE domains SET expirydate = ?, nextduedate = ?, nextinvoicedate = ?, status = 'Active' WHERE id = ?").run(expiry, expiry, expiry, domainid);
  }
}
