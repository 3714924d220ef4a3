import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { attemptKeys, PER_EMAIL, PER_IP, PER_PAIR } from './limits';
import { createRateLimiter, decide, describeWait, type RatePolicy } from './rate-limit';

const policy: RatePolicy = { maxFailures: 5, windowMs: 15 * 60_000 };
const MIN = 60_000;

describe('decide', () => {
  it('with a backoff, waits a doubling delay after the latest failure instead of blocking, up to a maximum', () => {
    const backoff: RatePolicy = { maxFailures: 2, windowMs: 60 * MIN, backoff: { baseMs: 1000, maxMs: 4000 } };
    expect(decide([0, 10], 10, backoff)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(decide([0, 10], 1010, backoff)).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(decide([0, 10, 20], 20, backoff)).toEqual({ allowed: false, retryAfterMs: 2000 });
    expect(decide([0, 1, 2, 3, 4, 5, 6], 6, backoff)).toEqual({ allowed: false, retryAfterMs: 4000 });
  });
  it('allows while fewer than the limit failed within the window', () => {
    expect(decide([], 0, policy)).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(decide([1, 2, 3, 4], 10, policy)).toEqual({ allowed: true, retryAfterMs: 0 });
  });
  it('blocks at the limit until the oldest relevant failure leaves the window', () => {
    const now = 20 * MIN;
    const failures = [10 * MIN, 11 * MIN, 12 * MIN, 13 * MIN, 14 * MIN];
    expect(decide(failures, now, policy)).toEqual({ allowed: false, retryAfterMs: 5 * MIN });
  });
  it('with more failures than the limit, waits until enough have aged out', () => {
    const now = 20 * MIN;
    const failures = [6 * MIN, 10 * MIN, 11 * MIN, 12 * MIN, 13 * MIN, 14 * MIN, 19 * MIN];
    // Seven within the window: the count drops to four once 6, 10 and 11 expire: at 11 + 15 = 26.
    expect(decide(failures, now, policy)).toEqual({ allowed: false, retryAfterMs: 6 * MIN });
  });
  it('forgets failures older than the window', () => {
    const now = 40 * MIN;
    expect(decide([10 * MIN, 11 * MIN, 12 * MIN, 13 * MIN, 14 * MIN], now, policy).allowed).toBe(true);
  });
});

describe('createRateLimiter', () => {
  function limiter() {
    let now = 1_000_000;
    const db = new Database(':memory:');
    return { limiter: createRateLimiter(db, () => now), tick: (ms: number) => (now += ms), db };
  }
  const keys = [{ key: 'sign-in:email:a@example.com', policy }];

  it('counts each attempt until it is forgiven, and blocks the sixth failure', () => {
    const { limiter: rl, tick } = limiter();
    for (let i = 0; i < 5; i++) {
      expect(rl.begin(keys).allowed).toBe(true);
      tick(1000);
    }
    const blocked = rl.begin(keys);
    expect(blocked).toEqual({ allowed: false, retryAfterMs: 15 * MIN - 5000 });
    tick(15 * MIN - 5000);
    expect(rl.begin(keys).allowed).toBe(true);
  });

  it('a forgiven attempt does not count, and clearing a key wipes its earlier failures', () => {
    const { limiter: rl } = limiter();
    for (let i = 0; i < 4; i++) rl.begin(keys);
    const ticket = rl.begin(keys);
    if (!ticket.allowed) throw new Error('expected the fifth attempt to be allowed');
    ticket.forgive();
    expect(rl.begin(keys).allowed).toBe(true); // fifth failure
    expect(rl.begin(keys).allowed).toBe(false);

    const { limiter: other } = limiter();
    for (let i = 0; i < 4; i++) other.begin(keys);
    const success = other.begin(keys);
    if (!success.allowed) throw new Error('expected an allowed attempt');
    success.forgive([keys[0]!.key]);
    for (let i = 0; i < 5; i++) expect(other.begin(keys).allowed).toBe(true);
  });

  it('an attempt is refused when any one of its keys is at its limit', () => {
    const { limiter: rl } = limiter();
    const ipOnly = attemptKeys('sign-in', 'x@example.com', '203.0.113.9');
    // 20 failures from one IP across 20 different accounts.
    for (let i = 0; i < PER_IP.maxFailures; i++) {
      expect(rl.begin(attemptKeys('sign-in', `user${i}@example.com`, '203.0.113.9')).allowed).toBe(true);
    }
    expect(rl.begin(ipOnly).allowed).toBe(false);
    // Another IP trying that same fresh account is fine.
    expect(rl.begin(attemptKeys('sign-in', 'x@example.com', '198.51.100.1')).allowed).toBe(true);
  });

  it('per email and place, the limit ignores case; the same email elsewhere is not blocked by it', () => {
    const { limiter: rl } = limiter();
    for (let i = 0; i < PER_PAIR.maxFailures; i++) {
      expect(rl.begin(attemptKeys('sign-in', 'Victim@Example.com', '198.51.100.9')).allowed).toBe(true);
    }
    expect(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.9')).allowed).toBe(false);
    expect(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.200')).allowed).toBe(true);
    // Sign-up keeps its own count.
    expect(rl.begin(attemptKeys('sign-up', 'victim@example.com', '198.51.100.9')).allowed).toBe(true);
  });

  it('per email from anywhere, a ceiling with a doubling delay, which a known owner is not held by', () => {
    const { limiter: rl, tick } = limiter();
    for (let i = 0; i < PER_EMAIL.maxFailures; i++) {
      expect(rl.begin(attemptKeys('sign-in', 'victim@example.com', `198.51.100.${i}`)).allowed).toBe(true);
    }
    expect(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.200'))).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.200', true)).allowed).toBe(true);
    tick(30_000);
    expect(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.201')).allowed).toBe(true);
    expect(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.202'))).toEqual({ allowed: false, retryAfterMs: 60_000 });
  });

  it('a refused attempt is not counted', () => {
    const { limiter: rl, db } = limiter();
    for (let i = 0; i < 5; i++) rl.begin(keys);
    for (let i = 0; i < 3; i++) rl.begin(keys);
    expect((db.prepare('SELECT COUNT(*) AS n FROM auth_attempts').get() as { n: number }).n).toBe(5);
  });

  it('shares counts between limiters on one database (several workers)', () => {
    const db = new Database(':memory:');
    const a = createRateLimiter(db, () => 0);
    const b = createRateLimiter(db, () => 0);
    for (let i = 0; i < 5; i++) (i % 2 ? a : b).begin(keys);
    expect(a.begin(keys).allowed).toBe(false);
    expect(b.begin(keys).allowed).toBe(false);
  });
});

describe('describeWait', () => {
  it('rounds up to whole minutes, never "0 minutes"', () => {
    expect(describeWait(1)).toBe('1 minute');
    expect(describeWait(60_000)).toBe('1 minute');
    expect(describeWait(60_001)).toBe('2 minutes');
    expect(describeWait(15 * 60_000)).toBe('15 minutes');
  });
});
