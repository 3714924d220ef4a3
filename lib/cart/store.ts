import { z } from 'zod';
import { BILLING_CYCLES, type BillingCycle } from '@/lib/whmcs/types';
import { defineTables, type StoreDb } from '@/lib/store/db';
import type { Cart, CartItem } from './types';

/**
 * Carts in the storefront's SQLite file (lib/store/db). A cart is a row naming its promo code;
 * its items are rows in cart order, with their configuration, custom fields and price snapshot as
 * JSON. Carts nobody touched for CART_LIFETIME_DAYS are deleted, like the cookie that names them.
 */

export const CART_LIFETIME_DAYS = 30;
/** Enough for any real order; stops a script from filling the database through one cart. */
export const MAX_CART_ITEMS = 50;

const CART_TABLES = `
CREATE TABLE IF NOT EXISTS cart_carts (
  id TEXT PRIMARY KEY,
  promo_code TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cart_carts_by_update ON cart_carts (updated_at);
CREATE TABLE IF NOT EXISTS cart_items (
  id TEXT PRIMARY KEY,
  cart_id TEXT NOT NULL REFERENCES cart_carts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  pid INTEGER NOT NULL,
  configuration TEXT NOT NULL,
  domain TEXT,
  custom_fields TEXT NOT NULL,
  added_prices TEXT NOT NULL,
  added_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cart_items_by_cart ON cart_items (cart_id, position);
CREATE TABLE IF NOT EXISTS cart_item_servers (
  item_id TEXT PRIMARY KEY REFERENCES cart_items(id) ON DELETE CASCADE,
  hostname TEXT NOT NULL,
  ns1_prefix TEXT NOT NULL,
  ns2_prefix TEXT NOT NULL,
  sealed_root_password TEXT NOT NULL
);
`;

const integerKeyed = <T extends z.ZodType>(value: T) =>
  z.record(z.string().regex(/^\d+$/), value).transform((record) => {
    const out: Record<number, z.output<T>> = {};
    for (const [key, v] of Object.entries(record)) out[Number(key)] = v;
    return out;
  });

const storedConfiguration = z.object({
  cycle: z.enum(BILLING_CYCLES as [BillingCycle, ...BillingCycle[]]),
  options: integerKeyed(z.number().int()),
  quantity: z.number().int(),
  addons: integerKeyed(z.number().int()).optional(),
});

/** A JSON text column, parsed and then checked against `schema`. */
const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

const storedItem = z.object({
  id: z.string(),
  pid: z.number().int(),
  configuration: json(storedConfiguration),
  domain: z.string().nullable(),
  custom_fields: json(integerKeyed(z.string())),
  added_prices: json(z.record(z.string(), z.object({ dueToday: z.number().int(), recurring: z.number().int().nullable() }))),
  added_at: z.string(),
});

const storedCart = z.object({ id: z.string(), promo_code: z.string().nullable() });

/** A server item's details (cart_item_servers): the root password as sealed. */
const storedServer = z
  .object({ hostname: z.string(), ns1_prefix: z.string(), ns2_prefix: z.string(), sealed_root_password: z.string() })
  .transform((row) => ({ hostname: row.hostname, ns1Prefix: row.ns1_prefix, ns2Prefix: row.ns2_prefix, sealedRootPassword: row.sealed_root_password }));

export interface CartStore {
  /** The cart with its items in order; null when there is no such cart (or it expired). */
  load(cartId: string, now: Date): Cart | null;
  /** Creates the cart when it does not exist yet; marks it used either way. */
  ensure(cartId: string, now: Date): void;
  /** Appends an item (or inserts it right after `afterItemId`). False when the cart is full. */
  addItem(cartId: string, item: CartItem, now: Date, afterItemId?: string): boolean;
  /** Replaces an item's contents in place (same id and position). False when it is not in the cart. */
  replaceItem(cartId: string, item: CartItem, now: Date): boolean;
  removeItem(cartId: string, itemId: string, now: Date): boolean;
  setPromoCode(cartId: string, code: string | null, now: Date): void;
  /**
   * Takes an order's items out of the cart (all of them when `itemIds` is null); a cart left
   * with nothing in it is deleted, promotion and all.
   */
  removeOrdered(cartId: string, itemIds: readonly string[] | null): void;
  /** Deletes carts untouched since `before`. */
  purgeIdle(before: Date): number;
}

