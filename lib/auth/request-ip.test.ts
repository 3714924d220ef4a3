import { describe, expect, it } from 'vitest';
import { peerToken, PEER_HEADER, stampPeer } from '@/lib/security/peer-address';
import { parseEnv } from '@/lib/config/env';
import { clientIpFromHeaders, isLoopbackIp, normaliseIp } from './request-ip';

/** The headers a route handler sees for a request that arrived with `sent` on a connection from `peer`. */
function arrived(peer: string | undefined, sent: Record<string, string> = {}): Headers {
  const raw: Record<string, string | string[] | undefined> = { ...sent };
  stampPeer(raw, peer);
  return new Headers(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

describe('clientIpFromHeaders', () => {
  it('without trusted proxies, is the connection address whatever X-Forwarded-For claims', () => {
    expect(clientIpFromHeaders(arrived('198.51.100.4', { 'x-forwarded-for': '1.2.3.4' }), { hops: 0 })).toBe('198.51.100.4');
    expect(clientIpFromHeaders(arrived('198.51.100.4', { 'x-real-ip': '1.2.3.4' }), { hops: 0 })).toBe('198.51.100.4');
    expect(clientIpFromHeaders(arrived('::ffff:127.0.0.1'), { hops: 0 })).toBe('127.0.0.1');
  });

  it('is unknown for a request that was not stamped, however its headers look', () => {
    expect(clientIpFromHeaders(new Headers({ 'x-forwarded-for': '203.0.113.7' }), { hops: 0 })).toBeNull();
    expect(clientIpFromHeaders(new Headers({ 'x-forwarded-for': '203.0.113.7', [PEER_HEADER]: 'guessed' }), { hops: 0 })).toBeNull();
    expect(clientIpFromHeaders(arrived(undefined, { 'x-forwarded-for': '203.0.113.7' }), { hops: 0 })).toBeNull();
  });

  it('with N trusted hops, takes the entry N places left of the connection', () => {
    const viaTwo = arrived('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.1' });
    expect(clientIpFromHeaders(viaTwo, { hops: 2 })).toBe('203.0.113.7');
    expect(clientIpFromHeaders(viaTwo, { hops: 1 })).toBe('10.0.0.1');
    expect(clientIpFromHeaders(arrived('10.0.0.2', { 'x-forwarded-for': 'unknown' }), { hops: 1 })).toBeNull();
  });

  it('with trusted ranges, skips proxies from the right and stops at the first address they vouch for', () => {
    const trust = { ranges: ['10.0.0.0/8', '2001:db8::1'] };
    expect(clientIpFromHeaders(arrived('10.1.2.3', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }), trust)).toBe('203.0.113.7');
    expect(clientIpFromHeaders(arrived('2001:db8::1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.9' }), trust)).toBe('203.0.113.7');
    // Not from a proxy: the header is ignored.
    expect(clientIpFromHeaders(arrived('198.51.100.4', { 'x-forwarded-for': '203.0.113.7' }), trust)).toBe('198.51.100.4');
  });

  it('a request Next.js forwards to itself keeps the stamp of its first arrival', () => {
    const raw: Record<string, string | string[] | undefined> = { 'x-forwarded-for': '1.2.3.4' };
    stampPeer(raw, '198.51.100.4');
    stampPeer(raw, '127.0.0.1');
    expect(raw['x-forwarded-for']).toBe('1.2.3.4, 198.51.100.4');
    expect(raw[PEER_HEADER]).toBe(peerToken());
  });

  it('knows this computer', () => {
    expect(isLoopbackIp('127.0.0.1')).toBe(true);
    expect(isLoopbackIp('::1')).toBe(true);
    expect(isLoopbackIp('10.0.0.1')).toBe(false);
    expect(isLoopbackIp(null)).toBe(false);
  });

  it('unwraps IPv4-mapped IPv6 and brackets', () => {
    expect(normaliseIp('[2001:db8::1]')).toBe('2001:db8::1');
    expect(normaliseIp(' 10.0.0.1 ')).toBe('10.0.0.1');
    expect(normaliseIp('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('TRUSTED_PROXIES', () => {
  it('is none by default, a hop count, or a list of addresses and ranges', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual({ hops: 0 });
    expect(parseEnv({ TRUSTED_PROXIES: '2' }).TRUSTED_PROXIES).toEqual({ hops: 2 });
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1,2001:db8::/32' }).TRUSTED_PROXIES).toEqual({
      ranges: ['10.0.0.0/8', '192.0.2.1', '2001:db8::/32'],
    });
  });
  it('names the variable and the entry that is wrong', () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33" is not an IP address/);
    expect(() => parseEnv({ TRUSTED_PROXIES: 'proxy.internal' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseEnv({ TRUSTED_PROXIES: '99' })).toThrow(/TRUSTED_PROXIES: a number of proxies/);
  });
});
