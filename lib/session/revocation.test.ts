import { expect, it } from 'vitest';
import { describeEachDialect } from '@/lib/store/test-databases';
import { createSessionRegistry } from './revocation';

describeEachDialect('createSessionRegistry', ({ open, connectAgain }) => {
  async function registry() {
    let now = 1_000_000;
    const db = await open();
    return { db, sessions: createSessionRegistry(db, () => now), tick: (ms: number) => (now += ms) };
  }

  it('a session is open from sign-in until sign-out, and only that one is closed', async () => {
    const { sessions } = await registry();
    const first = await sessions.open(7, 60_000);
    const second = await sessions.open(7, 60_000);
    expect(first).not.toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await sessions.isOpen(first)).toBe(true);
    await sessions.close(first);
    expect(await sessions.isOpen(first)).toBe(false);
    expect(await sessions.isOpen(second)).toBe(true);
  });

  it('an id it never issued, and an expired session, are not open', async () => {
    const { sessions, tick } = await registry();
    expect(await sessions.isOpen('made-up')).toBe(false);
    const id = await sessions.open(7, 60_000);
    tick(60_000);
    expect(await sessions.isOpen(id)).toBe(false);
  });

  it('a sign-out on one instance ends the session on another', async () => {
    const { db, sessions } = await registry();
    const elsewhere = createSessionRegistry(connectAgain(db), () => 1_000_000);
    const id = await sessions.open(7, 60_000);
    expect(await elsewhere.isOpen(id)).toBe(true);
    await sessions.close(id);
    expect(await elsewhere.isOpen(id)).toBe(false);
  });
});
