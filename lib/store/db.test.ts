import { sql } from 'kysely';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateStoreDb, openStoreDb } from './db';
import { describeEachDialect } from './test-databases';

describeEachDialect('the store schema', ({ open, connectAgain }) => {
  it('instances starting at once on one database all migrate it, once', async () => {
    const db = await open({ migrate: false });
    const instances = [db, connectAgain(db), connectAgain(db), connectAgain(db)];
    await Promise.all(instances.map((instance) => migrateStoreDb(instance)));
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
    expect(rows.map((row) => row.name)).toEqual(['0001-initial', '0002-catalogue-snapshots', '0003-cart-item-servers', '0004-cart-domains']);
    expect(await db.selectFrom('cart_carts').selectAll().execute()).toEqual([]);
  });
});

describe('openStoreDb with beforeFirstQuery', () => {
  it('runs it once before the first query, and again after it failed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-store-'));
    const file = path.join(dir, 'storefront.sqlite');
    let calls = 0;
    const db = openStoreDb(
      { sqliteFile: file },
      {
        beforeFirstQuery: async () => {
          calls++;
          if (calls === 1) throw new Error('database not reachable yet');
          const migrating = openStoreDb({ sqliteFile: file });
          await migrateStoreDb(migrating);
          await migrating.destroy();
        },
      },
    );
    try {
      await expect(db.selectFrom('cart_carts').selectAll().execute()).rejects.toThrow('database not reachable yet');
      expect(await db.selectFrom('cart_carts').selectAll().execute()).toEqual([]);
      await db.selectFrom('auth_sessions').selectAll().execute();
      expect(calls).toBe(2);
    } finally {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
