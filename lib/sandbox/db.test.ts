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
  it('adds the tax columns to a database made before them', () => {
    const file = path.join(tempDir(), 'sandbox.sqlite');
    const db = openSandboxDb(file);
    // As a database from before: the columns gone, the tax settings never saved.
    for (const [table, column] of [['products', 'tax'], ['clients', 'taxexempt'], ['invoices', 'taxrate'], ['invoices', 'taxrate2']]) {
      db.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
    db.exec('DELETE FROM settings');
    db.close();
    const reopened = openSandboxDb(file);
    const columns = (table: string) => (reopened.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    expect(columns('products')).toContain('tax');
    expect(columns('clients')).toContain('taxexempt');
    expect(columns('invoices')).toEqual(expect.arrayContaining(['taxrate', 'taxrate2']));
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
});
