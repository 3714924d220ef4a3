import type { Kysely } from 'kysely';

/**
 * A server item's details (hostname, nameserver prefixes, the root password sealed with
 * SESSION_SECRET: never in clear), kept beside its cart item and deleted with it.
 */
export const cartItemServers = {
  // Migrations see the database as it was then, not as `StoreTables` says it is now.
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('cart_item_servers')
      .addColumn('item_id', 'text', (c) => c.primaryKey().references('cart_items.id').onDelete('cascade'))
      .addColumn('hostname', 'text', (c) => c.notNull())
      .addColumn('ns1_prefix', 'text', (c) => c.notNull())
      .addColumn('ns2_prefix', 'text', (c) => c.notNull())
      .addColumn('sealed_root_password', 'text', (c) => c.notNull())
      .execute();
  },
};
