import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/config/env';
import { connectionFromEnv } from './connection';

describe('connectionFromEnv', () => {
  it('uses the built-in sandbox with its own credentials when no WHMCS URL is set', () => {
    expect(connectionFromEnv(parseEnv({ SANDBOX_API_IDENTIFIER: 'sb-id', SANDBOX_API_SECRET: 'sandbox-pass', WHMCS_API_IDENTIFIER: 'ignored' }))).toEqual({
      endpoint: { kind: 'sandbox' },
      credentials: { identifier: 'sb-id', secret: 'sandbox-pass' },
      timeoutMs: 10_000,
    });
  });

  it('uses the configured WHMCS over HTTP with its identifier, secret and access key', () => {
    const config = parseEnv({
      WHMCS_API_URL: 'https://billing.example.com/includes/api.php',
      WHMCS_API_IDENTIFIER: 'live-id',
      WHMCS_API_SECRET: 'live-secret',
      WHMCS_API_ACCESSKEY: 'ak',
      WHMCS_TIMEOUT_MS: '2500',
    });
    expect(connectionFromEnv(config)).toEqual({
      endpoint: { kind: 'http', url: 'https://billing.example.com/includes/api.php' },
      credentials: { identifier: 'live-id', secret: 'live-secret', accessKey: 'ak' },
      timeoutMs: 2500,
    });
  });
});
