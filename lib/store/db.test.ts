import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { migrateStoreDb } from './db';
import { describeEachDialect } from './test-databases';

describeEachDialect('the store schema', ({ open, connectAgain }) => {
  it('instances starting at once on one database all migrate it, once', async () => {
    const db = await open({ migrate: false });
    const instances = [db, connectAgain(db), connectAgain(db), connectAgain(db)];
    await Promise.all(instances.map((instance) => migrateStoreDb(instance)));
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
    expect(rows.map((row) => row.name)).toEqual(['0001-initial']);
    expect(await db.selectFrom('cart_carts').selectAll().execute()).toEqual([]);
  });
});
