import { isIP } from 'node:net';

/**
 * The customer's IP address, for AddOrder's `clientip`, AddClient and per-IP rate limits.
 *
 * Server actions cannot see the socket, only headers. `next start` fills `x-forwarded-for` with
 * the socket address when no proxy did; a reverse proxy appends the address it saw. The
 * right-most valid entry is therefore the one added by the server nearest to us (the left-most
 * is whatever the browser claimed, trivially forged), then `x-real-ip`. Anything that is not a
 * literal IP address is ignored: WHMCS refuses an invalid `clientip` outright.
 */
export function clientIpFromHeaders(headers: Pick<Headers, 'get'>): string | null {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map(normaliseIp).filter(isIpAddress);
  const last = forwarded.at(-1);
  if (last) return last;
  const real = normaliseIp(headers.get('x-real-ip') ?? '');
  return isIpAddress(real) ? real : null;
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
