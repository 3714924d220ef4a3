import { ymdHms } from '../dates';
import { ApiError } from '../errors';
import { cents, decimal } from '../money';
import { addInvoicePaymentIn } from '../orders/lifecycle';
import type { InvoiceItemRow, InvoiceRow } from '../rows';
import { isNumericString, phpInt, scalar } from '../wire/params';
import type { Action, ActionBody } from './context';

/** Gateways that are "credit card gateways" in WHMCS's sense (the card is captured by WHMCS). */
const CARD_GATEWAYS = new Set(['stripe']);

interface TransactionRow {
  id: number;
  userid: number;
  currency: number;
  gateway: string;
  date: string;
  description: string;
  amountin: number;
  fees: number;
  amountout: number;
  rate: string;
  transid: string;
  invoiceid: number;
  refundid: number;
}

/**
 * GetInvoice. The odd one out: a missing invoice answers `{"status":"error",...}` (no `result`).
 * `transactions` is `""` when there are none; `items` is absent when the invoice has no lines.
 */
export const getInvoice: Action = ({ db, params }) => {
  const invoiceId = phpInt(params.invoiceid);
  const invoice = db.prepare('SELECT * FROM invoices WHERE id = ?').get(invoiceId) as InvoiceRow | undefined;
  if (!invoice) return { status: 'error', message: 'Invoice ID Not Found' };
  const transactions = db
    .prepare('SELECT * FROM transactions WHERE invoiceid = ? ORDER BY date ASC, id ASC')
    .all(invoice.id) as TransactionRow[];
  const paid = transactions.reduce((sum, t) => sum + t.amountin - t.amountout, 0);
  const body: ActionBody = {
    result: 'success',
    invoiceid: invoice.id,
    invoicenum: invoice.invoicenum,
    userid: String(invoice.userid),
    date: invoice.date,
    duedate: invoice.duedate,
    datepaid: invoice.datepaid,
    lastcaptureattempt: '0000-00-00 00:00:00',
    subtotal: decimal(invoice.subtotal),
    credit: decimal(invoice.credit),
    tax: decimal(invoice.tax),
    tax2: decimal(invoice.tax2),
    total: decimal(invoice.total),
    balance: decimal(invoice.total - paid),
    taxrate: invoice.taxrate,
    taxrate2: invoice.taxrate2,
    status: invoice.status,
    paymentmethod: invoice.paymentmethod,
    notes: invoice.notes,
    ccgateway: CARD_GATEWAYS.has(invoice.paymentmethod),
  };
  const items = db.prepare('SELECT * FROM invoice_items WHERE invoiceid = ? ORDER BY id ASC').all(invoice.id) as InvoiceItemRow[];
  if (items.length > 0) {
    body.items = {
      item: items.map((item) => ({
        id: String(item.id),
        type: item.type,
        relid: String(item.relid),
        description: item.description,
        amount: decimal(item.amount),
        taxed: String(item.taxed),
      })),
    };
  }
  body.transactions = transactions.length
    ? {
        transaction: transactions.map((t) => ({
          id: t.id,
          userid: t.userid,
          currency: t.currency,
          gateway: t.gateway,
          date: t.date,
          description: t.description,
          amountin: decimal(t.amountin),
          fees: decimal(t.fees),
          amountout: decimal(t.amountout),
          rate: t.rate,
          transid: t.transid,
          invoiceid: t.invoiceid,
          refundid: t.refundid,
        })),
      }
    : '';
  return body;
};

/** A money request variable in cents; undefined when absent or not a number (WHMCS then takes its default). */
function amountParam(value: string | undefined): number | undefined {
  return value !== undefined && isNumericString(value) ? cents(Number(value)) : undefined;
}

/**
 * AddInvoicePayment (`invoiceid`, `transid`, `gateway`, `date`, optional `amount` (default: the
 * balance), `fees`, `noemail`): answers only `result`. Paying an Unpaid invoice in full marks it
 * Paid and accepts its order, as WHMCS does on payment (see addInvoicePaymentIn).
 */
export const addInvoicePayment: Action = ({ db, params, now }) => {
  const invoiceId = phpInt(params.invoiceid);
  const date = scalar(params, 'date')?.trim() ?? '';
  const result = addInvoicePaymentIn(db, invoiceId, {
    transactionId: scalar(params, 'transid') ?? '',
    gateway: scalar(params, 'gateway')?.trim() || undefined,
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date} 00:00:00` : /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(date) ? date : ymdHms(now),
    amount: amountParam(scalar(params, 'amount')),
    fees: amountParam(scalar(params, 'fees')),
  });
  if (result === 'not-found') throw new ApiError('Invoice ID Not Found');
  if (result === 'cancelled') throw new ApiError('It is not possible to add a payment to an invoice that is Cancelled');
  if (result === 'draft') throw new ApiError('It is not possible to add a payment to an invoice that is a Draft');
  return { result: 'success' };
};
