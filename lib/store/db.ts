import 'server-only';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/config/env';

/**
 * The storefront's own local state (carts, idempotency keys, rate limits), in one SQLite file in
 * DATA_DIR. It is separate from the sandbox database on purpose: the storefront keeps it when it
 * is connected to a real WHMCS.
 *
 * Each feature declares its own tables with `defineTables` (CREATE ... IF NOT EXISTS), so the
 * modules that own the data also own their schema.
 */
export type StoreDb = Database.Database;

let db: StoreDb | undefined;
/** The schemas already run, per connection (not per file name: every `:memory:` database shares one). */
const schemas = new WeakMap<StoreDb, Set<string>>();

export function openStoreDb(file: string): StoreDb {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const opened = new Database(file);
  opened.pragma('journal_mode = WAL');
  // Next.js may run several worker processes on the same file.
  opened.pragma('busy_timeout = 5000');
  opened.pragma('foreign_keys = ON');
  return opened;
}

/** The process-wide connection, opened on first use. */
export function storeDb(): StoreDb {
  db ??= openStoreDb(path.join(dataDir(), 'storefront.sqlite'));
  return db;
}

/** Runs `sql` (CREATE TABLE IF NOT EXISTS ...) once per connection and returns the connection. */
export function defineTables(sql: string, database: StoreDb = storeDb()): StoreDb {
  const done = schemas.get(database) ?? new Set<string>();
  if (!done.has(sql)) {
    database.exec(sql);
    done.add(sql);
    schemas.set(database, done);
  }
  return database;
}
