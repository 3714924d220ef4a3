import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { processWide } from '@/lib/process-wide';
import { installRequestHook } from './request-hook';

/**
 * The address of the connection a request came in on, made visible to route handlers and server
 * actions, which see headers only.
 *
 * `next start` writes the connection's address into X-Forwarded-For only when the request has
 * none (`??=`), so a visitor who sends their own header hides their address completely. This
 * stamps every request as it arrives, before Next.js sees it: the connection's address is
 * appended to X-Forwarded-For (as a reverse proxy would), and a per-process random token in
 * `x-hostfront-peer` proves the stamp was made here. A request without the token (one that
 * arrived before the stamp was installed, or a forged header) has no known address at all.
 */
export const PEER_HEADER = 'x-hostfront-peer';

/** The token of this process; every bundle of the server shares it (lib/process-wide). */
export function peerToken(): string {
  return processWide('peer-token', () => randomBytes(18).toString('base64url'));
}

/** Appends the connection's address to X-Forwarded-For and marks the headers as stamped. */
export function stampPeer(headers: IncomingHttpHeaders, peer: string | undefined, token: string = peerToken()): void {
  // Stamped already: Next.js forwarding a request to itself, whose own address would be wrong.
  if (headers[PEER_HEADER] === token) return;
  delete headers[PEER_HEADER];
  if (!peer) return;
  const sent = headers['x-forwarded-for'];
  const chain = (Array.isArray(sent) ? sent : [sent]).filter((value): value is string => Boolean(value?.trim()));
  headers['x-forwarded-for'] = [...chain, peer].join(', ');
  headers[PEER_HEADER] = token;
}

/**
 * X-Forwarded-For as sent plus the connection's address (the right-most entry), or null when the
 * request was not stamped by this process.
 */
export function forwardedChain(headers: Pick<Headers, 'get'>, token: string = peerToken()): string[] | null {
  if (headers.get(PEER_HEADER) !== token) return null;
  return (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
}

/** Stamps every request of this process (instrumentation.ts calls it at start-up). */
export function installPeerStamp(): void {
  installRequestHook('peer-address', (request) => stampPeer(request.headers, request.socket.remoteAddress));
}
