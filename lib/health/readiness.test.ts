import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalogueConfig } from '@/lib/catalogue/config-file';
import { runDoctor } from '@/lib/doctor/checks';
import { TEST_CREDENTIALS, createTestSandbox, type TestSandbox } from '@/lib/sandbox/testkit';
import { createWhmcsClient } from '@/lib/whmcs/client';
import { cachedReadiness, checkReadiness, doctorCheck, type Readiness } from './readiness';

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

  it('runs one at a time: a run that outlasts the window is shared, and the window starts when it ends', async () => {
    let now = 0;
    let finish: (result: Readiness) => void = () => {};
    const run = vi.fn(() => new Promise<Readiness>((resolve) => (finish = resolve)));
    const readiness = cachedReadiness(run, 60_000, () => now);
    const first = readiness();
    now = 90_000;
    const second = readiness();
    expect(run).toHaveBeenCalledTimes(1);
    finish({ ready: false, checks: [] });
    expect(await first).toEqual({ ready: false, checks: [] });
    expect(await second).toEqual({ ready: false, checks: [] });
    now = 149_999;
    await readiness();
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('doctorCheck: readiness uses npm run doctor', () => {
  let sandbox: TestSandbox | undefined;
  afterEach(() => sandbox?.close());

  function doctorAgainstSandbox(secret: string, breakCatalogue: (box: TestSandbox) => void = () => {}) {
    const box = createTestSandbox();
    sandbox = box;
    breakCatalogue(box);
    const client = createWhmcsClient({
      transport: (body) => box.send('application/x-www-form-urlencoded', body, '198.51.100.20'),
      credentials: { ...TEST_CREDENTIALS, secret },
      timeoutMs: 5_000,
      log: () => {},
    });
    return doctorCheck(() => runDoctor({ call: client.call, config: readCatalogueConfig('catalogue.sandbox.json') }), 10_000);
  }

  it('is ready when the doctor says the shop can take orders', async () => {
    expect(await checkReadiness([doctorAgainstSandbox(TEST_CREDENTIALS.secret)], 100)).toEqual({
      ready: true,
      checks: [{ name: 'whmcs (npm run doctor)', ok: true }],
    });
  });

  it('is not ready when WHMCS refuses the credentials, and tells the log why and the fix', async () => {
    const result = await checkReadiness([doctorAgainstSandbox('not-the-secret')], 100);
    expect(result.ready).toBe(false);
    expect(result.checks[0]?.error).toMatch(/^WHMCS answers and accepts the API credentials: Authentication Failed \(fix: .*WHMCS_API_SECRET/);
  });

  it('is not ready when WHMCS answers but nobody can pay (a check beyond reaching WHMCS)', async () => {
    const result = await checkReadiness([doctorAgainstSandbox(TEST_CREDENTIALS.secret, (box) => box.db.prepare('DELETE FROM payment_gateways').run())], 100);
    expect(result.ready).toBe(false);
    expect(result.checks[0]?.error).toContain('Payment methods are active: none');
  });
});
