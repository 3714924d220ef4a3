import { z } from 'zod';
import { BILLING_CYCLES, type BillingCycle } from '@/lib/whmcs/types';
import type { Kysely } from 'kysely';
import { lockedTransaction, type StoreDb } from '@/lib/store/db';
import type { StoreTables } from '@/lib/store/schema';
import type { Cart, CartDomain, CartItem } from './types';

/**
 * Carts in the store database (lib/store/db: SQLite or PostgreSQL). A cart is a row naming its promo code;
 * its items are rows in cart order, with their configuration, custom fields and price snapshot as
 * JSON. Carts nobody touched for CART_LIFETIME_DAYS are deleted, like the cookie that names them.
 */

export const CART_LIFETIME_DAYS = 30;
/** Enough for any real order; stops a script from filling the database through one cart. */
export const MAX_CART_ITEMS = 50;

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

const addedPrices = z.record(z.string(), z.object({ dueToday: z.number().int(), recurring: z.number().int().nullable() }));

const storedItem = z.object({
  id: z.string(),
  pid: z.number().int(),
  configuration: json(storedConfiguration),
  domain: z.string().nullable(),
  custom_fields: json(integerKeyed(z.string())),
  added_prices: json(addedPrices),
  added_at: z.string(),
});

const storedCart = z.object({ id: z.string(), promo_code: z.string().nullable(), nameservers: json(z.array(z.string())).nullable() });

const storedDomain = z
  .object({
    id: z.string(),
    type: z.enum(['register', 'transfer']),
    domain: z.string(),
    display: z.string(),
    tld: z.string(),
    years: z.number().int(),
    extras: json(z.object({ dnsmanagement: z.boolean(), emailforwarding: z.boolean(), idprotection: z.boolean() })),
    sealed_epp_code: z.string().nullable(),
    fields: json(z.record(z.string(), z.string())),
    idn_language: z.string().nullable(),
    hosting_item_id: z.string().nullable(),
    added_prices: json(addedPrices),
    added_at: z.string(),
  })
  .transform(
    (row): CartDomain => ({
      id: row.id,
      type: row.type,
      domain: row.domain,
      display: row.display,
      tld: row.tld,
      years: row.years,
      extras: row.extras,
      sealedEppCode: row.sealed_epp_code,
      fields: row.fields,
      idnLanguage: row.idn_language,
      hostingItemId: row.hosting_item_id,
      addedAt: row.added_at,
      addedPrices: row.added_prices,
    }),
  );

/** A server item's details (cart_item_servers): the root password as sealed. */
const storedServer = z
  .object({ hostname: z.string(), ns1_prefix: z.string(), ns2_prefix: z.string(), sealed_root_password: z.string() })
  .transform((row) => ({ hostname: row.hostname, ns1Prefix: row.ns1_prefix, ns2Prefix: row.ns2_prefix, sealedRootPassword: row.sealed_root_password }));

export interface CartStore {
  /** The cart with its items in order; null when there is no such cart (or it expired). */
  load(cartId: string, now: Date): Promise<Cart | null>;
  /**
   * Appends an item (or inserts it right after `afterItemId`), creating the cart when it does
   * not exist (yet, or any more: an order on another instance just emptied it). False when the
   * cart is full.
   */
  addItem(cartId: string, item: CartItem, now: Date, afterItemId?: string): Promise<boolean>;
  /** Replaces an item's contents in place (same id and position). False when it is not in the cart. */
  replaceItem(cartId: string, item: CartItem, now: Date): Promise<boolean>;
  /** Removes an item or a domain line (with the domains bound to that item). */
  removeItem(cartId: string, itemId: string, now: Date): Promise<boolean>;
  /**
   * Appends a domain line, creating the cart when needed. 'full' when the cart is full, 'duplicate'
   * when the cart already holds that name (whatever the type).
   */
  addDomain(cartId: string, domain: CartDomain, now: Date): Promise<'added' | 'full' | 'duplicate'>;
  /** Replaces a domain line's contents in place. False when it is not in the cart. */
  replaceDomain(cartId: string, domain: CartDomain, now: Date): Promise<boolean>;
  /** The nameservers for the order's domains; null for the shop's defaults. */
  setNameservers(cartId: string, nameservers: string[] | null, now: Date): Promise<void>;
  setPromoCode(cartId: string, code: string | null, now: Date): Promise<void>;
  /**
   * Takes an order's items and domain lines out of the cart (all of them when `itemIds` is null); a cart left
   * with nothing in it is deleted, promotion and all.
   */
  removeOrdered(cartId: string, itemIds: readonly string[] | null): Promise<void>;
  /** Deletes carts untouched since `before`. */
  purgeIdle(before: Date): Promise<number>;
}

