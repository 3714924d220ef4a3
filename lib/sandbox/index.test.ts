import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formBody } from './testkit';
import { stampPeer } from '@/lib/security/peer-address';

/**
 * The env-configured entry points (lib/sandbox/index.ts) and the HTTP route, each loaded fresh
 * against its own temporary DATA_DIR.
 */
let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostfront-sandbox-env-'));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('WHMCS_API_URL', '');
  vi.stubEnv('SANDBOX_API_IDENTIFIER', 'env-identifier');
  vi.stubEnv('SANDBOX_API_SECRET', 'env-secret-123');
  vi.stubEnv('PORT', '4123');
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const credentials = { identifier: 'env-identifier', secret: 'env-secret-123' };

describe('lib/sandbox entry points', () => {
  it('serves the API from DATA_DIR/sandbox.sqlite with the configured credentials', async () => {
    const sandbox = await import('./index');
    const ok = await sandbox.handleApiRequest({
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body: formBody({ ...credentials, action: 'GetProducts', pid: 1, responsetype: 'json' }),
      remoteIp: '127.0.0.1',
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).products.product[0].product_url).toBe('http://localhost:4123/store/shared-hosting/starter');
    expect(fs.existsSync(path.join(dataDir, 'sandbox.sqlite'))).toBe(true);

    const denied = await sandbox.handleApiRequest({
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body: formBody({ identifier: 'hostfront-sandbox', secret: 'sandbox-secret-change-me', action: 'GetProducts' }),
      remoteIp: '127.0.0.1',
    });
    expect(denied.status).toBe(403);
  });

  it('reads fault files written with writeSandboxFaults(DATA_DIR)', async () => {
    const sandbox = await import('./index');
    sandbox.writeSandboxFaults(dataDir, { unavailable: true });
    const request = { method: 'POST', contentType: null, body: formBody({ ...credentials, action: 'GetCurrencies' }), remoteIp: '::1' };
    expect((await sandbox.handleApiRequest(request)).status).toBe(503);
    sandbox.clearSandboxFaults(dataDir);
    expect((await sandbox.handleApiRequest(request)).status).toBe(200);
  });

  it('is named in catalogue.sandbox.json as its own database names its groups and products (URLs for WHMCS before 8.3)', async () => {
    const { SEED_GROUPS, SEED_PRODUCTS } = await import('./seed');
    const file = JSON.parse(fs.readFileSync(path.resolve('catalogue.sandbox.json'), 'utf8')) as { groups: Record<string, unknown>; productSlugs: Record<string, string> };
    expect(file.groups).toEqual(Object.fromEntries(SEED_GROUPS.map((g) => [g.slug, { name: g.name, tagline: g.tagline, order: g.order, gid: g.id }])));
    expect(file.productSlugs).toEqual(Object.fromEntries(SEED_PRODUCTS.map((p) => [String(p.id), p.slug])));
  });
});

describe('sandbox API credentials with no SANDBOX_API_SECRET', () => {
  it('never accepts the once-published default; the generated secret in DATA_DIR is the one the client uses', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SANDBOX_API_IDENTIFIER', undefined);
    vi.stubEnv('SANDBOX_API_SECRET', undefined);
    const sandbox = await import('./index');
    const published = formBody({ identifier: 'hostfront-sandbox', secret: 'sandbox-secret-change-me', action: 'GetCurrencies' });
    for (const remoteIp of ['203.0.113.7', '127.0.0.1']) {
      const answer = await sandbox.handleApiRequest({ method: 'POST', contentType: null, body: published, remoteIp });
      expect(answer.status, remoteIp).toBe(403);
    }

    const generated = fs.readFileSync(path.join(dataDir, 'secrets', 'sandbox_api_secret.txt'), 'utf8').trim();
    expect(generated.length).toBeGreaterThanOrEqual(32);
    const { connectionFromEnv } = await import('@/lib/whmcs/connection');
    const { env } = await import('@/lib/config/env');
    expect(connectionFromEnv(env()).credentials).toEqual({ identifier: 'hostfront-sandbox', secret: generated });
    const body = formBody({ identifier: 'hostfront-sandbox', secret: generated, action: 'GetCurrencies' });
    expect((await sandbox.handleApiRequest({ method: 'POST', contentType: null, body, remoteIp: '127.0.0.1' })).status).toBe(200);
  });
});

