import { NextResponse, type NextRequest } from 'next/server';
import { dynamicPagePolicy } from './content-security-policy.mjs';

/**
 * The pages rendered per request, which get the strict, nonce-based policy (see
 * content-security-policy.mjs). proxy.ts's matcher must list the same paths (matchers must be
 * literals there).
 */
const DYNAMIC_PAGE = /^\/(?:(?:cart|domains|checkout|sign-in|sign-up|reset-password|sign-out\/confirm)$|(?:account|order|sandbox)(?:\/|$))/;

export function needsStrictCsp(pathname: string): boolean {
  return DYNAMIC_PAGE.test(pathname);
}

/** A fresh nonce: 128 random bits, base64. */
function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * Lets the request through with its nonce: in the request's policy, where Next.js looks for it
 * while rendering, and in the response's, where the browser enforces it.
 */
export function withStrictCsp(request: NextRequest, nonce: string = newNonce()): NextResponse {
  const policy = dynamicPagePolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}
