import { describe, expect, it } from 'vitest';
import { describeEachDialect, warmUp } from '@/lib/store/test-databases';
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

describeEachDialect('createRateLimiter', ({ open, connectAgain }) => {
  async function limiter() {
    let now = 1_000_000;
    const db = await open();
    return { limiter: createRateLimiter(db, () => now), tick: (ms: number) => (now += ms), db };
  }
  const keys = [{ key: 'sign-in:email:a@example.com', policy }];
  const allowed = async (ticket: Promise<{ allowed: boolean }>) => (await ticket).allowed;

  it('counts each attempt until it is forgiven, and blocks the sixth failure', async () => {
    const { limiter: rl, tick } = await limiter();
    for (let i = 0; i < 5; i++) {
      expect(await allowed(rl.begin(keys))).toBe(true);
      tick(1000);
    }
    const blocked = await rl.begin(keys);
    expect(blocked).toEqual({ allowed: false, retryAfterMs: 15 * MIN - 5000 });
    tick(15 * MIN - 5000);
    expect(await allowed(rl.begin(keys))).toBe(true);
  });

  it('a forgiven attempt does not count, and clearing a key wipes its earlier failures', async () => {
    const { limiter: rl } = await limiter();
    for (let i = 0; i < 4; i++) await rl.begin(keys);
    const ticket = await rl.begin(keys);
    if (!ticket.allowed) throw new Error('expected the fifth attempt to be allowed');
    await ticket.forgive();
    expect(await allowed(rl.begin(keys))).toBe(true); // fifth failure
    expect(await allowed(rl.begin(keys))).toBe(false);

    const { limiter: other } = await limiter();
    for (let i = 0; i < 4; i++) await other.begin(keys);
    const success = await other.begin(keys);
    if (!success.allowed) throw new Error('expected an allowed attempt');
    await success.forgive([keys[0]!.key]);
    for (let i = 0; i < 5; i++) expect(await allowed(other.begin(keys))).toBe(true);
  });

  it('an attempt is refused when any one of its keys is at its limit', async () => {
    const { limiter: rl } = await limiter();
    const ipOnly = attemptKeys('sign-in', 'x@example.com', '203.0.113.9');
    // 20 failures from one IP across 20 different accounts.
    for (let i = 0; i < PER_IP.maxFailures; i++) {
      expect(await allowed(rl.begin(attemptKeys('sign-in', `user${i}@example.com`, '203.0.113.9')))).toBe(true);
    }
    expect(await allowed(rl.begin(ipOnly))).toBe(false);
    // Another IP trying that same fresh account is fine.
    expect(await allowed(rl.begin(attemptKeys('sign-in', 'x@example.com', '198.51.100.1')))).toBe(true);
  });

  it('per email and place, the limit ignores case; the same email elsewhere is not blocked by it', async () => {
    const { limiter: rl } = await limiter();
    for (let i = 0; i < PER_PAIR.maxFailures; i++) {
      expect(await allowed(rl.begin(attemptKeys('sign-in', 'Victim@Example.com', '198.51.100.9')))).toBe(true);
    }
    expect(await allowed(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.9')))).toBe(false);
    expect(await allowed(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.200')))).toBe(true);
    // Sign-up keeps its own count.
    expect(await allowed(rl.begin(attemptKeys('sign-up', 'victim@example.com', '198.51.100.9')))).toBe(true);
  });

  it('per email from anywhere, a ceiling with a doubling delay, which a known owner is not held by', async () => {
    const { limiter: rl, tick } = await limiter();
    for (let i = 0; i < PER_EMAIL.maxFailures; i++) {
      expect(await allowed(rl.begin(attemptKeys('sign-in', 'victim@example.com', `198.51.100.${i}`)))).toBe(true);
    }
    expect(await rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.200'))).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect(await allowed(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.200', true)))).toBe(true);
    tick(30_000);
    expect(await allowed(rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.201')))).toBe(true);
    expect(await rl.begin(attemptKeys('sign-in', 'victim@example.com', '198.51.100.202'))).toEqual({ allowed: false, retryAfterMs: 60_000 });
  });

  it('a refused attempt is not counted', async () => {
    const { limiter: rl, db } = await limiter();
    for (let i = 0; i < 5; i++) await rl.begin(keys);
    for (let i = 0; i < 3; i++) await rl.begin(keys);
    const { n } = await db.selectFrom('auth_attempts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n)).toBe(5);
  });

  it('shares counts between limiters on one database (several workers, several instances)', async () => {
    const db = await open();
    const a = createRateLimiter(db, () => 0);
    const b = createRateLimiter(connectAgain(db), () => 0);
    for (let i = 0; i < 5; i++) await (i % 2 ? a : b).begin(keys);
    expect(await allowed(a.begin(keys))).toBe(false);
    expect(await allowed(b.begin(keys))).toBe(false);
  });

  it('twenty attempts at once from two instances: exactly the limit get through', async () => {
    const db = await open();
    const connections = [db, connectAgain(db)];
    await warmUp(connections);
    const instances = connections.map((connection) => createRateLimiter(connection, () => 0));
    const tickets = await Promise.all(Array.from({ length: 20 }, (_, i) => instances[i % 2]!.begin(keys)));
    expect(tickets.filter((ticket) => ticket.allowed)).toHaveLength(policy.maxFailures);
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
