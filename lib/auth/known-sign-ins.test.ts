import { expect, it } from 'vitest';
import { describeEachDialect } from '@/lib/store/test-databases';
import { createKnownSignIns } from './known-sign-ins';

describeEachDialect('createKnownSignIns', ({ open, connectAgain }) => {
  it('knows an email at a place it signed in from, for 90 days, ignoring case', async () => {
    let now = Date.UTC(2030, 0, 1);
    const known = createKnownSignIns(await open(), () => now);
    expect(await known.isKnown('ada@example.com', '192.0.2.1')).toBe(false);
    await known.remember('Ada@Example.com', '192.0.2.1');
    expect(await known.isKnown('ada@example.com', '192.0.2.1')).toBe(true);
    expect(await known.isKnown('ada@example.com', '192.0.2.2')).toBe(false);
    now += 90 * 24 * 60 * 60_000;
    expect(await known.isKnown('ada@example.com', '192.0.2.1')).toBe(false);
  });

  it('a sign-in remembered on one instance is known on another; signing in again renews it', async () => {
    let now = Date.UTC(2030, 0, 1);
    const db = await open();
    const [a, b] = [createKnownSignIns(db, () => now), createKnownSignIns(connectAgain(db), () => now)];
    await a.remember('ada@example.com', '192.0.2.1');
    expect(await b.isKnown('ada@example.com', '192.0.2.1')).toBe(true);
    now += 60 * 24 * 60 * 60_000;
    await b.remember('ada@example.com', '192.0.2.1');
    now += 60 * 24 * 60 * 60_000;
    expect(await a.isKnown('ada@example.com', '192.0.2.1')).toBe(true);
  });
});
