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
    const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get();
    if (seeded) return;
    seedDemoData(db, now());
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?), ('seeded_at', ?)").run(SCHEMA_VERSION, now().toISOString());
  }).immediate();
  return db;
}
