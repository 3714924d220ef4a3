import 'server-only';
import { belongsToSession } from '@/lib/session/ownership';
import type { SessionData } from '@/lib/session/data';
import { getOrders } from '@/lib/whmcs';
import type { Order } from '@/lib/whmcs/types';

/**
 * Orders as the signed-in customer may see them: only their own client's. "Not yours" and "does
 * not exist" look the same (null), so ids cannot be probed.
 */
export async function getOwnOrder(session: SessionData | null, orderId: number): Promise<Order | null> {
  if (!session) return null;
  const { orders } = await getOrders({ id: orderId, limitNum: 1 });
  const order = orders.find((candidate) => candidate.id === orderId);
  return order && belongsToSession(session, order) ? order : null;
}

/** The client's order an invoice was raised for (searching their newest 100 orders), or null. */
export async function findOwnOrderByInvoice(session: SessionData, invoiceId: number): Promise<Order | null> {
  const { orders } = await getOrders({ clientId: session.clientId, limitStart: 0, limitNum: 100 });
  return orders.find((order) => order.invoiceId === invoiceId && belongsToSession(session, order)) ?? null;
}
