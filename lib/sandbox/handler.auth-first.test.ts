import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_CREDENTIALS, createTestSandbox, formBody, type TestSandbox } from './testkit';

/** Spies on the body parser, to see what the handler parses before it knows who is calling. */
const parse = vi.hoisted(() => ({ calls: [] as { only?: ReadonlySet<string> }[] }));
vi.mock('./wire/body', async (importOriginal) => {
  const original = await importOriginal<typeof import('./wire/body')>();
  return {
    ...original,
    parseRequestVariables: (...args: Parameters<typeof original.parseRequestVariables>) => {
      parse.calls.push({ only: args[1]?.only });
      return original.parseRequestVariables(...args);
    },
  };
});

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
  parse.calls = [];
});
afterEach(() => sandbox.close());

describe('authentication comes before parsing', () => {
  it('reads only the credentials of a caller that does not authenticate', async () => {
    const body = formBody({ identifier: 'someone', secret: 'wrong', action: 'AddOrder', pid: Array.from({ length: 500 }, () => 1) });
    expect((await sandbox.send('application/x-www-form-urlencoded', body)).status).toBe(403);
    expect(parse.calls).toHaveLength(1);
    expect([...(parse.calls[0]?.only ?? [])].sort()).toEqual(['accesskey', 'identifier', 'password', 'secret', 'username']);
  });

  it('parses the whole body once the caller is known', async () => {
    await sandbox.send('application/x-www-form-urlencoded', formBody({ ...TEST_CREDENTIALS, action: 'GetCurrencies' }));
    expect(parse.calls.map((call) => call.only === undefined)).toEqual([false, true]);
  });
});
