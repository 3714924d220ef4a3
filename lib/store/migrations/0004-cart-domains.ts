import type { Kysely } from 'kysely';

/**
 * Domain registrations and transfers in carts (beside the products), and the nameservers a
 * customer set for an order's domains. The EPP code is kept only sealed. A domain chosen for a
 * hosting item goes with it: deleting the item deletes the domain.
 */
export const cartDomains = {
  // Migrations see the database as it was then, not as `StoreTables` says it is now.
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('cart_domains')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('cart_id', 'text', (c) => c.notNull().references('cart_carts.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('domain', 'text', (c) => c.notNull())
      .addColumn('display', 'text', (c) => c.notNull())
      .addColumn('tld', 'text', (c) => c.notNull())
      .addColumn('years', 'integer', (c) => c.notNull())
      .addColumn('extras', 'text', (c) => c.notNull())
      .addColumn('sealed_epp_code', 'text')
      .addColumn('fields', 'text', (c) => c.notNull())
      .addColumn('idn_language', 'text')
      .addColumn('hosting_item_id', 'text', (c) => c.references('cart_items.id').onDelete('cascade'))
      .addColumn('added_prices', 'text', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .execute();
    // One line per name in a cart: the database keeps "already in your cart" true under races.
    await db.schema.createIndex('cart_domains_by_cart').unique().on('cart_domains').columns(['cart_id', 'domain']).execute();
    await db.schema.alterTable('cart_carts').addColumn('nameservers', 'text').execute();
  },
};