export function cartStore(db: StoreDb): CartStore {
  const touch = (cartId: string, now: Date, on: Kysely<StoreTables> = db) =>
    on.updateTable('cart_carts').set({ updated_at: now.toISOString() }).where('id', '=', cartId).executeTakeFirst();
  /** Changes to one cart's items run one at a time, on every instance, so positions and counts read inside stay true. */
  const inCart = <T>(cartId: string, work: (tx: Kysely<StoreTables>) => Promise<T>) => lockedTransaction(db, [`cart:${cartId}`], work);
  const cutoff = (now: Date) => new Date(now.getTime() - CART_LIFETIME_DAYS * 86_400_000).toISOString();

  /** An item's server details replace what it had (none when it has none). */
  const writeServer = async (tx: Kysely<StoreTables>, item: CartItem) => {
    await tx.deleteFrom('cart_item_servers').where('item_id', '=', item.id).execute();
    if (!item.server) return;
    const { hostname, ns1Prefix, ns2Prefix, sealedRootPassword } = item.server;
    await tx
      .insertInto('cart_item_servers')
      .values({ item_id: item.id, hostname, ns1_prefix: ns1Prefix, ns2_prefix: ns2Prefix, sealed_root_password: sealedRootPassword })
      .execute();
  };

  /** Creates the cart when it does not exist (yet, or any more), else marks it touched. */
  const ensureCart = (tx: Kysely<StoreTables>, cartId: string, now: Date) => {
    const at = now.toISOString();
    return tx
      .insertInto('cart_carts')
      .values({ id: cartId, promo_code: null, nameservers: null, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ updated_at: at }))
      .execute();
  };
  /** Items and domain lines together: MAX_CART_ITEMS bounds both. */
  const lineCount = async (tx: Kysely<StoreTables>, cartId: string) => {
    const count = (table: 'cart_items' | 'cart_domains') =>
      tx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('cart_id', '=', cartId)
        .executeTakeFirstOrThrow();
    const [items, domains] = await Promise.all([count('cart_items'), count('cart_domains')]);
    return Number(items.n) + Number(domains.n);
  };

  const domainValues = (domain: CartDomain) => ({
    type: domain.type,
    domain: domain.domain,
    display: domain.display,
    tld: domain.tld,
    years: domain.years,
    extras: JSON.stringify(domain.extras),
    sealed_epp_code: domain.sealedEppCode,
    fields: JSON.stringify(domain.fields),
    idn_language: domain.idnLanguage,
    hosting_item_id: domain.hostingItemId,
    added_prices: JSON.stringify(domain.addedPrices),
  });

  const itemValues = (item: CartItem) => ({
    pid: item.pid,
    configuration: JSON.stringify(item.configuration),
    domain: item.domain,
    custom_fields: JSON.stringify(item.customFields),
    added_prices: JSON.stringify(item.addedPrices),
  });

  return {
    async load(cartId, now) {
      const row = await db
        .selectFrom('cart_carts')
        .select(['id', 'promo_code', 'nameservers'])
        .where('id', '=', cartId)
        .where('updated_at', '>=', cutoff(now))
        .executeTakeFirst();
      if (!row) return null;
      const cart = storedCart.parse(row);
      const [rows, serverRows, domainRows] = await Promise.all([
        db.selectFrom('cart_items').selectAll().where('cart_id', '=', cartId).orderBy('position').execute(),
        db
          .selectFrom('cart_item_servers')
          .innerJoin('cart_items', 'cart_items.id', 'cart_item_servers.item_id')
          .select(['cart_item_servers.item_id', 'hostname', 'ns1_prefix', 'ns2_prefix', 'sealed_root_password'])
          .where('cart_items.cart_id', '=', cartId)
          .execute(),
        db.selectFrom('cart_domains').selectAll().where('cart_id', '=', cartId).orderBy('position').execute(),
      ]);
      const servers = new Map(serverRows.map((row) => [row.item_id, storedServer.safeParse(row)]));
      const serverOf = (itemId: string) => {
        const parsed = servers.get(itemId);
        return parsed?.success ? { server: parsed.data } : {};
      };
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
      const domains = domainRows.flatMap((raw): CartDomain[] => {
        const parsed = storedDomain.safeParse(raw);
        if (!parsed.success) {
          console.error(`cart ${cartId}: skipping an unreadable domain row`, parsed.error.message);
          return [];
        }
        return [parsed.data];
      });
      return { id: cart.id, items, domains, promoCode: cart.promo_code, nameservers: cart.nameservers };
    },

    addItem(cartId, item, now, afterItemId) {
      return inCart(cartId, async (tx) => {
        await ensureCart(tx, cartId, now);
        if ((await lineCount(tx, cartId)) >= MAX_CART_ITEMS) return false;
        const { last } = await tx
          .selectFrom('cart_items')
          .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(0)).as('last'))
          .where('cart_id', '=', cartId)
          .executeTakeFirstOrThrow();
        let position = Number(last) + 1;
        if (afterItemId) {
          const after = await tx
            .selectFrom('cart_items')
            .select('position')
            .where('cart_id', '=', cartId)
            .where('id', '=', afterItemId)
            .executeTakeFirst();
          if (after) {
            // Make room right after the original: later items move down one place.
            await tx
              .updateTable('cart_items')
              .set((eb) => ({ position: eb('position', '+', 1) }))
              .where('cart_id', '=', cartId)
              .where('position', '>', after.position)
              .execute();
            position = after.position + 1;
          }
        }
        await tx
          .insertInto('cart_items')
          .values({ ...itemValues(item), id: item.id, added_at: item.addedAt, cart_id: cartId, position })
          .execute();
        await writeServer(tx, item);
        return true;
      });
    },

    replaceItem(cartId, item, now) {
      return inCart(cartId, async (tx) => {
        const result = await tx
          .updateTable('cart_items')
          .set(itemValues(item))
          .where('id', '=', item.id)
          .where('cart_id', '=', cartId)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        await writeServer(tx, item);
        await touch(cartId, now, tx);
        return true;
      });
    },

    async removeItem(cartId, itemId, now) {
      // Bound domain lines go with their item (ON DELETE CASCADE).
      const [item, domain] = await Promise.all([
        db.deleteFrom('cart_items').where('id', '=', itemId).where('cart_id', '=', cartId).executeTakeFirst(),
        db.deleteFrom('cart_domains').where('id', '=', itemId).where('cart_id', '=', cartId).executeTakeFirst(),
      ]);
      const changed = item.numDeletedRows + domain.numDeletedRows > 0n;
      if (changed) await touch(cartId, now);
      return changed;
    },

    addDomain(cartId, domain, now) {
      return inCart(cartId, async (tx) => {
        await ensureCart(tx, cartId, now);
        if ((await lineCount(tx, cartId)) >= MAX_CART_ITEMS) return 'full';
        const taken = await tx
          .selectFrom('cart_domains')
          .select('id')
          .where('cart_id', '=', cartId)
          .where('domain', '=', domain.domain)
          .executeTakeFirst();
        if (taken) return 'duplicate';
        const { last } = await tx
          .selectFrom('cart_domains')
          .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(0)).as('last'))
          .where('cart_id', '=', cartId)
          .executeTakeFirstOrThrow();
        await tx
          .insertInto('cart_domains')
          .values({ ...domainValues(domain), id: domain.id, cart_id: cartId, position: Number(last) + 1, added_at: domain.addedAt })
          .execute();
        return 'added';
      });
    },

    replaceDomain(cartId, domain, now) {
      return inCart(cartId, async (tx) => {
        const result = await tx
          .updateTable('cart_domains')
          .set(domainValues(domain))
          .where('id', '=', domain.id)
          .where('cart_id', '=', cartId)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
        await touch(cartId, now, tx);
        return true;
      });
    },

    async setNameservers(cartId, nameservers, now) {
      await db
        .updateTable('cart_carts')
        .set({ nameservers: nameservers && JSON.stringify(nameservers), updated_at: now.toISOString() })
        .where('id', '=', cartId)
        .execute();
    },

    async setPromoCode(cartId, code, now) {
      await db.updateTable('cart_carts').set({ promo_code: code, updated_at: now.toISOString() }).where('id', '=', cartId).execute();
    },

    removeOrdered(cartId, itemIds) {
      return inCart(cartId, async (tx) => {
        if (itemIds && itemIds.length > 0) {
          await tx.deleteFrom('cart_items').where('cart_id', '=', cartId).where('id', 'in', itemIds).execute();
          await tx.deleteFrom('cart_domains').where('cart_id', '=', cartId).where('id', 'in', itemIds).execute();
        }
        if (itemIds === null || (await lineCount(tx, cartId)) === 0) await tx.deleteFrom('cart_carts').where('id', '=', cartId).execute();
      });
    },

    async purgeIdle(before) {
      const result = await db.deleteFrom('cart_carts').where('updated_at', '<', before.toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
