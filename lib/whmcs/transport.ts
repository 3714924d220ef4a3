import 'server-only';

/**
 * How an encoded API request reaches a WHMCS: over HTTP, or in-process to the built-in sandbox.
 * Both get the same form-encoded body, so the sandbox path exercises the real wire format.
 * A transport only moves bytes; reading the answer (status codes, JSON, errors) is the client's job.
 */
export interface TransportResponse {
  status: number;
  body: string;
}

/** Should stop work when `signal` aborts (the client also stops waiting for it then). */
export type Transport = (body: string, signal: AbortSignal) => Promise<TransportResponse>;

export function httpTransport(url: string): Transport {
  return async (body, signal) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal,
      // API answers are never cacheable (and Next.js would otherwise consider caching fetches).
      cache: 'no-store',
    });
    return { status: response.status, body: await response.text() };
  };
}

/** The sandbox's entry point (`lib/sandbox`), restated here so a change to it fails type-checking. */
interface SandboxApi {
  handleApiRequest(req: {
    method: string;
    contentType: string | null;
    body: Uint8Array | string;
    remoteIp: string;
  }): Promise<{ status: number; headers: Record<string, string>; body: string }>;
}

/**
 * The built-in sandbox, called in-process as if over HTTP from `remoteIp`. Loaded on first use so a
 * shop connected to a real WHMCS never loads SQLite.
 */
export function sandboxTransport(remoteIp = '127.0.0.1'): Transport {
  return async (body) => {
    const sandbox: SandboxApi = await import('@/lib/sandbox');
    const response = await sandbox.handleApiRequest({
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body,
      remoteIp,
    });
    return { status: response.status, body: response.body };
  };
}