export function cartStore(db: StoreDb): CartStore {
  defineTables(CART_TABLES, db);
  const touch = db.prepare('UPDATE cart_carts SET updated_at = ? WHERE id = ?');
  const cutoff = (now: Date) => new Date(now.getTime() - CART_LIFETIME_DAYS * 86_400_000).toISOString();

  /** An item's server details replace what it had (none when it has none). */
  const writeServer = (item: CartItem) => {
    db.prepare('DELETE FROM cart_item_servers WHERE item_id = ?').run(item.id);
    if (!item.server) return;
    db.prepare(
      `INSERT INTO cart_item_servers (item_id, hostname, ns1_prefix, ns2_prefix, sealed_root_password)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(item.id, item.server.hostname, item.server.ns1Prefix, item.server.ns2Prefix, item.server.sealedRootPassword);
  };
  const serverOf = (itemId: string) => {
    const row = db.prepare('SELECT * FROM cart_item_servers WHERE item_id = ?').get(itemId);
    const parsed = row ? storedServer.safeParse(row) : null;
    return parsed?.success ? { server: parsed.data } : {};
  };

  const itemValues = (item: CartItem) => ({
    id: item.id,
    pid: item.pid,
    configuration: JSON.stringify(item.configuration),
    domain: item.domain,
    custom_fields: JSON.stringify(item.customFields),
    added_prices: JSON.stringify(item.addedPrices),
    added_at: item.addedAt,
  });

  return {
    load(cartId, now) {
      const row = db.prepare('SELECT id, promo_code FROM cart_carts WHERE id = ? AND updated_at >= ?').get(cartId, cutoff(now));
      if (!row) return null;
      const cart = storedCart.parse(row);
      const rows = db.prepare('SELECT * FROM cart_items WHERE cart_id = ? ORDER BY position').all(cartId);
      const items = rows.flatMap((raw): CartItem[] => {
        const parsed = storedItem.safeParse(raw);
        // Only a hand-edited database gets here; one unreadable row must not lose the whole cart.
        if (!parsed.success) {
          console.error(`cart ${cartId}: skipping an unreadable item row`, parsed.error.message);
          return [];
        }
        const { id, pid, configuration, domain, custom_fields, added_prices, added_at } = parsed.data;
        return [{ id, pid, configuration, domain, customFields: custom_fields, addedAt: added_at, addedPrices: added_prices, ...serverOf(id) }];
      });
      return { id: cart.id, items, promoCode: cart.promo_code };
    },

    ensure(cartId, now) {
      db.prepare(
        `INSERT INTO cart_carts (id, promo_code, created_at, updated_at) VALUES (?, NULL, ?, ?)
         ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at`,
      ).run(cartId, now.toISOString(), now.toISOString());
    },

    addItem(cartId, item, now, afterItemId) {
      return db
        .transaction(() => {
          const { count, last } = db
            .prepare('SELECT COUNT(*) AS count, COALESCE(MAX(position), 0) AS last FROM cart_items WHERE cart_id = ?')
            .get(cartId) as { count: number; last: number };
          if (count >= MAX_CART_ITEMS) return false;
          let position = last + 1;
          if (afterItemId) {
            const after = db.prepare('SELECT position FROM cart_items WHERE cart_id = ? AND id = ?').get(cartId, afterItemId) as
              | { position: number }
              | undefined;
            if (after) {
              // Make room right after the original: later items move down one place.
              db.prepare('UPDATE cart_items SET position = position + 1 WHERE cart_id = ? AND position > ?').run(cartId, after.position);
              position = after.position + 1;
            }
          }
          db.prepare(
            `INSERT INTO cart_items (id, cart_id, position, pid, configuration, domain, custom_fields, added_prices, added_at)
             VALUES (@id, @cart_id, @position, @pid, @configuration, @domain, @custom_fields, @added_prices, @added_at)`,
          ).run({ ...itemValues(item), cart_id: cartId, position });
          writeServer(item);
          touch.run(now.toISOString(), cartId);
          return true;
        })
        .immediate();
    },

    replaceItem(cartId, item, now) {
      const values = itemValues(item);
      return db
        .transaction(() => {
          const result = db
            .prepare(
              `UPDATE cart_items SET pid = @pid, configuration = @configuration, domain = @domain,
                 custom_fields = @custom_fields, added_prices = @added_prices
               WHERE id = @id AND cart_id = @cart_id`,
            )
            .run({ ...values, cart_id: cartId });
          if (result.changes === 0) return false;
          writeServer(item);
          touch.run(now.toISOString(), cartId);
          return true;
        })
        .immediate();
    },

    removeItem(cartId, itemId, now) {
      const result = db.prepare('DELETE FROM cart_items WHERE id = ? AND cart_id = ?').run(itemId, cartId);
      if (result.changes > 0) touch.run(now.toISOString(), cartId);
      return result.changes > 0;
    },

    setPromoCode(cartId, code, now) {
      db.prepare('UPDATE cart_carts SET promo_code = ?, updated_at = ? WHERE id = ?').run(code, now.toISOString(), cartId);
    },

    removeOrdered(cartId, itemIds) {
      db.transaction(() => {
        const remove = db.prepare('DELETE FROM cart_items WHERE cart_id = ? AND id = ?');
        for (const itemId of itemIds ?? []) remove.run(cartId, itemId);
        const { left } = db.prepare('SELECT COUNT(*) AS left FROM cart_items WHERE cart_id = ?').get(cartId) as { left: number };
        if (itemIds === null || left === 0) db.prepare('DELETE FROM cart_carts WHERE id = ?').run(cartId);
      }).immediate();
    },

    purgeIdle(before) {
      return db.prepare('DELETE FROM cart_carts WHERE updated_at < ?').run(before.toISOString()).changes;
    },
  };
}
