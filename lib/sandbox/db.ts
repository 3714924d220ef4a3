import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './rows';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema';
import { seedDemoData } from './seed';

export interface OpenOptions {
  /** The clock the demo data is dated from (tests pin it). */
  now?: () => Date;
}

/**
 * Columns added to tables after databases were made with them (`CREATE TABLE IF NOT EXISTS`
 * leaves an existing table as it is): an older DATA_DIR keeps working, without tax (its settings
 * table is empty: tax off).
 */
const ADDED_COLUMNS: readonly (readonly [table: string, column: string, definition: string])[] = [
  ['products', 'tax', 'INTEGER NOT NULL DEFAULT 0'],
  ['clients', 'taxexempt', 'INTEGER NOT NULL DEFAULT 0'],
  ['invoices', 'taxrate', "TEXT NOT NULL DEFAULT '0.000'"],
  ['invoices', 'taxrate2', "TEXT NOT NULL DEFAULT '0.000'"],
];

function addMissingColumns(db: Db): void {
  for (const [table, column, definition] of ADDED_COLUMNS) {
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!columns.some((existing) => existing.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
  }
}

/**
 * Opens (creating if needed) a sandbox database file: WAL so readers never block the writer,
 * a busy timeout because several Next.js worker processes share the file, and the schema plus
 * demo data created once, in one IMMEDIATE transaction guarded by a meta row so two processes
 * starting together seed exactly once.
 */
export function openSandboxDb(file: string, options: OpenOptions = {}): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  const now = options.now ?? (() => new Date());
  db.transaction(() => {
    db.exec(SCHEMA_SQL);
    addMissingColumns(db);
    const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get();
    if (seeded) return;
    seedDemoData(db, now());
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?), ('seeded_at', ?)").run(SCHEMA_VERSION, now().toISOString());
  }).immediate();
  return db;
}
