import 'server-only';
import { allClientServices } from '@/lib/account/services';
import { getCatalogue, type Catalogue } from '@/lib/catalogue';
import { belongsToSession } from '@/lib/session/ownership';
import type { SessionData } from '@/lib/session/data';
import { getOrders } from '@/lib/whmcs';
import type { Order } from '@/lib/whmcs/types';
import { customerFieldsIn, orderedItems, type OrderedItem } from './ordered-items';

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

async function catalogueOrNull(): Promise<Catalogue | null> {
  try {
    return await getCatalogue();
  } catch {
    // Without the catalogue the receipt still lists products, quantities and options.
    return null;
  }
}

/** What the client's order holds, line by line as the cart showed it (see ./ordered-items). */
export async function getOrderedItems(session: SessionData, order: Order): Promise<OrderedItem[]> {
  const [services, catalogue] = await Promise.all([allClientServices(session), catalogueOrNull()]);
  return orderedItems(
    order,
    services.filter((service) => service.orderId === order.id),
    customerFieldsIn(catalogue),
  );
}
