import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './rows';
import { SCHEMA_SQL } from './schema';
import { seedDemoData } from './seed';

export interface OpenOptions {
  /** The clock the demo data is dated from (tests pin it). */
  now?: () => Date;
}

/**
 * The schema's fingerprint, stored with the demo data: a file made by an older schema (a missing
 * table or column) is told apart without anyone having to remember to bump a number.
 */
const SCHEMA_VERSION = crypto.createHash('sha256').update(SCHEMA_SQL).digest('hex').slice(0, 16);

/**
 * Opens (creating if needed) a sandbox database file: WAL so readers never block the writer,
 * a busy timeout because several Next.js worker processes share the file, and the schema plus
 * demo data created once, in one IMMEDIATE transaction guarded by a meta row so two processes
 * starting together seed exactly once. A file built by another schema is rebuilt (see
 * `dropStaleSchema`).
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
    dropStaleSchema(db);
    db.exec(SCHEMA_SQL);
    const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get();
    if (seeded) return;
    seedDemoData(db, now());
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?), ('seeded_at', ?)").run(SCHEMA_VERSION, now().toISOString());
  }).immediate();
  return db;
}

/**
 * The sandbox holds demo data only, so a file made by an older schema (an earlier Hostfront) is
 * dropped and seeded afresh rather than migrated: otherwise every action touching a new table or
 * column would fail until someone deleted the data folder by hand. Orders placed in the old
 * sandbox are gone; the log says so.
 */
function dropStaleSchema(db: Db): void {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return;
  const stored = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  if (stored?.value === SCHEMA_VERSION) return;
  // Foreign keys are checked at commit, when every table is gone.
  db.pragma('defer_foreign_keys = ON');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  for (const { name } of tables) db.exec(`DROP TABLE "${name.replaceAll('"', '""')}"`);
  console.warn(`sandbox: ${db.name} was built by another version of the sandbox's schema; rebuilt with fresh demo data (what was ordered in it is gone).`);
}
