import { formatCurrency } from '../money';
import type { CurrencyRow, Db } from '../rows';

interface OrderedDomain {
  id: number;
  type: string;
  domain: string;
  registrationperiod: number;
  firstpaymentamount: number;
  recurringamount: number;
  status: string;
  dnsmanagement: number;
  emailforwarding: number;
  idprotection: number;
}

/** tblorders.renewals: `domainid=years` pairs, comma-separated. */
export function orderRenewals(db: Db, orderId: number): string {
  const rows = db.prepare('SELECT domainid, years FROM domain_renewals WHERE orderid = ? ORDER BY id').all(orderId) as { domainid: number; years: number }[];
  return rows.map((row) => `${row.domainid}=${row.years}`).join(',');
}

/**
 * GetOrders' line items for domains: one `domain` line per domain the order created (product =
 * Register/Transfer, billingcycle = years, amount = first payment) and one `renewal` line per
 * renewal (amount = the domain's recurring amount), as WHMCS lists them.
 */
export function orderDomainLineItems(db: Db, orderId: number, currency: CurrencyRow) {
  const extras = (d: OrderedDomain) => ({
    dnsmanagement: String(d.dnsmanagement),
    emailforwarding: String(d.emailforwarding),
    idprotection: String(d.idprotection),
  });
  const created = db.prepare('SELECT * FROM domains WHERE orderid = ? ORDER BY id').all(orderId) as OrderedDomain[];
  const renewed = db
    .prepare('SELECT d.*, r.years FROM domain_renewals r JOIN domains d ON d.id = r.domainid WHERE r.orderid = ? ORDER BY r.id')
    .all(orderId) as (OrderedDomain & { years: number })[];
  return [
    ...created.map((d) => ({
      type: 'domain',
      relid: String(d.id),
      producttype: 'Domain',
      product: d.type,
      domain: d.domain,
      billingcycle: String(d.registrationperiod),
      amount: formatCurrency(d.firstpaymentamount, currency),
      status: d.status,
      ...extras(d),
    })),
    ...renewed.map((d) => ({
      type: 'renewal',
      relid: String(d.id),
      producttype: 'Domain',
      product: 'Renewal',
      domain: d.domain,
      billingcycle: String(d.years),
      amount: formatCurrency(d.recurringamount, currency),
      status: d.status,
      ...extras(d),
    })),
  ];
}
