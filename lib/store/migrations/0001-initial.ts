import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../dialect';

/**
 * The tables the storefront kept before migrations existed. IF NOT EXISTS throughout: a SQLite
 * file from those versions already has them and keeps its data.
 */
export function initial(dialect: StoreDialect) {
  return {
    // Migrations see the database as it was then, not as `StoreTables` says it is now.
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('cart_carts')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('promo_code', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('cart_carts_by_update').ifNotExists().on('cart_carts').column('updated_at').execute();
      await db.schema
        .createTable('cart_items')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('cart_id', 'text', (c) => c.notNull().references('cart_carts.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('pid', 'integer', (c) => c.notNull())
        .addColumn('configuration', 'text', (c) => c.notNull())
        .addColumn('domain', 'text')
        .addColumn('custom_fields', 'text', (c) => c.notNull())
        .addColumn('added_prices', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('cart_items_by_cart').ifNotExists().on('cart_items').columns(['cart_id', 'position']).execute();

      await db.schema
        .createTable('checkout_attempts')
        .ifNotExists()
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('client_id', 'integer', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('content_fingerprint', 'text', (c) => c.notNull())
        .addColumn('cart_id', 'text', (c) => c.notNull())
        .addColumn('item_ids', 'text')
        .addColumn('state', 'text', (c) => c.notNull().check(sql`state IN ('pending', 'placed', 'failed', 'unknown')`))
        .addColumn('order_id', 'integer')
        .addColumn('invoice_id', 'integer')
        .addColumn('failure', 'text')
        .addColumn('baseline_order_id', 'integer')
        .addColumn('expected_products', 'text', (c) => c.notNull())
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('tries', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      // Files from before attempts named their items: those rows mean "the whole cart" (null).
      const attempts = (await db.introspection.getTables()).find((table) => table.name === 'checkout_attempts');
      if (attempts && !attempts.columns.some((column) => column.name === 'item_ids')) {
        await db.schema.alterTable('checkout_attempts').addColumn('item_ids', 'text').execute();
      }
      await db.schema
        .createIndex('checkout_attempts_client')
        .ifNotExists()
        .on('checkout_attempts')
        .columns(['client_id', 'order_id'])
        .execute();

      await db.schema
        .createTable('auth_attempts')
        .ifNotExists()
        .addColumn('id', dialect === 'postgres' ? 'bigint' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('auth_attempts_key_at').ifNotExists().on('auth_attempts').columns(['key', 'at']).execute();
      await db.schema
        .createTable('auth_known_sign_ins')
        .ifNotExists()
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('last_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('auth_sessions')
        .ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('auth_sessions_expires_at').ifNotExists().on('auth_sessions').column('expires_at').execute();
    },
  };
}
