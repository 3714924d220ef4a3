import type { SessionData } from './data';

/**
 * Ownership, in one place so every page, action and route asks the same question the same way.
 * Pure: callers fetch from WHMCS, these decide. WHMCS's API runs with admin authority, so these
 * checks are all that stands between a customer and another customer's orders, invoices and
 * services.
 */

/** The record (an order, an invoice, a service) belongs to the signed-in client. No session owns nothing. */
export function belongsToSession(session: SessionData | null, record: { clientId: number } | null | undefined): boolean {
  return session !== null && record !== null && record !== undefined && record.clientId === session.clientId;
}

/** Only what belongs to the signed-in client: a defence against an upstream filter that did not filter. */
export function ownedBy<T extends { clientId: number }>(session: SessionData, records: readonly T[]): T[] {
  return records.filter((record) => belongsToSession(session, record));
}
