import { describe, expect, it, vi } from 'vitest';
import { cachedReadiness, checkReadiness } from './readiness';

describe('checkReadiness', () => {
  it('is ready when every check answers, and names each one that does not', async () => {
    expect(await checkReadiness([{ name: 'database', probe: async () => {} }], 100)).toEqual({
      ready: true,
      checks: [{ name: 'database', ok: true }],
    });
    const result = await checkReadiness(
      [
        { name: 'database', probe: async () => {} },
        { name: 'whmcs', probe: () => Promise.reject(new Error('connection refused')) },
      ],
      100,
    );
    expect(result).toEqual({
      ready: false,
      checks: [
        { name: 'database', ok: true },
        { name: 'whmcs', ok: false, error: 'connection refused' },
      ],
    });
  });

  it('counts a check that does not answer in time as failing', async () => {
    const result = await checkReadiness([{ name: 'whmcs', probe: () => new Promise<void>(() => {}) }], 20);
    expect(result).toEqual({ ready: false, checks: [{ name: 'whmcs', ok: false, error: 'no answer within 20 ms' }] });
  });
});

describe('cachedReadiness', () => {
  it('runs the checks at most once per window, however many ask', async () => {
    let now = 0;
    const run = vi.fn(async () => ({ ready: true, checks: [] }));
    const readiness = cachedReadiness(run, 5000, () => now);
    await Promise.all([readiness(), readiness(), readiness()]);
    now = 4999;
    await readiness();
    expect(run).toHaveBeenCalledTimes(1);
    now = 5000;
    await readiness();
    expect(run).toHaveBeenCalledTimes(2);
  });
});
