import 'server-only';
import { env, type Env } from '@/lib/config/env';
import { secret } from '@/lib/config/secrets';
import { createWhmcsClient, type WhmcsClient, type WhmcsCredentials } from './client';
import { httpTransport, sandboxTransport } from './transport';

/**
 * Where WHMCS is and who we are to it: the only place that reads the API credentials. A real
 * WHMCS when WHMCS_API_URL is set, the built-in sandbox otherwise.
 */

type WhmcsEndpoint = { kind: 'http'; url: string } | { kind: 'sandbox' };

export interface WhmcsConnection {
  endpoint: WhmcsEndpoint;
  credentials: WhmcsCredentials;
  timeoutMs: number;
}

type ConnectionEnv = Pick<
  Env,
  | 'WHMCS_API_URL'
  | 'WHMCS_API_IDENTIFIER'
  | 'WHMCS_API_SECRET'
  | 'WHMCS_API_ACCESSKEY'
  | 'WHMCS_TIMEOUT_MS'
  | 'SANDBOX_API_IDENTIFIER'
  | 'SANDBOX_API_SECRET'
>;

export function connectionFromEnv(config: ConnectionEnv): WhmcsConnection {
  if (config.WHMCS_API_URL) {
    return {
      endpoint: { kind: 'http', url: config.WHMCS_API_URL },
      // env() already refuses a URL without identifier and secret; '' only satisfies the types.
      credentials: {
        identifier: config.WHMCS_API_IDENTIFIER ?? '',
        secret: config.WHMCS_API_SECRET ?? '',
        accessKey: config.WHMCS_API_ACCESSKEY,
      },
      timeoutMs: config.WHMCS_TIMEOUT_MS,
    };
  }
  return {
    endpoint: { kind: 'sandbox' },
    credentials: { identifier: config.SANDBOX_API_IDENTIFIER, secret: config.SANDBOX_API_SECRET ?? secret('SANDBOX_API_SECRET') },
    timeoutMs: config.WHMCS_TIMEOUT_MS,
  };
}

let shared: WhmcsClient | undefined;

/** The app-wide client, built on first use (never at import, so builds need no configuration). */
export function defaultClient(): WhmcsClient {
  if (!shared) {
    const { endpoint, credentials, timeoutMs } = connectionFromEnv(env());
    const transport = endpoint.kind === 'http' ? httpTransport(endpoint.url) : sandboxTransport();
    shared = createWhmcsClient({ transport, credentials, timeoutMs });
  }
  return shared;
}
