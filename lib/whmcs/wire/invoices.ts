import { z } from 'zod';
import { toDecimalString } from '@/lib/pricing/money';
import type { RequestParams } from '../encoding';
import type { Invoice, InvoicePayment } from '../types';
import { wireCode, wireDate, wireFlag, wireInt, wireList, wireMoney, wireMultilineText, wireRate } from './primitives';

/**
 * GetInvoice and AddInvoicePayment. GetInvoice is the odd one out: a missing invoice answers
 * `{"status":"error","message":"Invoice ID Not Found"}` with no `result` (the client turns it
 * into a WhmcsApiError), `items` is `{"item": [...]}` (absent with no lines) and `transactions`
 * is `""` when there are none.
 */

const wireInvoiceItem = z.object({ description: wireMultilineText, amount: wireMoney, taxed: wireFlag });

/** A rate that may be missing or "" (old invoices): 0. */
const wireRateOrZero = z.preprocess((value) => (value === undefined || value === null || value === '' ? 0 : value), wireRate);

export const getInvoiceResponse = z
  .object({
    invoiceid: wireInt,
    userid: wireInt,
    date: wireDate,
    duedate: wireDate,
    datepaid: wireDate,
    subtotal: wireMoney,
    tax: wireMoney,
    tax2: wireMoney,
    taxrate: wireRateOrZero,
    taxrate2: wireRateOrZero,
    total: wireMoney,
    balance: wireMoney,
    status: wireCode,
    paymentmethod: wireCode,
    items: wireList(wireInvoiceItem, 'item').optional(),
  })
  .transform(
    (wire): Invoice => ({
      id: wire.invoiceid,
      clientId: wire.userid,
      status: wire.status,
      date: wire.date,
      dueDate: wire.duedate,
      datePaid: wire.datepaid,
      subtotal: wire.subtotal,
      tax: wire.tax + wire.tax2,
      taxLevels: [
        { level: 1 as const, rate: wire.taxrate, amount: wire.tax },
        { level: 2 as const, rate: wire.taxrate2, amount: wire.tax2 },
      ].filter((level) => level.rate !== 0 || level.amount !== 0),
      total: wire.total,
      balance: wire.balance,
      paymentMethod: wire.paymentmethod,
      items: wire.items ?? [],
    }),
  );

/** GetInvoice's words for "no such invoice". */
export const INVOICE_NOT_FOUND = 'Invoice ID Not Found';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM:SS` in UTC, the format AddInvoicePayment's `date` takes. */
function whmcsDateTime(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

export function toAddInvoicePaymentParams(payment: InvoicePayment): RequestParams {
  return {
    invoiceid: payment.invoiceId,
    transid: payment.transactionId,
    gateway: payment.gateway,
    date: whmcsDateTime(payment.date),
    amount: payment.amount === undefined ? undefined : toDecimalString(payment.amount),
  };
}
