import 'server-only';
import Database from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  sql,
  SqliteDialect,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type TransactionSettings,
} from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { dataDir, env } from '@/lib/config/env';
import type { StoreDialect } from './dialect';
import { storeMigrations } from './migrations';
import type { StoreTables } from './schema';

/**
 * The storefront's own state (carts, checkout attempts, rate limits, sessions): one data layer,
 * Kysely, over the SQLite file in DATA_DIR (one server, the default) or the PostgreSQL database
 * in DATABASE_URL (several instances sharing it). Stores write their queries once, for both.
 * It is separate from the sandbox database on purpose: the storefront keeps it when it is
 * connected to a real WHMCS.
 */
export type StoreDb = Kysely<StoreTables>;
export type { StoreDialect } from './dialect';

export type StoreLocation = { postgresUrl: string; searchPath?: string } | { sqliteFile: string };

/** What each open database is: its dialect and, on PostgreSQL, the schema it works in when not the default. */
const opened = new WeakMap<StoreDb, { dialect: StoreDialect; schema?: string }>();

/** PostgreSQL answers BIGINT (and COUNT) as text; every such value here is a time or a count that fits a number. */
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `dialect`, with `prepare` run when Kysely first initialises its driver (before any query). */
function preparedFirst(dialect: Dialect, prepare: () => Promise<void>): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => new PreparedDriver(dialect.createDriver(), prepare),
  };
}

class PreparedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly prepare: () => Promise<void>,
  ) {}
  async init() {
    await this.inner.init();
    await this.prepare();
  }
  acquireConnection() {
    return this.inner.acquireConnection();
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(connection);
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(connection);
  }
  destroy() {
    return this.inner.destroy();
  }
}

function sqliteFile(file: string): Database.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const opened = new Database(file);
  opened.pragma('journal_mode = WAL');
  // Next.js may run several worker processes on the same file.
  opened.pragma('busy_timeout = 5000');
  opened.pragma('foreign_keys = ON');
  return opened;
}

/**
 * Opens a connection (a pool, on PostgreSQL). `beforeFirstQuery` runs once before anything is
 * sent (again after it failed); without it, `migrateStoreDb` makes the database usable.
 */
export function openStoreDb(location: StoreLocation, { beforeFirstQuery }: { beforeFirstQuery?: () => Promise<void> } = {}): StoreDb {
  const prepared = (dialect: Dialect) => (beforeFirstQuery ? preparedFirst(dialect, beforeFirstQuery) : dialect);
  if ('sqliteFile' in location) {
    const db = new Kysely<StoreTables>({ dialect: prepared(new SqliteDialect({ database: sqliteFile(location.sqliteFile) })) });
    opened.set(db, { dialect: 'sqlite' });
    return db;
  }
  const pool = new pg.Pool({
    connectionString: location.postgresUrl,
    max: 10,
    types: pgTypes,
    ...(location.searchPath ? { options: `-c search_path=${location.searchPath}` } : {}),
  });
  const db = new Kysely<StoreTables>({ dialect: prepared(new PostgresDialect({ pool })) });
  opened.set(db, { dialect: 'postgres', schema: location.searchPath });
  return db;
}

function dialectOf(db: StoreDb): StoreDialect {
  const facts = opened.get(db);
  if (!facts) throw new Error('Not a store database opened by openStoreDb');
  return facts.dialect;
}

/**
 * Brings the schema up to date. Safe when several instances start at once: on PostgreSQL Kysely
 * holds an advisory lock while it migrates, so the others wait and then find nothing to do. On
 * SQLite a second process can lose the race for the file's write lock: it tries again, and finds
 * the work done.
 */
export async function migrateStoreDb(db: StoreDb): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema: name the one this database uses.
  const migrator = new Migrator({ db, provider: storeMigrations(dialectOf(db)), migrationTableSchema: opened.get(db)?.schema });
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    if (dialectOf(db) === 'postgres' || attempt === 3) throw error;
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
  }
}

let shared: StoreDb | undefined;

/**
 * The process-wide store. Its schema is brought up to date before its first query runs
 * (instrumentation.ts makes that happen at start-up); a database that is down then is tried
 * again by the next query.
 */
export function storeDb(): StoreDb {
  if (!shared) {
    const url = env().DATABASE_URL;
    const location: StoreLocation = url ? { postgresUrl: url } : { sqliteFile: path.join(dataDir(), 'storefront.sqlite') };
    shared = openStoreDb(location, {
      beforeFirstQuery: async () => {
        // A connection of its own: the store's first connection is waiting for this to finish.
        const migrating = openStoreDb(location);
        try {
          await migrateStoreDb(migrating);
        } finally {
          await migrating.destroy();
        }
      },
    });
  }
  return shared;
}

/**
 * Runs `work` in a transaction that holds a lock on each of `names` (say `cart:<id>`) until it
 * ends, so read-then-write logic inside runs one transaction at a time per name, across
 * processes and instances. PostgreSQL: advisory locks, taken in sorted order (no deadlocks).
 * SQLite: BEGIN IMMEDIATE, the file's write lock, which covers every name at once.
 */
export async function lockedTransaction<T>(db: StoreDb, names: readonly string[], work: (tx: Kysely<StoreTables>) => Promise<T>): Promise<T> {
  if (dialectOf(db) === 'postgres') {
    return db.transaction().execute(async (tx) => {
      for (const name of [...new Set(names)].sort()) await sql`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(tx);
      return work(tx);
    });
  }
  return db.connection().execute(async (connection) => {
    await sql`BEGIN IMMEDIATE`.execute(connection);
    try {
      const result = await work(connection);
      await sql`COMMIT`.execute(connection);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(connection);
      throw error;
    }
  });
}
