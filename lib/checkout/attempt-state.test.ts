import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { canTransition, decideExisting, sourcesOf, TRANSITIONS, type Attempt, type AttemptState } from './attempt-state';
import { createAttemptStore, type NewAttempt } from './attempt-store';

const STATES: AttemptState[] = ['pending', 'placed', 'failed', 'unknown'];

describe('the attempt state machine', () => {
  it('allows exactly the documented moves', () => {
    const allowed = STATES.flatMap((from) => STATES.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`));
    expect(allowed.sort()).toEqual(['failed->pending', 'pending->failed', 'pending->placed', 'pending->unknown', 'unknown->failed', 'unknown->placed'].sort());
  });
  it('placed is final', () => {
    expect(TRANSITIONS.placed).toEqual([]);
  });
  it('lists where each state can be reached from', () => {
    expect(sourcesOf('placed').sort()).toEqual(['pending', 'unknown']);
    expect(sourcesOf('pending')).toEqual(['failed']);
    expect(sourcesOf('unknown')).toEqual(['pending']);
  });
});

function attempt(fields: Partial<Attempt>): Attempt {
  return {
    key: 'k'.repeat(22),
    clientId: 1,
    fingerprint: 'fp',
    contentFingerprint: 'content',
    cartId: 'cart',
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

describe('decideExisting', () => {
  const same = { key: 'k'.repeat(22), clientId: 1, fingerprint: 'fp', contentFingerprint: 'content' };
  const STALE = 1000;

  it('answers a placed key with its order, whatever is submitted now', () => {
    expect(decideExisting(attempt({ state: 'placed', orderId: 5 }), same, 10, STALE)).toBe('placed');
    expect(decideExisting(attempt({ state: 'placed', orderId: 5 }), { ...same, fingerprint: 'x', contentFingerprint: 'y' }, 10, STALE)).toBe('placed');
  });
  it("never lets another client use a key, whatever its state", () => {
    for (const state of STATES) expect(decideExisting(attempt({ state }), { ...same, clientId: 2 }, 10, STALE)).toBe('foreign');
  });
  it('waits for a fresh pending attempt and checks a stale one', () => {
    expect(decideExisting(attempt({ state: 'pending', updatedAt: 0 }), same, STALE, STALE)).toBe('in-progress');
    expect(decideExisting(attempt({ state: 'pending', updatedAt: 0 }), same, STALE + 1, STALE)).toBe('check');
  });
  it('checks an unknown attempt before anything else, even with another cart', () => {
    expect(decideExisting(attempt({ state: 'unknown' }), same, 10, STALE)).toBe('check');
    expect(decideExisting(attempt({ state: 'unknown' }), { ...same, contentFingerprint: 'other' }, 10, STALE)).toBe('check');
  });
  it('retries a failed attempt for the same order (another payment method is still the same order)', () => {
    expect(decideExisting(attempt({ state: 'failed' }), same, 10, STALE)).toBe('retry');
    expect(decideExisting(attempt({ state: 'failed' }), { ...same, fingerprint: 'other-payment' }, 10, STALE)).toBe('retry');
  });
  it('refuses a failed key for a different cart', () => {
    expect(decideExisting(attempt({ state: 'failed' }), { ...same, contentFingerprint: 'other-cart' }, 10, STALE)).toBe('mismatch');
  });
});

describe('the attempt store', () => {
  const fresh: NewAttempt = { key: 'a'.repeat(22), clientId: 1, fingerprint: 'fp', contentFingerprint: 'content', cartId: 'cart', expectedProducts: ['Starter'] };

  it('records an attempt once: a second claim with the key gets the stored one', () => {
    const store = createAttemptStore(new Database(':memory:'));
    const first = store.claim(fresh, 100);
    expect(first).toMatchObject({ created: true, attempt: { state: 'pending', startedAt: 100, expectedProducts: ['Starter'], tries: 1 } });
    const second = store.claim({ ...fresh, fingerprint: 'other' }, 200);
    expect(second).toMatchObject({ created: false, attempt: { fingerprint: 'fp', startedAt: 100 } });
  });

  it('of two stores (two workers) on one file claiming one key, exactly one wins', () => {
    const db = new Database(':memory:');
    const [a, b] = [createAttemptStore(db), createAttemptStore(db)];
    const results = [a.claim(fresh, 1), b.claim(fresh, 1), a.claim(fresh, 2)];
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('moves only along allowed transitions, and only once', () => {
    const store = createAttemptStore(new Database(':memory:'));
    store.claim(fresh, 1);
    expect(store.transition(fresh.key, 'unknown', {}, 2)).toMatchObject({ state: 'unknown' });
    expect(store.transition(fresh.key, 'unknown', {}, 3)).toBeNull();
    expect(store.transition(fresh.key, 'pending', {}, 3)).toBeNull();
    expect(store.transition(fresh.key, 'placed', { orderId: 12, invoiceId: 30 }, 4)).toMatchObject({ state: 'placed', orderId: 12, invoiceId: 30 });
    expect(store.transition(fresh.key, 'failed', { failure: 'x' }, 5)).toBeNull();
    expect(store.get(fresh.key)).toMatchObject({ state: 'placed', orderId: 12 });
  });

  it('retries a failed attempt once, for the same client and order content', () => {
    const store = createAttemptStore(new Database(':memory:'));
    store.claim(fresh, 1);
    store.setBaseline(fresh.key, 40, 2);
    store.transition(fresh.key, 'failed', { failure: 'Out of Stock' }, 3);
    expect(store.retry(fresh.key, 2, { ...fresh }, 4)).toBeNull();
    expect(store.retry(fresh.key, 1, { ...fresh, contentFingerprint: 'other' }, 4)).toBeNull();
    const retried = store.retry(fresh.key, 1, { ...fresh, fingerprint: 'new-payment' }, 5);
    expect(retried).toMatchObject({ state: 'pending', tries: 2, failure: null, baselineOrderId: null, fingerprint: 'new-payment', startedAt: 5 });
    expect(store.retry(fresh.key, 1, fresh, 6)).toBeNull();
  });

  it('stores the baseline only while pending', () => {
    const store = createAttemptStore(new Database(':memory:'));
    store.claim(fresh, 1);
    expect(store.setBaseline(fresh.key, 40, 7)).toBe(true);
    expect(store.get(fresh.key)).toMatchObject({ baselineOrderId: 40, startedAt: 7, updatedAt: 7 });
    store.transition(fresh.key, 'unknown', {}, 8);
    expect(store.setBaseline(fresh.key, 41, 9)).toBe(false);
  });

  it('knows which orders other attempts already account for, and the open attempt of a client', () => {
    const store = createAttemptStore(new Database(':memory:'));
    store.claim(fresh, 1);
    store.transition(fresh.key, 'placed', { orderId: 12 }, 2);
    const second = { ...fresh, key: 'b'.repeat(22) };
    store.claim(second, 3);
    store.transition(second.key, 'unknown', {}, 4);
    expect([...store.claimedOrderIds(1, second.key)]).toEqual([12]);
    expect(store.claimedOrderIds(1, fresh.key).size).toBe(0);
    expect(store.openAttempt(1, 0)?.key).toBe(second.key);
    expect(store.openAttempt(1, 5)).toBeUndefined();
    expect(store.openAttempt(2, 0)).toBeUndefined();
  });
});
