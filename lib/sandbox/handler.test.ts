import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearSandboxFaults, faultsFilePath, writeSandboxFaults } from './faults';
import { TEST_CREDENTIALS, TEST_NOW, createTestSandbox, formBody, toResult, type TestSandbox } from './testkit';

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
});
afterEach(() => sandbox.close());

const countOrders = () => (sandbox.db.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n;

describe('authentication and dispatch', () => {
  it('accepts identifier/secret and answers JSON when asked', async () => {
    const response = await sandbox.send('application/x-www-form-urlencoded', formBody({ ...TEST_CREDENTIALS, action: 'GetCurrencies', responsetype: 'json' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.body)).toMatchObject({ result: 'success', totalresults: 3 });
  });

  it('accepts the older username/password pair', async () => {
    const body = formBody({ username: TEST_CREDENTIALS.identifier, password: TEST_CREDENTIALS.secret, action: 'GetCurrencies', responsetype: 'json' });
    expect(toResult(await sandbox.send('application/x-www-form-urlencoded', body)).body.result).toBe('success');
  });

  it.each([
    ['a wrong secret', { identifier: TEST_CREDENTIALS.identifier, secret: 'nope' }],
    ['a wrong identifier', { identifier: 'someone', secret: TEST_CREDENTIALS.secret }],
    ['no credentials', {}],
  ])('answers HTTP 403 Authentication Failed for %s', async (_label, credentials) => {
    const result = toResult(await sandbox.send('application/x-www-form-urlencoded', formBody({ ...credentials, action: 'GetCurrencies' })));
    expect(result.status).toBe(403);
    expect(result.body).toEqual({ result: 'error', message: 'Authentication Failed' });
  });

  it('bans an IP for 15 minutes after 3 failed authentications, as WHMCS does', async () => {
    const wrong = formBody({ identifier: TEST_CREDENTIALS.identifier, secret: 'nope', action: 'GetCurrencies' });
    const right = formBody({ ...TEST_CREDENTIALS, action: 'GetCurrencies' });
    const from = (ip: string, body: string) => sandbox.send('application/x-www-form-urlencoded', body, ip).then(toResult);
    for (let n = 0; n < 3; n++) expect((await from('203.0.113.7', wrong)).body.message).toBe('Authentication Failed');
    const banned = await from('203.0.113.7', right);
    expect(banned.status).toBe(403);
    expect(banned.body).toEqual({ result: 'error', message: 'IP Banned' });
    // Another caller is not affected.
    expect((await from('203.0.113.8', right)).status).toBe(200);
    sandbox.clock.now = new Date(TEST_NOW.getTime() + 15 * 60_000 + 1);
    expect((await from('203.0.113.7', right)).status).toBe(200);
  });

  it('counts only consecutive failures, and never bans loopback callers', async () => {
    const wrong = formBody({ identifier: TEST_CREDENTIALS.identifier, secret: 'nope', action: 'GetCurrencies' });
    const right = formBody({ ...TEST_CREDENTIALS, action: 'GetCurrencies' });
    const from = (ip: string, body: string) => sandbox.send('application/x-www-form-urlencoded', body, ip).then(toResult);
    for (const body of [wrong, wrong, right, wrong, wrong, right]) await from('203.0.113.9', body);
    expect((await from('203.0.113.9', right)).status).toBe(200);
    for (const ip of ['127.0.0.1', '::1']) {
      for (let n = 0; n < 5; n++) await from(ip, wrong);
      expect((await from(ip, right)).status, ip).toBe(200);
    }
  });

  it('answers HTTP 400 for an empty action', async () => {
    const result = await sandbox.call('');
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ result: 'error', message: 'Empty action request' });
  });

  it('answers Command Not Found (HTTP 200) for an action it does not implement', async () => {
    const result = await sandbox.call('DomainRegister', { domainid: 1 });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ result: 'error', message: 'Command Not Found' });
    expect((await sandbox.call('constructor')).body.message).toBe('Command Not Found');
  });

  it('matches action names case-insensitively', async () => {
    for (const name of ['getcurrencies', 'GETCURRENCIES', 'GetCurrencies']) {
      expect((await sandbox.call(name)).body.result).toBe('success');
    }
  });

  it('parses multipart/form-data bodies including indexed arrays', async () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ ...TEST_CREDENTIALS, action: 'AddOrder', clientid: '1', paymentmethod: 'paypal' })) {
      form.append(key, value);
    }
    form.append('pid[0]', '1');
    form.append('billingcycle[0]', 'monthly');
    form.append('domain[0]', 'multipart.example');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const result = toResult(await sandbox.send(request.headers.get('content-type'), new Uint8Array(await request.arrayBuffer())));
    expect(result.body.result).toBe('success');
    const service = sandbox.db.prepare('SELECT domain, billingcycle FROM services WHERE id = ?').get(Number(result.body.serviceids));
    expect(service).toEqual({ domain: 'multipart.example', billingcycle: 'Monthly' });
  });

  it('writes JSON the way PHP does (escaped slashes and HTML characters)', async () => {
    const result = await sandbox.call('GetProducts', { pid: 1 });
    expect(result.raw).toContain('"product_url":"http:\\/\\/shop.test\\/store\\/shared-hosting\\/starter"');
    expect(result.raw).toContain('Free SSL \\u0026amp; Daily Backups');
  });
});

