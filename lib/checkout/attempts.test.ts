import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
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

describe('the attempt store', () => {
  const fresh: NewAttempt = {
    key: 'a'.repeat(22),
    clientId: 1,
    fingerprint: 'fp',
    contentFingerprint: 'content',
    cartId: 'cart',
    itemIds: ['item-1', 'item-2'],
    expectedProducts: ['Starter'],
  };

  it('records an attempt once: a second claim with the key gets the stored one', () => {
    const store = createAttemptStore(new Database(':memory:'));
    const first = store.claim(fresh, 100);
    expect(first).toMatchObject({ created: true, attempt: { state: 'pending', startedAt: 100, expectedProducts: ['Starter'], itemIds: ['item-1', 'item-2'], tries: 1 } });
    const second = store.claim({ ...fresh, fingerprint: 'other' }, 200);
    expect(second).toMatchObject({ created: false, attempt: { fingerprint: 'fp', startedAt: 100 } });
  });

  it('of two stores (two workers) on one file claiming one key, exactly one wins', () => {
    const db = new Database(':memory:');
    const [a, b] = [createAttemptStore(db), createAttemptStore(db)];
    const results = [a.claim(fresh, 1), b.claim(fresh, 1), a.claim(fresh, 2)];
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('makes every move of MOVES from its sources only, and each only once', () => {
    const store = createAttemptStore(new Database(':memory:'));
    store.claim(fresh, 1);
    expect(store.move(fresh.key, 'lose', {}, 2)).toMatchObject({ state: 'unknown', updatedAt: 2 });
    expect(store.move(fresh.key, 'lose', {}, 3)).toBeNull();
    expect(store.move(fresh.key, 'retry', fresh, 3)).toBeNull();
    expect(store.move(fresh.key, 'send', { baselineOrderId: 9 }, 3)).toBeNull();
    expect(store.move(fresh.key, 'place', { orderId: 12, invoiceId: 30 }, 4)).toMatchObject({ state: 'placed', orderId: 12, invoiceId: 30 });
    expect(store.move(fresh.key, 'fail', { failure: 'x' }, 5)).toBeNull();
    expect(store.get(fresh.key)).toMatchObject({ state: 'placed', orderId: 12, failure: null });
  });

  it('sends again after a failure with what is sent now, once', () => {
    const store = createAttemptStore(new Database(':memory:'));
    store.claim(fresh, 1);
    store.move(fresh.key, 'send', { baselineOrderId: 40 }, 2);
    store.move(fresh.key, 'fail', { failure: 'Out of Stock' }, 3);
    expect(store.get(fresh.key)).toMatchObject({ state: 'failed', failure: 'Out of Stock' });
    const again = { fingerprint: 'new-payment', contentFingerprint: 'new-prices', itemIds: ['item-1'], expectedProducts: ['Starter'] };
    expect(store.move(fresh.key, 'retry', again, 5)).toMatchObject({
      state: 'pending',
      tries: 2,
      failure: null,
      baselineOrderId: null,
      fingerprint: 'new-payment',
      contentFingerprint: 'new-prices',
      itemIds: ['item-1'],
      startedAt: 5,
    });
    expect(store.move(fresh.key, 'retry', again, 6)).toBeNull();
  });

  it('stores the baseline only while pending', () => {
    const store = createAttemptStore(new Database(':memory:'));
    store.claim(fresh, 1);
    expect(store.move(fresh.key, 'send', { baselineOrderId: 40 }, 7)).toMatchObject({ baselineOrderId: 40, startedAt: 7, updatedAt: 7 });
    store.move(fresh.key, 'lose', {}, 8);
    expect(store.move(fresh.key, 'send', { baselineOrderId: 41 }, 9)).toBeNull();
    expect(store.get(fresh.key)).toMatchObject({ baselineOrderId: 40 });
  });

  it('knows which orders other attempts already account for, and the open attempt of a client', () => {
    const store = createAttemptStore(new Database(':memory:'));
    store.claim(fresh, 1);
    store.move(fresh.key, 'place', { orderId: 12, invoiceId: null }, 2);
    const second = { ...fresh, key: 'b'.repeat(22) };
    store.claim(second, 3);
    store.move(second.key, 'lose', {}, 4);
    expect([...store.claimedOrderIds(1, second.key)]).toEqual([12]);
    expect(store.claimedOrderIds(1, fresh.key).size).toBe(0);
    expect(store.openAttempt(1, 0)?.key).toBe(second.key);
    expect(store.openAttempt(1, 5)).toBeUndefined();
    expect(store.openAttempt(2, 0)).toBeUndefined();
  });

  it('reads attempts stored before they named their items as "the whole cart"', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE checkout_attempts (
      key TEXT PRIMARY KEY, client_id INTEGER NOT NULL, fingerprint TEXT NOT NULL, content_fingerprint TEXT NOT NULL,
      cart_id TEXT NOT NULL, state TEXT NOT NULL, order_id INTEGER, invoice_id INTEGER, failure TEXT,
      baseline_order_id INTEGER, expected_products TEXT NOT NULL, started_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL, tries INTEGER NOT NULL DEFAULT 1)`);
    db.exec(`INSERT INTO checkout_attempts (key, client_id, fingerprint, content_fingerprint, cart_id, state, expected_products, started_at, updated_at)
             VALUES ('old-key-0123456789', 1, 'fp', 'content', 'cart', 'unknown', '["Starter"]', 1, 1)`);
    const store = createAttemptStore(db);
    expect(store.get('old-key-0123456789')).toMatchObject({ state: 'unknown', itemIds: null, expectedProducts: ['Starter'] });
    expect(store.claim(fresh, 2).attempt.itemIds).toEqual(['item-1', 'item-2']);
  });
});