/** Headers as a route handler sees them for a request that arrived on a connection from `peer`. */
function arrivedFrom(peer: string, sent: Record<string, string>): Record<string, string> {
  const raw: Record<string, string | string[] | undefined> = { ...sent };
  stampPeer(raw, peer);
  return Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

describe('POST /includes/api.php', () => {
  it('hands the raw body to the sandbox', async () => {
    // Node.js is the only runtime (`'use cache'` forbids naming it): the route needs node:crypto and SQLite.
    const { POST, dynamic } = await import('@/app/includes/api.php/route');
    expect(dynamic).toBe('force-dynamic');
    const response = await POST(
      new Request('http://localhost/includes/api.php', {
        method: 'POST',
        headers: arrivedFrom('10.0.0.1', { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.50' }),
        body: formBody({ ...credentials, action: 'AddOrder', clientid: 1, paymentmethod: 'paypal', pid: [1] }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { result: string; orderid: number };
    expect(body.result).toBe('success');
    const orders = await POST(
      new Request('http://localhost/includes/api.php', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: formBody({ ...credentials, action: 'GetOrders', id: body.orderid, responsetype: 'json' }),
      }),
    );
    // The connection's address: with no trusted proxies, a forwarded header is not believed (lib/auth/request-ip).
    expect(((await orders.json()) as { orders: { order: { ipaddress: string }[] } }).orders.order[0]?.ipaddress).toBe('10.0.0.1');
  });

  it('reads no more than 8 MB of a body and then refuses it like PHP (empty $_POST)', async () => {
    const { POST } = await import('@/app/includes/api.php/route');
    const head = new TextEncoder().encode(`${formBody({ ...credentials, action: 'GetCurrencies' })}&pad=`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        else controller.enqueue(new Uint8Array(1024 * 1024).fill(0x78));
        sent++;
        // 20 MB on offer; the route must stop pulling a little past 8 MB.
        if (sent > 20) controller.close();
      },
    });
    const response = await POST(
      new Request('http://localhost/includes/api.php', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '127.0.0.1' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(403);
    expect(sent).toBeLessThanOrEqual(11);
  });

  it('answers a GET with the variables in its query string, as WHMCS reads $_REQUEST', async () => {
    const { GET } = await import('@/app/includes/api.php/route');
    const query = formBody({ ...credentials, action: 'GetCurrencies', responsetype: 'json' });
    const response = await GET(new Request(`http://localhost/includes/api.php?${query}`, { headers: arrivedFrom('10.0.0.1', {}) }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { result: string }).result).toBe('success');
  });

  it('applies the API role, IP allow-list and access key of SANDBOX_API_*', async () => {
    vi.stubEnv('SANDBOX_API_ALLOWED_ACTIONS', 'GetCurrencies, GetProducts');
    vi.stubEnv('SANDBOX_API_ALLOWED_IPS', '10.0.0.1');
    vi.stubEnv('SANDBOX_API_ACCESSKEY', 'the-key');
    const { POST } = await import('@/app/includes/api.php/route');
    const from = (ip: string, params: Record<string, string>) =>
      POST(
        new Request('http://localhost/includes/api.php', {
          method: 'POST',
          headers: arrivedFrom(ip, { 'content-type': 'application/x-www-form-urlencoded' }),
          body: formBody({ ...credentials, responsetype: 'json', ...params }),
        }),
      ).then(async (response) => [response.status, ((await response.json()) as { message?: string }).message ?? 'ok']);
    expect(await from('10.0.0.1', { action: 'GetCurrencies' })).toEqual([200, 'ok']);
    expect(await from('10.0.0.1', { action: 'GetPromotions' })).toEqual([403, 'Invalid Permissions: API action "getpromotions" is not allowed']);
    expect(await from('10.0.0.2', { action: 'GetCurrencies' })).toEqual([403, 'Invalid IP 10.0.0.2']);
    expect(await from('10.0.0.2', { action: 'GetCurrencies', accesskey: 'the-key' })).toEqual([200, 'ok']);
  });

  it('answers a plain 404 when a real WHMCS is configured', async () => {
    vi.stubEnv('WHMCS_API_URL', 'https://billing.example.com/includes/api.php');
    vi.stubEnv('WHMCS_API_IDENTIFIER', 'real');
    vi.stubEnv('WHMCS_API_SECRET', 'real-secret');
    const { POST } = await import('@/app/includes/api.php/route');
    const response = await POST(
      new Request('http://localhost/includes/api.php', { method: 'POST', body: formBody({ ...credentials, action: 'GetCurrencies' }) }),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('Not Found');
    expect(fs.existsSync(path.join(dataDir, 'sandbox.sqlite'))).toBe(false);
  });
});
