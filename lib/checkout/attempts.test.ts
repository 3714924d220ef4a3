import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateStoreDb, openStoreDb } from '@/lib/store/db';
import { describeEachDialect, warmUp } from '@/lib/store/test-databases';
import { canMove, checkoutTiming, MOVES, OPEN_STATES, standingOf, type Attempt, type AttemptState, type MoveName, type NewAttempt } from './attempts';
import { createAttemptStore } from './attempt-store';

const STATES: AttemptState[] = ['pending', 'placed', 'failed', 'unknown'];

describe('the attempt state machine', () => {
  it('allows exactly the documented moves', () => {
    const allowed = (Object.keys(MOVES) as MoveName[]).flatMap((move) => STATES.filter((from) => canMove(from, move)).map((from) => `${from}-${move}->${MOVES[move].to}`));
    expect(allowed.sort()).toEqual(
      [
        'pending-send->pending',
        'pending-place->placed',
        'unknown-place->placed',
        'pending-fail->failed',
        'unknown-fail->failed',
        'pending-lose->unknown',
        'failed-retry->pending',
      ].sort(),
    );
  });
  it('placed is final, and open means "may still end placed"', () => {
    expect(STATES.filter((state) => (Object.keys(MOVES) as MoveName[]).some((move) => canMove(state, move))).sort()).toEqual(['failed', 'pending', 'unknown']);
    expect([...OPEN_STATES].sort()).toEqual(['pending', 'unknown']);
  });
});

function attempt(fields: Partial<Attempt>): Attempt {
  return {
    key: 'k'.repeat(22),
    clientId: 1,
    fingerprint: 'fp',
    contentFingerprint: 'content',
    cartId: 'cart',
    itemIds: ['item-1'],
    state: 'pending',
    orderId: null,
    invoiceId: null,
    failure: null,
    baselineOrderId: null,
    expectedProducts: [],
    startedAt: 0,
    updatedAt: 0,
    tries: 1,
    ...fields,
  };
}

describe('what a submission meets when its key has an attempt', () => {
  const timing = { staleAfterMs: 1000 };

  it('a placed key answers with its order', () => {
    expect(standingOf(attempt({ state: 'placed', orderId: 5 }), 1, 10, timing)).toBe('placed');
  });
  it('never lets another client use a key, whatever its state', () => {
    for (const state of STATES) expect(standingOf(attempt({ state }), 2, 10, timing)).toBe('foreign');
  });
  it('waits for a fresh pending attempt and checks a stale one', () => {
    expect(standingOf(attempt({ state: 'pending', updatedAt: 0 }), 1, 1000, timing)).toBe('in-progress');
    expect(standingOf(attempt({ state: 'pending', updatedAt: 0 }), 1, 1001, timing)).toBe('check');
  });
  it('checks an unknown attempt before anything else, and may send a failed one again', () => {
    expect(standingOf(attempt({ state: 'unknown' }), 1, 10, timing)).toBe('check');
    expect(standingOf(attempt({ state: 'failed' }), 1, 10, timing)).toBe('free');
  });
  it('derives its waits from the WHMCS timeout', () => {
    expect(checkoutTiming(4000)).toEqual({ staleAfterMs: 21_000, settleMs: 60_000, waitForOtherMs: 7_000, pollMs: 250 });
  });
});

