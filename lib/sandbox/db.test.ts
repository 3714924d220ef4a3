import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSandboxDb } from './db';
import { createTestSandbox } from './testkit';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-sandbox-db-'));
  dirs.push(dir);
  return dir;
}
const count = (db: ReturnType<typeof openSandboxDb>, table: string) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('openSandboxDb', () => {
  it('rebuilds a database made before tax with the tax columns and settings', () => {
    const file = path.join(tempDir(), 'sandbox.sqlite');
    const db = openSandboxDb(file);
    // As a database from before: the columns gone, the tax settings never saved.
    for (const [table, column] of [['products', 'tax'], ['clients', 'taxexempt'], ['invoices', 'taxrate'], ['invoices', 'taxrate2']]) {
      db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
    db.exec('DELETE FROM settings');
    db.prepare("UPDATE meta SET value = 'before-tax' WHERE key = 'schema_version'").run();
    db.close();
    const reopened = openSandboxDb(file);
    const columns = (table: string) => (reopened.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('products')).toContain('tax');
    expect(columns('clients')).toContain('taxexempt');
    expect(columns('invoices')).toEqual(expect.arrayContaining(['taxrate', 'taxrate2']));
    expect(count(reopened, 'settings')).toBeGreaterThan(0);
    reopened.close();
  });

  it('creates the data directory, the schema and the demo data, in WAL mode', () => {
    const file = path.join(tempDir(), 'nested', 'data', 'sandbox.sqlite');
    const db = openSandboxDb(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    expect(count(db, 'products')).toBe(9);
    expect(count(db, 'clients')).toBe(7);
    expect(count(db, 'services')).toBe(4);
    db.close();
  });

  it('keeps state across restarts and never seeds twice', async () => {
    const dir = tempDir();
    const first = createTestSandbox({ dir });
    const placed = await first.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', pid: [1], domain: ['persist.example'] });
    expect(placed.body.result).toBe('success');
    first.close();

    const second = createTestSandbox({ dir });
    expect(count(second.db, 'orders')).toBe(5);
    expect(count(second.db, 'products')).toBe(9);
    const services = await second.call('GetClientsProducts', { clientid: 1, domain: 'persist.example' });
    expect(services.body.totalresults).toBe('1');
    second.close();
  });

  it('lets a second connection (another worker process) share the file without reseeding', () => {
    const file = path.join(tempDir(), 'sandbox.sqlite');
    const a = openSandboxDb(file);
    const b = openSandboxDb(file);
    a.prepare("UPDATE products SET qty = 1 WHERE id = 8").run();
    expect((b.prepare('SELECT qty FROM products WHERE id = 8').get() as { qty: number }).qty).toBe(1);
    expect(count(b, 'users')).toBe(7);
    a.close();
    b.close();
  });

  it('rebuilds a file made by another schema with fresh demo data, once', () => {
    const file = path.join(tempDir(), 'sandbox.sqlite');
    const marker = (db: ReturnType<typeof openSandboxDb>) => db.prepare("SELECT value FROM meta WHERE key = 'marker'").get();
    const old = openSandboxDb(file);
    // An earlier sandbox: a table it did not have yet, something of its own, its own fingerprint.
    old.exec('DROP TABLE domains');
    old.prepare("INSERT INTO meta (key, value) VALUES ('marker', 'old')").run();
    old.prepare("UPDATE meta SET value = 'older' WHERE key = 'schema_version'").run();
    old.close();

    const rebuilt = openSandboxDb(file);
    expect(count(rebuilt, 'domains')).toBeGreaterThan(0);
    expect(count(rebuilt, 'products')).toBe(9);
    expect(marker(rebuilt)).toBeUndefined();
    rebuilt.prepare("INSERT INTO meta (key, value) VALUES ('marker', 'new')").run();
    rebuilt.close();

    // Same schema now: kept as it is.
    const again = openSandboxDb(file);
    expect(marker(again)).toEqual({ value: 'new' });
    again.close();
  });
});
