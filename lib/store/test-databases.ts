import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, inject } from 'vitest';
import { sql } from 'kysely';
import { migrateStoreDb, openStoreDb, type StoreDb, type StoreDialect, type StoreLocation } from './db';

/**
 * Store tests run twice, once per dialect: against a SQLite file and against the throw-away
 * PostgreSQL of lib/testing/postgres-global-setup.ts. Each test gets an empty, migrated database
 * of its own (on PostgreSQL, a fresh schema), and can open more connections to it: other
 * workers, or other instances.
 */

const DIALECTS: readonly StoreDialect[] = ['sqlite', 'postgres'];

interface TestDatabases {
  /** A new empty database, migrated unless `migrate` is false. */
  open(options?: { migrate?: boolean }): Promise<StoreDb>;
  /**
   * Another connection (another instance) to the database `db` is on. On SQLite, `db` itself:
   * better-sqlite3 blocks its thread while it waits for a lock, so two connections in one process
   * would wait on each other; one connection per process is how the storefront runs it.
   */
  connectAgain(db: StoreDb): StoreDb;
}

export function describeEachDialect(name: string, body: (databases: TestDatabases, dialect: StoreDialect) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${name} (${dialect})`, () => {
      const opened: StoreDb[] = [];
      const locations = new Map<StoreDb, StoreLocation>();
      let folder: string | undefined;
      const connect = (location: StoreLocation) => {
        const db = openStoreDb(location);
        opened.push(db);
        locations.set(db, location);
        return db;
      };
      afterEach(async () => {
        await Promise.all(opened.splice(0).map((db) => db.destroy()));
      });
      afterAll(() => {
        if (folder) fs.rmSync(folder, { recursive: true, force: true });
      });
      body(
        {
          async open({ migrate = true } = {}) {
            const id = randomBytes(8).toString('hex');
            let location: StoreLocation;
            if (dialect === 'sqlite') {
              folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-store-test-'));
              location = { sqliteFile: path.join(folder, `${id}.sqlite`) };
            } else {
              const url = inject('postgresUrl');
              const admin = openStoreDb({ postgresUrl: url });
              await admin.schema.createSchema(`test_${id}`).execute();
              await admin.destroy();
              location = { postgresUrl: url, searchPath: `test_${id}` };
            }
            const db = connect(location);
            if (migrate) await migrateStoreDb(db);
            return db;
          },
          connectAgain(db) {
            if (dialect === 'sqlite') return db;
            const location = locations.get(db);
            if (!location) throw new Error('connectAgain: not a database of this test');
            return connect(location);
          },
        },
        dialect,
      );
    });
  }
}

/**
 * Opens every connection of each pool first, so that the transactions of a race test really run
 * side by side instead of one after another while connections are still being made.
 */
export async function warmUp(databases: readonly StoreDb[]): Promise<void> {
  const unique = [...new Set(databases)];
  await Promise.all(unique.flatMap((db) => Array.from({ length: 10 }, () => sql`SELECT 1`.execute(db))));
}

/** An empty, migrated in-memory SQLite store: for tests of logic that keeps a little state in it. */
export async function memoryStoreDb(): Promise<StoreDb> {
  const db = openStoreDb({ sqliteFile: ':memory:' });
  await migrateStoreDb(db);
  return db;
}