describeEachDialect('the attempt store', ({ open, connectAgain }) => {
  const fresh: NewAttempt = {
    key: 'a'.repeat(22),
    clientId: 1,
    fingerprint: 'fp',
    contentFingerprint: 'content',
    cartId: 'cart',
    itemIds: ['item-1', 'item-2'],
    expectedProducts: ['Starter'],
  };
  const newStore = async () => createAttemptStore(await open());

  it('records an attempt once: a second claim with the key gets the stored one', async () => {
    const store = await newStore();
    const first = await store.claim(fresh, 100);
    expect(first).toMatchObject({ created: true, attempt: { state: 'pending', startedAt: 100, expectedProducts: ['Starter'], itemIds: ['item-1', 'item-2'], tries: 1 } });
    const second = await store.claim({ ...fresh, fingerprint: 'other' }, 200);
    expect(second).toMatchObject({ created: false, attempt: { fingerprint: 'fp', startedAt: 100 } });
  });

  it('of stores on two instances claiming one key at once, exactly one wins', async () => {
    const db = await open();
    const connections = [db, connectAgain(db)];
    await warmUp(connections);
    const [a, b] = connections.map(createAttemptStore);
    const results = await Promise.all([a!.claim(fresh, 1), b!.claim(fresh, 1), a!.claim(fresh, 2), b!.claim(fresh, 2)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('of two instances making the same move at once, exactly one succeeds', async () => {
    const db = await open();
    const connections = [db, connectAgain(db)];
    await warmUp(connections);
    const [a, b] = connections.map(createAttemptStore);
    await a!.claim(fresh, 1);
    const moves = await Promise.all([
      a!.move(fresh.key, 'place', { orderId: 12, invoiceId: null }, 2),
      b!.move(fresh.key, 'place', { orderId: 13, invoiceId: null }, 2),
      a!.move(fresh.key, 'fail', { failure: 'x' }, 2),
      b!.move(fresh.key, 'lose', {}, 2),
    ]);
    expect(moves.filter((moved) => moved !== null)).toHaveLength(1);
  });

  it('makes every move of MOVES from its sources only, and each only once', async () => {
    const store = await newStore();
    await store.claim(fresh, 1);
    expect(await store.move(fresh.key, 'lose', {}, 2)).toMatchObject({ state: 'unknown', updatedAt: 2 });
    expect(await store.move(fresh.key, 'lose', {}, 3)).toBeNull();
    expect(await store.move(fresh.key, 'retry', fresh, 3)).toBeNull();
    expect(await store.move(fresh.key, 'send', { baselineOrderId: 9 }, 3)).toBeNull();
    expect(await store.move(fresh.key, 'place', { orderId: 12, invoiceId: 30 }, 4)).toMatchObject({ state: 'placed', orderId: 12, invoiceId: 30 });
    expect(await store.move(fresh.key, 'fail', { failure: 'x' }, 5)).toBeNull();
    expect(await store.get(fresh.key)).toMatchObject({ state: 'placed', orderId: 12, failure: null });
  });

  it('sends again after a failure with what is sent now, once', async () => {
    const store = await newStore();
    await store.claim(fresh, 1);
    await store.move(fresh.key, 'send', { baselineOrderId: 40 }, 2);
    await store.move(fresh.key, 'fail', { failure: 'Out of Stock' }, 3);
    expect(await store.get(fresh.key)).toMatchObject({ state: 'failed', failure: 'Out of Stock' });
    const again = { fingerprint: 'new-payment', contentFingerprint: 'new-prices', itemIds: ['item-1'], expectedProducts: ['Starter'] };
    expect(await store.move(fresh.key, 'retry', again, 5)).toMatchObject({
      state: 'pending',
      tries: 2,
      failure: null,
      baselineOrderId: null,
      fingerprint: 'new-payment',
      contentFingerprint: 'new-prices',
      itemIds: ['item-1'],
      startedAt: 5,
    });
    expect(await store.move(fresh.key, 'retry', again, 6)).toBeNull();
  });

  it('stores the baseline only while pending', async () => {
    const store = await newStore();
    await store.claim(fresh, 1);
    expect(await store.move(fresh.key, 'send', { baselineOrderId: 40 }, 7)).toMatchObject({ baselineOrderId: 40, startedAt: 7, updatedAt: 7 });
    await store.move(fresh.key, 'lose', {}, 8);
    expect(await store.move(fresh.key, 'send', { baselineOrderId: 41 }, 9)).toBeNull();
    expect(await store.get(fresh.key)).toMatchObject({ baselineOrderId: 40 });
  });

  it('keeps times in milliseconds since the epoch intact (beyond 32 bits)', async () => {
    const store = await newStore();
    const now = Date.UTC(2030, 0, 1);
    await store.claim(fresh, now);
    expect(await store.get(fresh.key)).toMatchObject({ startedAt: now, updatedAt: now });
  });

  it('knows which orders other attempts already account for, and the open attempt of a client', async () => {
    const store = await newStore();
    await store.claim(fresh, 1);
    await store.move(fresh.key, 'place', { orderId: 12, invoiceId: null }, 2);
    const second = { ...fresh, key: 'b'.repeat(22) };
    await store.claim(second, 3);
    await store.move(second.key, 'lose', {}, 4);
    expect([...(await store.claimedOrderIds(1, second.key))]).toEqual([12]);
    expect((await store.claimedOrderIds(1, fresh.key)).size).toBe(0);
    expect((await store.openAttempt(1, 0))?.key).toBe(second.key);
    expect(await store.openAttempt(1, 5)).toBeUndefined();
    expect(await store.openAttempt(2, 0)).toBeUndefined();
  });
});

describe('a store file from before migrations', () => {
  it('keeps its attempts, and reads those stored before they named their items as "the whole cart"', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-old-store-'));
    const file = path.join(dir, 'storefront.sqlite');
    const old = new Database(file);
    old.exec(`CREATE TABLE checkout_attempts (
      key TEXT PRIMARY KEY, client_id INTEGER NOT NULL, fingerprint TEXT NOT NULL, content_fingerprint TEXT NOT NULL,
      cart_id TEXT NOT NULL, state TEXT NOT NULL, order_id INTEGER, invoice_id INTEGER, failure TEXT,
      baseline_order_id INTEGER, expected_products TEXT NOT NULL, started_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL, tries INTEGER NOT NULL DEFAULT 1)`);
    old.exec(`INSERT INTO checkout_attempts (key, client_id, fingerprint, content_fingerprint, cart_id, state, expected_products, started_at, updated_at)
             VALUES ('old-key-0123456789', 1, 'fp', 'content', 'cart', 'unknown', '["Starter"]', 1, 1)`);
    old.close();
    const db = openStoreDb({ sqliteFile: file });
    try {
      await migrateStoreDb(db);
      const store = createAttemptStore(db);
      expect(await store.get('old-key-0123456789')).toMatchObject({ state: 'unknown', itemIds: null, expectedProducts: ['Starter'] });
      const fresh: NewAttempt = { key: 'a'.repeat(22), clientId: 1, fingerprint: 'fp', contentFingerprint: 'c', cartId: 'cart', itemIds: ['item-1'], expectedProducts: [] };
      expect((await store.claim(fresh, 2)).attempt.itemIds).toEqual(['item-1']);
    } finally {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
