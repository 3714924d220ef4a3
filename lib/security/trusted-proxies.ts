import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/**
 * TRUSTED_PROXIES: which reverse proxies may tell the shop the visitor's IP in X-Forwarded-For.
 *
 * - unset or `0`: none. The visitor's IP is the address of the connection itself, whatever
 *   X-Forwarded-For says (anyone reaching `next start` directly could write anything there).
 * - a number `N`: N proxies always stand in front of the shop (a load balancer and nginx: 2).
 *   The entry N places from the right (the connection counting as the right-most) is the visitor.
 *   Only safe when the shop cannot be reached except through them.
 * - a comma-separated list of IPs and CIDR ranges (`10.0.0.0/8, 2001:db8::/32`): from the right,
 *   every address in the list is skipped as a proxy; the first one that is not is the visitor.
 */
export type ProxyTrust = { hops: number } | { ranges: readonly string[] };

const NO_PROXIES: ProxyTrust = { hops: 0 };

function isRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export const trustedProxiesSchema = z
  .string()
  .optional()
  .transform((value, ctx): ProxyTrust => {
    const text = (value ?? '').trim();
    if (text === '') return NO_PROXIES;
    if (/^\d+$/.test(text)) {
      const hops = Number(text);
      if (hops <= 10) return { hops };
      ctx.addIssue({ code: 'custom', message: 'a number of proxies must be between 0 and 10' });
      return NO_PROXIES;
    }
    const ranges = text.split(',').map((entry) => entry.trim()).filter(Boolean);
    for (const entry of ranges.filter((candidate) => !isRange(candidate))) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not an IP address or CIDR range like 10.0.0.0/8` });
    }
    return { ranges };
  });

/** Whether `address` (a normalised IP) is one of the trusted proxies of a range list. */
export function rangeMatcher(ranges: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of ranges) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
}
