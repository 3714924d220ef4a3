import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSessionRegistry } from './revocation';

describe('createSessionRegistry', () => {
  function registry() {
    let now = 1_000_000;
    return { sessions: createSessionRegistry(new Database(':memory:'), () => now), tick: (ms: number) => (now += ms) };
  }

  it('a session is open from sign-in until sign-out, and only that one is closed', () => {
    const { sessions } = registry();
    const first = sessions.open(7, 60_000);
    const second = sessions.open(7, 60_000);
    expect(first).not.toBe(second);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(sessions.isOpen(first)).toBe(true);
    sessions.close(first);
    expect(sessions.isOpen(first)).toBe(false);
    expect(sessions.isOpen(second)).toBe(true);
  });

  it('an id it never issued, and an expired session, are not open', () => {
    const { sessions, tick } = registry();
    expect(sessions.isOpen('made-up')).toBe(false);
    const id = sessions.open(7, 60_000);
    tick(60_000);
    expect(sessions.isOpen(id)).toBe(false);
  });
});
