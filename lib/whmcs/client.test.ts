import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWhmcsClient, type WhmcsClientConfig } from './client';
import { parseStr } from '@/lib/php';
import { WhmcsApiError, WhmcsAuthError, WhmcsError, WhmcsUnavailableError } from './errors';
import { httpTransport, type Transport } from './transport';

/** How the fake WHMCS answers one request. */
type Behaviour = (res: http.ServerResponse, req: http.IncomingMessage) => void;

interface SeenRequest {
  method: string;
  contentType: string | undefined;
  body: string;
}

const json =
  (status: number, payload: unknown): Behaviour =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  };
const success = json(200, { result: 'success', totalresults: 0 });
const slow =
  (ms: number): Behaviour =>
  (res, req) => {
    setTimeout(() => success(res, req), ms).unref();
  };
const html: Behaviour = (res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.end('<html><body>Down for maintenance</body></html>');
};
const reset: Behaviour = (_res, req) => req.socket.destroy();

const servers: http.Server[] = [];

/** A real HTTP server on 127.0.0.1 that answers each request with the next behaviour (the last one repeats). */
async function fakeWhmcs(...behaviours: Behaviour[]) {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', contentType: req.headers['content-type'], body: Buffer.concat(chunks).toString('utf8') });
      const behaviour = behaviours[Math.min(seen.length, behaviours.length) - 1]!;
      behaviour(res, req);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/includes/api.php`, seen };
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

const credentials = { identifier: 'id-123', secret: 's3cret', accessKey: 'key&=?' };

function clientFor(transport: Transport, overrides: Partial<WhmcsClientConfig> = {}) {
  return createWhmcsClient({ transport, credentials, timeoutMs: 2_000, retryDelayMs: 1, ...overrides });
}

async function failure(promise: Promise<unknown>): Promise<WhmcsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WhmcsError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('WHMCS client over HTTP', () => {
  it('POSTs the form-encoded wire format with credentials and responsetype=json', async () => {
    const server = await fakeWhmcs(json(200, { result: 'success', orderid: 5 }));
    const answer = await clientFor(httpTransport(server.url)).call('AddOrder', { clientid: 3, pid: [1, 3], domain: ['d칩m치in.com', ''] });
    expect(answer).toEqual({ result: 'success', orderid: 5 });
    expect(server.seen).toHaveLength(1);
    const [request] = server.seen;
    expect(request?.method).toBe('POST');
    expect(request?.contentType).toBe('application/x-www-form-urlencoded');
    expect(request?.body).toContain('pid%5B0%5D=1&pid%5B1%5D=3');
    expect(parseStr(request!.body)).toEqual({
      clientid: '3',
      pid: { '0': '1', '1': '3' },
      domain: { '0': 'd칩m치in.com', '1': '' },
      action: 'AddOrder',
      identifier: 'id-123',
      secret: 's3cret',
      accesskey: 'key&=?',
      responsetype: 'json',
    });
  });

  it('does not let params replace the action, credentials or response type', async () => {
    const server = await fakeWhmcs(success);
    await clientFor(httpTransport(server.url)).call('GetProducts', { action: 'DeleteClient', secret: 'x', identifier: 'y', responsetype: 'xml' });
    expect(parseStr(server.seen[0]!.body)).toMatchObject({ action: 'GetProducts', identifier: 'id-123', secret: 's3cret', responsetype: 'json' });
  });

  it('leaves accesskey out when there is none', async () => {
    const server = await fakeWhmcs(success);
    await createWhmcsClient({ transport: httpTransport(server.url), credentials: { identifier: 'a', secret: 'b' }, timeoutMs: 2_000 }).call('GetCurrencies');
    expect(parseStr(server.seen[0]!.body)).not.toHaveProperty('accesskey');
  });

  it('times out a slow answer once the call’s budget is spent, retries included', async () => {
    const server = await fakeWhmcs(slow(1_000));
    const error = await failure(clientFor(httpTransport(server.url), { timeoutMs: 150 }).call('GetProducts'));
    expect(error).toBeInstanceOf(WhmcsUnavailableError);
    expect((error as WhmcsUnavailableError).reason).toBe('timeout');
    expect(error.action).toBe('GetProducts');
    // The first attempt used the whole budget: no retry starts after it.
    expect(server.seen).toHaveLength(1);
  });

  it('bounds the total time of a read with retries to the one budget', async () => {
    let clock = 0;
    const attempts: number[] = [];
    // Each attempt fails after 4 s of (fake) time; the budget is 10 s.
    const slowFailure: Transport = async () => {
      attempts.push(clock);
      clock += 4_000;
      return { status: 502, body: '' };
    };
    const client = clientFor(slowFailure, {
      timeoutMs: 10_000,
      retryDelayMs: 1_000,
      random: () => 1,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    });
    const error = await failure(client.call('GetProducts'));
    expect((error as WhmcsUnavailableError).reason).toBe('http');
    // 0 s, then 5 s (after 1 s backoff); a third would start at 11 s, past the budget.
    expect(attempts).toEqual([0, 5_000]);
  });

  it('honours a per-call timeout', async () => {
    const server = await fakeWhmcs(slow(600), success);
    const client = clientFor(httpTransport(server.url), { timeoutMs: 5_000 });
    const error = await failure(client.call('AcceptOrder', { orderid: 1 }, { timeoutMs: 100 }));
    expect((error as WhmcsUnavailableError).reason).toBe('timeout');
    expect(server.seen).toHaveLength(1);
  });

  it('never retries AddOrder after a timeout (the order may exist)', async () => {
    const server = await fakeWhmcs(slow(1_000));
    const error = await failure(clientFor(httpTransport(server.url), { timeoutMs: 100 }).call('AddOrder', { clientid: 1 }));
    expect((error as WhmcsUnavailableError).reason).toBe('timeout');
    expect(server.seen).toHaveLength(1);
  });

  it('never retries AddOrder after a 500', async () => {
    const server = await fakeWhmcs(json(500, { error: 'boom' }), success);
    const error = await failure(clientFor(httpTransport(server.url)).call('AddOrder', { clientid: 1 }));
    expect(error).toBeInstanceOf(WhmcsUnavailableError);
    expect((error as WhmcsUnavailableError).reason).toBe('http');
    expect((error as WhmcsUnavailableError).httpStatus).toBe(500);
    expect(server.seen).toHaveLength(1);
  });

  it.each(['AddClient', 'AcceptOrder', 'CreateSsoToken', 'ValidateLogin'])('never retries %s after a 503', async (action) => {
    const server = await fakeWhmcs(json(503, {}), success);
    const error = await failure(clientFor(httpTransport(server.url)).call(action));
    expect((error as WhmcsUnavailableError).reason).toBe('http');
    expect(server.seen).toHaveLength(1);
  });

  it('retries a read after a 503 and returns the later success', async () => {
    const server = await fakeWhmcs(json(503, {}), success);
    await expect(clientFor(httpTransport(server.url)).call('GetProducts')).resolves.toEqual({ result: 'success', totalresults: 0 });
    expect(server.seen).toHaveLength(2);
  });

  it('gives up on a read after three 500s', async () => {
    const server = await fakeWhmcs(json(500, {}));
    const error = await failure(clientFor(httpTransport(server.url)).call('GetOrders'));
    expect((error as WhmcsUnavailableError).reason).toBe('http');
    expect(server.seen).toHaveLength(3);
  });

  it('reports an HTML body as an invalid response (retried for reads)', async () => {
    const server = await fakeWhmcs(html, success);
    await expect(clientFor(httpTransport(server.url)).call('GetCurrencies')).resolves.toMatchObject({ result: 'success' });
    expect(server.seen).toHaveLength(2);

    const once = await fakeWhmcs(html);
    const error = await failure(clientFor(httpTransport(once.url)).call('AddOrder'));
    expect((error as WhmcsUnavailableError).reason).toBe('invalid-response');
    expect(once.seen).toHaveLength(1);
  });

  it('raises an auth error for 403 and never retries it, even for a read', async () => {
    const server = await fakeWhmcs(json(403, { result: 'error', message: 'Invalid IP 1.2.3.4' }), success);
    const error = await failure(clientFor(httpTransport(server.url)).call('GetProducts'));
    expect(error).toBeInstanceOf(WhmcsAuthError);
    expect(error.message).toBe('Invalid IP 1.2.3.4');
    expect((error as WhmcsAuthError).httpStatus).toBe(403);
    expect(server.seen).toHaveLength(1);
  });

  it('raises an auth error for a 403 that is not JSON (a proxy)', async () => {
    const server = await fakeWhmcs((res) => {
      res.writeHead(403);
      res.end('Forbidden');
    });
    const error = await failure(clientFor(httpTransport(server.url)).call('GetProducts'));
    expect(error).toBeInstanceOf(WhmcsAuthError);
    expect(server.seen).toHaveLength(1);
  });

  it.each([
    [400, 'Invalid IP 203.0.113.9'],
    [200, 'Invalid Permissions: API action "getpromotions" is not allowed'],
    [403, 'Invalid Access Key'],
  ])('treats a refusal of the shop on HTTP %i as an auth error, never as an answer to show', async (status, message) => {
    const server = await fakeWhmcs(json(status, { result: 'error', message }));
    const error = await failure(clientFor(httpTransport(server.url), { log: () => {} }).call('GetPromotions'));
    expect(error).toBeInstanceOf(WhmcsAuthError);
    expect(error).not.toBeInstanceOf(WhmcsApiError);
  });

  it('logs a refusal once, with the fix, however often it repeats', async () => {
    const server = await fakeWhmcs(json(403, { result: 'error', message: 'Invalid Permissions: API action "getpromotions" is not allowed' }));
    const lines: string[] = [];
    const client = clientFor(httpTransport(server.url), { log: (line) => lines.push(line) });
    for (let n = 0; n < 3; n++) await failure(client.call('GetPromotions'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('API Roles');
    expect(lines[0]).toContain('"getpromotions"');
  });

  it('raises an API error with WHMCS’s message for result=error, without retrying', async () => {
    const server = await fakeWhmcs(json(200, { result: 'error', message: 'Client Not Found' }), success);
    const error = await failure(clientFor(httpTransport(server.url)).call('GetClientsDetails', { clientid: 99 }));
    expect(error).toBeInstanceOf(WhmcsApiError);
    expect(error.message).toBe('Client Not Found');
    expect(error.action).toBe('GetClientsDetails');
    expect((error as WhmcsApiError).httpStatus).toBe(200);
    expect(server.seen).toHaveLength(1);
  });

  it('raises an API error for HTTP 400 (Empty action request)', async () => {
    const server = await fakeWhmcs(json(400, { result: 'error', message: 'Empty action request' }), success);
    const error = await failure(clientFor(httpTransport(server.url)).call('GetProducts'));
    expect(error).toBeInstanceOf(WhmcsApiError);
    expect(error.message).toBe('Empty action request');
    expect((error as WhmcsApiError).httpStatus).toBe(400);
    expect(server.seen).toHaveLength(1);
  });

  it('reads GetInvoice-style errors ({status: "error"})', async () => {
    const server = await fakeWhmcs(json(200, { status: 'error', message: 'Invoice ID Not Found' }));
    const error = await failure(clientFor(httpTransport(server.url)).call('GetInvoice', { invoiceid: 1 }));
    expect(error).toBeInstanceOf(WhmcsApiError);
    expect(error.message).toBe('Invoice ID Not Found');
  });

  it('maps a reset connection to a network error, retried for reads', async () => {
    const server = await fakeWhmcs(reset, success);
    await expect(clientFor(httpTransport(server.url)).call('GetProducts')).resolves.toMatchObject({ result: 'success' });
    expect(server.seen).toHaveLength(2);

    const once = await fakeWhmcs(reset);
    const error = await failure(clientFor(httpTransport(once.url)).call('AddOrder'));
    expect(error).toBeInstanceOf(WhmcsUnavailableError);
    expect((error as WhmcsUnavailableError).reason).toBe('network');
    expect(once.seen).toHaveLength(1);
  });

  it('maps a refused connection to a network error', async () => {
    const server = await fakeWhmcs(success);
    const url = server.url;
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    const error = await failure(clientFor(httpTransport(url)).call('AddOrder'));
    expect((error as WhmcsUnavailableError).reason).toBe('network');
  });

  it('reports a JSON answer without a result as invalid', async () => {
    const server = await fakeWhmcs(json(200, ['not', 'an', 'object']));
    const error = await failure(clientFor(httpTransport(server.url)).call('AddOrder'));
    expect((error as WhmcsUnavailableError).reason).toBe('invalid-response');
  });
});

describe('WHMCS client with injected transports (the in-process path)', () => {
  it('times out a transport that never answers, even if it ignores the signal', async () => {
    const never: Transport = () => new Promise(() => {});
    const started = Date.now();
    const error = await failure(clientFor(never, { timeoutMs: 100 }).call('AcceptOrder'));
    expect((error as WhmcsUnavailableError).reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('maps a thrown error to a network error, keeping it as the cause', async () => {
    const boom = new Error('database is locked');
    const error = await failure(clientFor(() => Promise.reject(boom)).call('AddOrder'));
    expect((error as WhmcsUnavailableError).reason).toBe('network');
    expect(error.cause).toBe(boom);
    expect(error.message).toContain('database is locked');
  });

  it('backs off exponentially with jitter between read retries', async () => {
    const delays: number[] = [];
    let calls = 0;
    const flaky: Transport = async () => (++calls < 3 ? { status: 502, body: '' } : { status: 200, body: '{"result":"success"}' });
    const client = clientFor(flaky, {
      retryDelayMs: 100,
      random: () => 0.5,
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    await expect(client.call('GetProducts')).resolves.toEqual({ result: 'success' });
    expect(delays).toEqual([75, 150]);
  });

  it('passes the exact encoded body to the transport', async () => {
    const bodies: string[] = [];
    const client = clientFor(async (body) => {
      bodies.push(body);
      return { status: 200, body: '{"result":"success"}' };
    });
    await client.call('GetClientsProducts', { clientid: 4, limitnum: 25 });
    expect(bodies).toEqual(['clientid=4&limitnum=25&action=GetClientsProducts&identifier=id-123&secret=s3cret&accesskey=key%26%3D%3F&responsetype=json']);
  });
});
