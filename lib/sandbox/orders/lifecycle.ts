import crypto from 'node:crypto';
import { CYCLE_MONTHS, cycleFromDisplay, isRecurringCycle } from '../billing';
import { NO_DATE, addMonths, parseYmd, ymd, ymdHms } from '../dates';
import { type Db, type InvoiceItemRow, type InvoiceRow, type OrderRow } from '../rows';
import { activateDomains, applyRenewals } from './domains';

interface PendingService {
  id: number;
  domain: string;
  username: string;
  password: string;
  type: string;
}

function randomPassword(): string {
  return crypto.randomBytes(12).toString('base64url');
}

/** A control-panel username from the domain, as WHMCS's server modules make one: 8 characters, unique. */
function serviceUsername(db: Db, domain: string): string {
  let base = domain.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8);
  if (!base) base = 'user';
  if (/^\d/.test(base)) base = `a${base}`.slice(0, 8);
  const taken = db.prepare('SELECT 1 FROM services WHERE username = ?');
  let candidate = base;
  for (let n = 1; taken.get(candidate); n++) candidate = `${base.slice(0, 8 - String(n).length)}${n}`;
  return candidate;
}

/**
 * AcceptOrder: a Pending order and its Pending services, addons and domains become Active (domains
 * registered from `today` for their period); services get
 * the login a provisioning module would create (hosting: username from the domain, servers:
 * root) unless they already have one. False when the order is missing or not Pending.
 */
export function acceptOrder(db: Db, orderId: number, today: string): boolean {
  return db
    .transaction(() => {
      const order = db.prepare("SELECT id FROM orders WHERE id = ? AND status = 'Pending'").get(orderId);
      if (!order) return false;
      const services = db
        .prepare(
          `SELECT s.id, s.domain, s.username, s.password, p.type
             FROM services s JOIN products p ON p.id = s.packageid
            WHERE s.orderid = ? AND s.domainstatus = 'Pending'`,
        )
        .all(orderId) as PendingService[];
      const activate = db.prepare("UPDATE services SET domainstatus = 'Active', username = ?, password = ? WHERE id = ?");
      for (const service of services) {
        let { username, password } = service;
        if (service.type === 'hostingaccount' || service.type === 'reselleraccount') {
          username ||= serviceUsername(db, service.domain);
          password ||= randomPassword();
        } else if (service.type === 'server') {
          username ||= 'root';
          password ||= randomPassword();
        }
        activate.run(username, password, service.id);
      }
      db.prepare("UPDATE service_addons SET status = 'Active' WHERE orderid = ? AND status = 'Pending'").run(orderId);
      activateDomains(db, orderId, today);
      db.prepare("UPDATE orders SET status = 'Active' WHERE id = ?").run(orderId);
      return true;
    })
    .immediate();
}

/** A payment as AddInvoicePayment records it. */
export interface InvoicePayment {
  transactionId: string;
  /** The invoice's own payment method when left out. */
  gateway?: string;
  /** `YYYY-MM-DD HH:MM:SS`. */
  date: string;
  /** Cents; the invoice's balance when left out. */
  amount?: number;
  fees?: number;
}

export type PaymentResult = 'paid' | 'part-paid' | 'recorded' | 'not-found' | 'cancelled' | 'draft';

/**
 * Records a payment on an invoice, as WHMCS's AddInvoicePayment does: a transaction through the
 * gateway. When it settles an Unpaid invoice, the invoice becomes Paid, the next due date of the
 * services and addons it bills moves on by one cycle, and the order the invoice belongs to is
 * accepted: what WHMCS does when a customer pays the first invoice of an order. A payment on an
 * invoice that is already paid is only recorded (WHMCS would credit the overpayment; the sandbox
 * keeps no credit balance). Cancelled and Draft invoices take no payment.
 */
export function addInvoicePaymentIn(db: Db, invoiceId: number, payment: InvoicePayment): PaymentResult {
  return db
    .transaction((): PaymentResult => {
      const invoice = db.prepare('SELECT * FROM invoices WHERE id = ?').get(invoiceId) as InvoiceRow | undefined;
      if (!invoice) return 'not-found';
      if (invoice.status === 'Cancelled') return 'cancelled';
      if (invoice.status === 'Draft') return 'draft';
      const paidBefore = (
        db.prepare('SELECT COALESCE(SUM(amountin - amountout), 0) AS paid FROM transactions WHERE invoiceid = ?').get(invoice.id) as { paid: number }
      ).paid;
      const amount = payment.amount ?? Math.max(0, invoice.total - paidBefore);
      db.prepare(
        `INSERT INTO transactions (userid, currency, gateway, date, description, amountin, fees, transid, invoiceid)
         VALUES (?, 0, ?, ?, 'Invoice Payment', ?, ?, ?, ?)`,
      ).run(invoice.userid, payment.gateway ?? invoice.paymentmethod, payment.date, amount, payment.fees ?? 0, payment.transactionId, invoice.id);
      if (invoice.status !== 'Unpaid') return 'recorded';
      if (paidBefore + amount < invoice.total) return 'part-paid';
      db.prepare("UPDATE invoices SET status = 'Paid', datepaid = ? WHERE id = ?").run(payment.date, invoice.id);
      moveDueDatesOn(db, invoice.id);
      const order = db.prepare('SELECT * FROM orders WHERE invoiceid = ?').get(invoice.id) as OrderRow | undefined;
      if (order) applyRenewals(db, order.id);
      if (order && order.status === 'Pending') acceptOrder(db, order.id, payment.date.slice(0, 10));
      return 'paid';
    })
    .immediate();
}

/** The services and addons an invoice bills on are now paid up to their next cycle. */
function moveDueDatesOn(db: Db, invoiceId: number): void {
  const items = db.prepare('SELECT * FROM invoice_items WHERE invoiceid = ?').all(invoiceId) as InvoiceItemRow[];
  for (const item of items) {
    const table = item.type === 'Hosting' ? 'services' : item.type === 'Addon' ? 'service_addons' : undefined;
    if (!table) continue;
    const row = db.prepare(`SELECT billingcycle FROM ${table} WHERE id = ?`).get(item.relid) as { billingcycle: string } | undefined;
    const cycle = row ? cycleFromDisplay(row.billingcycle) : undefined;
    if (!cycle) continue;
    const next = isRecurringCycle(cycle) ? ymd(addMonths(parseYmd(item.duedate), CYCLE_MONTHS[cycle])) : NO_DATE;
    const columns = table === 'services' ? 'nextduedate = ?, nextinvoicedate = ?' : 'nextduedate = ?';
    const values = table === 'services' ? [next, next] : [next];
    db.prepare(`UPDATE ${table} SET ${columns} WHERE id = ?`).run(...values, item.relid);
  }
}

/** Pays an invoice in full through its own gateway, as the demo data's paid orders were paid. */
export function payInvoiceInFull(db: Db, invoiceId: number, now: Date): PaymentResult {
  return addInvoicePaymentIn(db, invoiceId, { transactionId: `SANDBOX-${crypto.randomBytes(6).toString('hex').toUpperCase()}`, date: ymdHms(now) });
}
