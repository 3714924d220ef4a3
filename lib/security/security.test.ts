import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamicPagePolicy, loadsGtm, staticPagePolicy } from './content-security-policy.mjs';
import { forwardedChain, installPeerStamp } from './peer-address';
import { needsStrictCsp, withStrictCsp } from './strict-csp';
import { installStrictTransportSecurity, strictTransportSecurity } from './strict-transport';

function directive(policy: string, name: string): string | undefined {
  return policy.split('; ').find((part) => part.startsWith(`${name} `));
}

describe('Content-Security-Policy', () => {
  it('static pages: scripts from this origin and inline only, no plugins, no framing', () => {
    const policy = staticPagePolicy();
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'self'");
  });

  it('pages rendered per request: only scripts carrying the nonce, and what they load', () => {
    const policy = dynamicPagePolicy('abc123==');
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('allows Google Tag Manager only when the shop loads it (ANALYTICS=gtm)', () => {
    expect(staticPagePolicy(false)).not.toContain('google');
    expect(dynamicPagePolicy('n', false)).not.toContain('google');
    expect(directive(staticPagePolicy(true), 'script-src')).toBe("script-src 'self' 'unsafe-inline' https://www.googletagmanager.com");
    expect(directive(dynamicPagePolicy('n', true), 'connect-src')).toContain('https://*.google-analytics.com');
    expect(loadsGtm({ ANALYTICS: 'gtm' })).toBe(true);
    expect(loadsGtm({ ANALYTICS: 'events' })).toBe(false);
    expect(loadsGtm({})).toBe(false);
  });

  it.each([
    ['/checkout', true],
    ['/cart', true],
    ['/sign-in', true],
    ['/account', true],
    ['/account/services', true],
    ['/order/9', true],
    ['/sandbox/mail', true],
    ['/reset-password', true],
    ['/sign-out/confirm', true],
    ['/sign-out', false],
    ['/cart/x', false],
    ['/', false],
    ['/store/vps', false],
    ['/cartoon', false],
    ['/embed', false],
  ])('%s gets the strict policy: %s', (path, strict) => {
    expect(needsStrictCsp(path)).toBe(strict);
  });

  it('gives Next.js the nonce on the request and the browser the same policy on the response, fresh each time', () => {
    const response = withStrictCsp(new NextRequest('http://shop.test/checkout'), 'bm9uY2U=');
    const policy = dynamicPagePolicy('bm9uY2U=');
    expect(response.headers.get('content-security-policy')).toBe(policy);
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    const first = withStrictCsp(new NextRequest('http://shop.test/checkout')).headers.get('content-security-policy');
    const second = withStrictCsp(new NextRequest('http://shop.test/checkout')).headers.get('content-security-policy');
    expect(first).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    expect(first).not.toBe(second);
  });
});

describe('Strict-Transport-Security', () => {
  it('only for a shop served over https', () => {
    expect(strictTransportSecurity('https://shop.example.com')).toBe('max-age=63072000');
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});

describe('request hooks on a real HTTP server', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installPeerStamp();
    installStrictTransportSecurity('https://shop.example.com');
    server = http.createServer((request, response) => {
      const headers = new Headers(Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      response.end(JSON.stringify(forwardedChain(headers)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('appends the connection address to what the visitor claimed, and sends HSTS', async () => {
    const response = await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.7', 'x-hostfront-peer': 'forged' } });
    expect(await response.json()).toEqual(['203.0.113.7', '127.0.0.1']);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000');
  });
});
