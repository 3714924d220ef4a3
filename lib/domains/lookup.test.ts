import { describe, expect, it } from 'vitest';
import type { DomainAvailability } from '@/lib/whmcs/types';
import { createAvailabilityLookup } from './lookup';

function deferredLookup() {
  const calls: { domain: string; resolve: (s: DomainAvailability) => void; reject: (e: Error) => void }[] = [];
  const lookup = (domain: string) =>
    new Promise<DomainAvailability>((resolve, reject) => {
      calls.push({ domain, resolve, reject });
    });
  return { calls, lookup };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createAvailabilityLookup', () => {
  it('keeps an answer for the TTL, then asks again', async () => {
    let clock = 0;
    const { calls, lookup } = deferredLookup();
    const available = createAvailabilityLookup({ lookup, ttlMs: 60_000, concurrency: 2, now: () => clock });
    const first = available('Idea.com');
    await tick();
    calls[0]?.resolve('available');
    expect(await first).toBe('available');
    expect(await available('idea.com')).toBe('available');
    expect(calls).toHaveLength(1);
    clock = 60_001;
    void available('idea.com');
    await tick();
    expect(calls).toHaveLength(2);
  });

  it('asks once for a name many visitors look up together, and never more than `concurrency` at a time', async () => {
    const { calls, lookup } = deferredLookup();
    const available = createAvailabilityLookup({ lookup, ttlMs: 60_000, concurrency: 2 });
    const answers = [available('a.com'), available('a.com'), available('b.com'), available('c.com')];
    await tick();
    expect(calls.map((c) => c.domain)).toEqual(['a.com', 'b.com']);
    calls[0]?.resolve('unavailable');
    await tick();
    expect(calls.map((c) => c.domain)).toEqual(['a.com', 'b.com', 'c.com']);
    calls[1]?.resolve('available');
    calls[2]?.resolve('available');
    expect(await Promise.all(answers)).toEqual(['unavailable', 'unavailable', 'available', 'available']);
  });

  it('does not keep a failure', async () => {
    const { calls, lookup } = deferredLookup();
    const available = createAvailabilityLookup({ lookup, ttlMs: 60_000, concurrency: 1 });
    const failing = available('a.com');
    await tick();
    calls[0]?.reject(new Error('WHMCS down'));
    await expect(failing).rejects.toThrow('WHMCS down');
    void available('a.com');
    await tick();
    expect(calls).toHaveLength(2);
  });
});