describe('fault injection', () => {
  it('answers 503 with an HTML page when unavailable, before authenticating', async () => {
    writeSandboxFaults(sandbox.dir, { unavailable: true });
    const response = await sandbox.send('application/x-www-form-urlencoded', 'action=GetCurrencies');
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<html');
    clearSandboxFaults(sandbox.dir);
    expect((await sandbox.call('GetCurrencies')).status).toBe(200);
  });

  it('fails one action with a chosen message and status, leaving the others alone', async () => {
    writeSandboxFaults(sandbox.dir, { actions: { AddOrder: { error: 'Database is locked', httpStatus: 500 } } });
    const failed = await sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', pid: [1] });
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ result: 'error', message: 'Database is locked' });
    expect(countOrders()).toBe(4);
    expect((await sandbox.call('GetCurrencies')).body.result).toBe('success');
  });

  it('answers result=error with HTTP 200 when only a message is given', async () => {
    writeSandboxFaults(sandbox.dir, { actions: { getproducts: { error: 'Something broke' } } });
    const result = await sandbox.call('GetProducts');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ result: 'error', message: 'Something broke' });
  });

  it('answers a bare HTTP status with an HTML page', async () => {
    writeSandboxFaults(sandbox.dir, { actions: { getproducts: { httpStatus: 502 } } });
    const result = await sandbox.call('GetProducts');
    expect(result.status).toBe(502);
    expect(result.raw).toContain('<html');
  });

  it('waits before doing anything (global and per action)', async () => {
    writeSandboxFaults(sandbox.dir, { delayMs: 150, actions: { addorder: { delayMs: 2000, error: 'late' } } });
    const ordersWhileWaiting: number[] = [];
    sandbox.onSleep = () => ordersWhileWaiting.push(countOrders());
    const result = await sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', pid: [1] });
    expect(sandbox.sleeps).toEqual([150, 2000]);
    expect(ordersWhileWaiting).toEqual([4, 4]);
    expect(result.body.message).toBe('late');
    expect(countOrders()).toBe(4);
  });

  it('commits the work before a delayAfterCommitMs wait (a timeout after WHMCS committed)', async () => {
    writeSandboxFaults(sandbox.dir, { actions: { addorder: { delayAfterCommitMs: 30_000 } } });
    const ordersWhileWaiting: number[] = [];
    const reader = new Database(sandbox.file, { readonly: true });
    sandbox.onSleep = () => ordersWhileWaiting.push((reader.prepare('SELECT COUNT(*) AS n FROM orders').get() as { n: number }).n);
    const result = await sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', pid: [1] });
    reader.close();
    expect(sandbox.sleeps).toEqual([30_000]);
    // Already committed (visible to another connection) while the answer is still held back.
    expect(ordersWhileWaiting).toEqual([5]);
    expect(result.body.result).toBe('success');
    expect(countOrders()).toBe(5);
  });

  it('really waits with the default sleep', async () => {
    const { createSandboxHandler } = await import('./handler');
    const handler = createSandboxHandler({
      db: sandbox.db,
      credentials: TEST_CREDENTIALS,
      faultsFile: faultsFilePath(sandbox.dir),
      origin: 'http://shop.test',
    });
    writeSandboxFaults(sandbox.dir, { actions: { getcurrencies: { delayMs: 120 } } });
    const started = Date.now();
    const response = await handler({
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body: formBody({ ...TEST_CREDENTIALS, action: 'GetCurrencies' }),
      remoteIp: '127.0.0.1',
    });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('ignores a malformed faults file', async () => {
    fs.writeFileSync(path.join(sandbox.dir, 'sandbox-faults.json'), '{"unavailable": "yes"');
    expect((await sandbox.call('GetCurrencies')).status).toBe(200);
    fs.writeFileSync(path.join(sandbox.dir, 'sandbox-faults.json'), '{"unavailable": "yes"}');
    expect((await sandbox.call('GetCurrencies')).status).toBe(200);
  });

  it('picks up a rewritten faults file on the next request', async () => {
    writeSandboxFaults(sandbox.dir, { actions: { getcurrencies: { error: 'first' } } });
    expect((await sandbox.call('GetCurrencies')).body.message).toBe('first');
    writeSandboxFaults(sandbox.dir, { actions: { getcurrencies: { error: 'second' } } });
    expect((await sandbox.call('GetCurrencies')).body.message).toBe('second');
    clearSandboxFaults(sandbox.dir);
    expect((await sandbox.call('GetCurrencies')).body.result).toBe('success');
  });

  it('refuses to write an invalid faults file', () => {
    expect(() => writeSandboxFaults(sandbox.dir, { delayMs: -1 })).toThrow();
  });
});
