import { describe, expect, it } from 'vitest';
import { clientIpFromHeaders, normaliseIp } from './request-ip';

const headers = (values: Record<string, string>) => new Headers(values);

describe('clientIpFromHeaders', () => {
  it('takes the address the nearest proxy added (the right-most), not what the browser claimed', () => {
    expect(clientIpFromHeaders(headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' }))).toBe('203.0.113.7');
    expect(clientIpFromHeaders(headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7');
  });
  it('skips entries that are not IP addresses', () => {
    expect(clientIpFromHeaders(headers({ 'x-forwarded-for': '203.0.113.7, unknown' }))).toBe('203.0.113.7');
    expect(clientIpFromHeaders(headers({ 'x-forwarded-for': 'evil; DROP TABLE', 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
  });
  it('falls back to x-real-ip, then to nothing', () => {
    expect(clientIpFromHeaders(headers({ 'x-real-ip': '2001:db8::1' }))).toBe('2001:db8::1');
    expect(clientIpFromHeaders(headers({ 'x-real-ip': 'localhost' }))).toBeNull();
    expect(clientIpFromHeaders(headers({}))).toBeNull();
  });
  it('unwraps IPv4-mapped IPv6 and brackets', () => {
    expect(clientIpFromHeaders(headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
    expect(normaliseIp('[2001:db8::1]')).toBe('2001:db8::1');
    expect(normaliseIp(' 10.0.0.1 ')).toBe('10.0.0.1');
  });
});
