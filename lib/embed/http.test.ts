import { describe, expect, it } from 'vitest';
import { EMBED_CACHE_CONTROL, embedHeaders, embedSettings, requestOrigins, type ShopSettings } from './http';

const shop: ShopSettings = {
  allowedOrigins: ['https://www.example.com'],
  ownOrigins: ['https://shop.example'],
  shopName: 'Demo',
  shopAccent: '#4f46e5',
};
const settings = (query: string) => embedSettings(new URLSearchParams(query), shop);

describe('embedSettings', () => {
  it('talks to an allowed parent, under the id the loader gave', () => {
    expect(settings('parent=https%3A%2F%2Fwww.example.com&id=hfx-1').frame).toEqual({ target: 'https://www.example.com', id: 'hfx-1' });
  });

  it('talks to the shop itself (the builder preview)', () => {
    expect(settings('parent=https%3A%2F%2Fshop.example').frame.target).toBe('https://shop.example');
  });

  it('stays silent towards a parent that is not allowed', () => {
    expect(settings('parent=https%3A%2F%2Fevil.example&id=a').frame.target).toBeNull();
  });

  it('reads the options and carries the shop settings', () => {
    const result = settings('cycle=annually&theme=dark');
    expect(result.options).toMatchObject({ cycle: 'annually', theme: 'dark', target: 'top' });
    expect(result).toMatchObject({ allowedOrigins: shop.allowedOrigins, shopName: 'Demo', shopAccent: '#4f46e5' });
  });
});

describe('embedHeaders', () => {
  it('sends the embed CSP, shared caching, and never X-Frame-Options or cookies', () => {
    const headers = embedHeaders({ status: 200, csp: "frame-ancestors 'self'" });
    expect(headers).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "frame-ancestors 'self'",
      'Cache-Control': EMBED_CACHE_CONTROL,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(EMBED_CACHE_CONTROL).toMatch(/^public, .*s-maxage=60, stale-while-revalidate=600$/);
  });

  it('caches a "not available" card like any embed, but never an outage', () => {
    expect(embedHeaders({ status: 404, csp: '' })['Cache-Control']).toBe(EMBED_CACHE_CONTROL);
    expect(embedHeaders({ status: 503, csp: '' })['Cache-Control']).toBe('no-store');
  });
});

describe('requestOrigins', () => {
  const base = { url: 'http://localhost:3000/embed/group/vps', host: null, forwardedHost: null, forwardedProto: null, siteOrigin: null };

  it('takes the origin the browser asked for from the Host header', () => {
    expect(requestOrigins({ ...base, host: '127.0.0.1:4100' })).toEqual(['http://localhost:3000', 'http://127.0.0.1:4100']);
  });

  it('prefers what a proxy forwarded, and adds SHOP_URL', () => {
    expect(
      requestOrigins({ ...base, host: 'internal:3000', forwardedHost: 'shop.example, cdn.example', forwardedProto: 'https', siteOrigin: 'https://www.shop.example' }),
    ).toEqual(['http://localhost:3000', 'https://shop.example', 'https://www.shop.example']);
  });

  it('ignores a malformed Host header and lists each origin once', () => {
    expect(requestOrigins({ ...base, host: 'bad host/"' })).toEqual(['http://localhost:3000']);
    expect(requestOrigins({ ...base, host: 'localhost:3000' })).toEqual(['http://localhost:3000']);
  });
});
