import { isIP } from 'node:net';
import { env } from '@/lib/config/env';
import { forwardedChain } from '@/lib/security/peer-address';
import { rangeMatcher, type ProxyTrust } from '@/lib/security/trusted-proxies';

/**
 * The customer's IP address, for AddOrder's `clientip`, AddClient and per-IP rate limits.
 *
 * The chain is X-Forwarded-For as it arrived plus the address of the connection itself, added
 * by lib/security/peer-address.ts. Only the proxies TRUSTED_PROXIES names may speak for the
 * visitor: by default none, so the visitor is the connection's address and anything the browser
 * wrote in X-Forwarded-For is ignored. With trusted proxies, the chain is read from the right,
 * past the proxies, to the first address they vouch for. Null when the address is unknown (a
 * request that was not stamped) or not a literal IP: WHMCS refuses an invalid `clientip`.
 */
export function clientIpFromHeaders(headers: Pick<Headers, 'get'>, trust: ProxyTrust = env().TRUSTED_PROXIES): string | null {
  const chain = forwardedChain(headers)?.map(normaliseIp);
  if (!chain || chain.length === 0) return null;
  const client = chain[visitorIndex(chain, trust)] ?? '';
  return isIpAddress(client) ? client : null;
}

function visitorIndex(chain: readonly string[], trust: ProxyTrust): number {
  if ('hops' in trust) return Math.max(0, chain.length - 1 - trust.hops);
  const isProxy = rangeMatcher(trust.ranges);
  let index = chain.length - 1;
  while (index > 0 && isProxy(chain[index] ?? '')) index--;
  return index;
}

function isIpAddress(value: string): boolean {
  return isIP(value) !== 0;
}

/** Trims, drops IPv6 brackets and maps `::ffff:1.2.3.4` (an IPv4 client on a dual-stack socket) to `1.2.3.4`. */
export function normaliseIp(raw: string): string {
  let value = raw.trim();
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  return mapped?.[1] ?? value;
}

/** This computer: 127.0.0.0/8 or ::1 (after normaliseIp). */
export function isLoopbackIp(ip: string | null): boolean {
  return ip !== null && (ip === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip));
}
