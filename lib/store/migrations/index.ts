import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../dialect';
import { initial } from './0001-initial';
import { catalogueSnapshots } from './0002-catalogue-snapshots';
import { cartItemServers } from './0003-cart-item-servers';
import { cartDomains } from './0004-cart-domains';

/**
 * Every schema change, in order, in code (so the build carries them). A name is never reused or
 * edited once released: the database records which names it ran. Add a change as a new file,
 * and keep it additive (new tables, new nullable columns): during a rolling deploy the previous
 * version keeps running on the new schema.
 */
export function storeMigrations(dialect: StoreDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initial(dialect),
    '0002-catalogue-snapshots': catalogueSnapshots,
    '0003-cart-item-servers': cartItemServers,
    '0004-cart-domains': cartDomains,
  };
  return { getMigrations: async () => migrations };
}
