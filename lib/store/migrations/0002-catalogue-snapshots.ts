import type { Kysely } from 'kysely';

/** The last good catalogue per WHMCS, shared by every instance on the database (lib/catalogue/shared-snapshot.ts). */
export const catalogueSnapshots = {
  // Migrations see the database as it was then, not as `StoreTables` says it is now.
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('catalogue_snapshots')
      .addColumn('source', 'text', (c) => c.primaryKey())
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('fetched_at', 'text', (c) => c.notNull())
      .execute();
  },
};
