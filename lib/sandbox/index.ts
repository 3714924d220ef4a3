import 'server-only';
import path from 'node:path';
import { dataDir, env } from '@/lib/config/env';
import { redeemSsoTokenIn, type RedeemedSsoToken } from './actions/sso';
import { openSandboxDb } from './db';
import { faultsFilePath } from './faults';
import { createSandboxHandler, type SandboxHandler } from './handler';
import { markInvoicePaidIn, type MarkPaidResult } from './orders/lifecycle';
import { isResetTokenValid, listMail, redeemPasswordReset } from './password-reset';
import { clientById, clientCurrency, type Db, type InvoiceItemRow, type InvoiceRow } from './rows';
import { SEED_GROUPS } from './seed';
import { whmcsDecode } from './text';
import type { ApiHttpRequest, ApiHttpResponse } from './types';

export type { ApiHttpRequest, ApiHttpResponse } from './types';
export type { MarkPaidResult } from './orders/lifecycle';
export type { RedeemedSsoToken } from './actions/sso';
export type { SandboxMail } from './password-reset';
export type { SandboxFaults, SandboxActionFault } from './faults';
export { writeSandboxFaults, clearSandboxFaults, faultsFilePath } from './faults';
export { createSandboxHandler, type SandboxHandler, type SandboxHandlerOptions } from './handler';
export { openSandboxDb } from './db';

const DB_KEY = Symbol.for('hostfront.sandbox.db');
type GlobalWithDb = typeof globalThis & { [DB_KEY]?: Map<string, Db> };

/** The process's one connection to DATA_DIR/sandbox.sqlite, opened (and seeded) on first use. */
function sandboxDb(): Db {
  // Kept on globalThis so dev-mode module reloads reuse the connection instead of leaking one per
  // edit; keyed by file so a changed DATA_DIR gets its own.
  const holder = globalThis as GlobalWithDb;
  const connections = (holder[DB_KEY] ??= new Map());
  const file = path.join(dataDir(), 'sandbox.sqlite');
  let db = connections.get(file);
  if (!db || !db.open) {
    db = openSandboxDb(file);
    connections.set(file, db);
  }
  return db;
}

let handler: SandboxHandler | undefined;

/** The sandbox's api.php, configured from the environment. */
export function handleApiRequest(request: ApiHttpRequest): Promise<ApiHttpResponse> {
  handler ??= createSandboxHandler({
    db: sandboxDb(),
    credentials: { identifier: env().SANDBOX_API_IDENTIFIER, secret: env().SANDBOX_API_SECRET },
    faultsFile: faultsFilePath(dataDir()),
    origin: `http://localhost:${env().PORT}`,
  });
  return handler(request);
}

/**
 * Pays an Unpaid invoice in full (the sandbox's stand-in for a payment gateway): records the
 * transaction, moves the services' next due dates on and accepts the order, as WHMCS does when
 * an order's first invoice is paid.
 */
export function markInvoicePaid(invoiceId: number): MarkPaidResult {
  return markInvoicePaidIn(sandboxDb(), invoiceId, new Date());
}

/** Uses up a CreateSsoToken token (single use, 60 s): who it signs in and where it leads. */
export function redeemSsoToken(token: string): RedeemedSsoToken | null {
  return redeemSsoTokenIn(sandboxDb(), token, new Date());
}

export interface SandboxGroup {
  slug: string;
  name: string;
  headline: string;
  tagline: string;
  order: number;
}

/**
 * The demo catalogue's product groups by slug. The WHMCS API has no group names, so the storefront
 * takes them from its own configuration; on the sandbox it can take them from here.
 */
export function sandboxGroups(): Record<string, SandboxGroup> {
  return Object.fromEntries(
    SEED_GROUPS.map((group) => [
      group.slug,
      { slug: group.slug, name: group.name, headline: group.headline, tagline: group.tagline, order: group.order },
    ]),
  );
}

export interface SandboxInvoice {
  id: number;
  clientId: number;
  status: string;
  date: string;
  dueDate: string;
  /** Cents in the client's currency. */
  total: number;
  currency: { code: string; prefix: string; suffix: string };
  paymentMethod: string;
  /** Descriptions HTML-decoded, amounts in cents. */
  items: { description: string; amount: number }[];
}

/** An invoice for the sandbox's own invoice page; null when there is none with that id. */
export function sandboxInvoice(invoiceId: number): SandboxInvoice | null {
  const db = sandboxDb();
  const invoice = db.prepare('SELECT * FROM invoices WHERE id = ?').get(invoiceId) as InvoiceRow | undefined;
  if (!invoice) return null;
  const client = clientById(db, invoice.userid);
  const currency = client ? clientCurrency(db, client) : undefined;
  const items = db.prepare('SELECT * FROM invoice_items WHERE invoiceid = ? ORDER BY id ASC').all(invoice.id) as InvoiceItemRow[];
  return {
    id: invoice.id,
    clientId: invoice.userid,
    status: invoice.status,
    date: invoice.date,
    dueDate: invoice.duedate,
    total: invoice.total,
    currency: { code: currency?.code ?? '', prefix: currency?.prefix ?? '', suffix: currency?.suffix ?? '' },
    paymentMethod: invoice.paymentmethod,
    items: items.map((item) => ({ description: whmcsDecode(item.description), amount: item.amount })),
  };
}

/** The sandbox's outbox and password reset links (see password-reset.ts). */
export const sandboxMail = () => listMail(sandboxDb());
export const isSandboxResetLinkValid = (token: string) => isResetTokenValid(sandboxDb(), token, new Date());
export const redeemSandboxPasswordReset = (token: string, password: string) => redeemPasswordReset(sandboxDb(), token, password, new Date());
