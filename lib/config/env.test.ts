import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env';

describe('parseEnv', () => {
  it('runs on the sandbox with no configuration at all', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe('.data');
    expect(env.WHMCS_API_URL).toBeUndefined();
    expect(env.SANDBOX_API_IDENTIFIER).toBe('hostfront-sandbox');
    expect(env.EMBED_ALLOWED_ORIGINS).toEqual([]);
    expect(env.WHMCS_TIMEOUT_MS).toBe(10_000);
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ WHMCS_API_URL: '', SESSION_SECRET: '  ' }).WHMCS_API_URL).toBeUndefined();
  });

  it('names the variable when a value is bad', () => {
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseEnv({ WHMCS_API_URL: 'billing.example.com' })).toThrow(/WHMCS_API_URL: must be the full URL/);
    expect(() => parseEnv({ SHOP_ACCENT: 'blue' })).toThrow(/SHOP_ACCENT/);
    expect(() => parseEnv({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET: must be at least 32/);
    expect(() => parseEnv({ EMBED_ALLOWED_ORIGINS: 'https://ok.example, not an origin' })).toThrow(/EMBED_ALLOWED_ORIGINS/);
    expect(() => parseEnv({ PORT: 'x' })).toThrow(ConfigError);
    expect(() => parseEnv({ SHOP_URL: 'shop.example.com' })).toThrow(/SHOP_URL: must be the shop's public origin/);
    expect(() => parseEnv({ SHOP_TERMS_URL: '/terms' })).toThrow(/SHOP_TERMS_URL/);
  });

  it('requires the API credentials with a real WHMCS', () => {
    const attempt = () => parseEnv({ WHMCS_API_URL: 'https://billing.example.com/includes/api.php' });
    expect(attempt).toThrow(/WHMCS_API_IDENTIFIER: is required when WHMCS_API_URL is set/);
    expect(attempt).toThrow(/WHMCS_API_SECRET: is required/);
    const env = parseEnv({
      WHMCS_API_URL: 'https://billing.example.com/includes/api.php',
      WHMCS_API_IDENTIFIER: 'id',
      WHMCS_API_SECRET: 'secret',
    });
    expect(env.WHMCS_API_URL).toBe('https://billing.example.com/includes/api.php');
  });

  it('parses the embed origin list, dropping trailing slashes', () => {
    expect(parseEnv({ EMBED_ALLOWED_ORIGINS: 'https://www.example.com/, http://localhost:8080' }).EMBED_ALLOWED_ORIGINS).toEqual([
      'https://www.example.com',
      'http://localhost:8080',
    ]);
    expect(() => parseEnv({ EMBED_ALLOWED_ORIGINS: 'https://www.example.com/pricing' })).toThrow(/not an origin/);
  });

  it('with a shared database, refuses to start without the keys every instance must share, naming each', () => {
    const url = 'postgres://hostfront@db.example.com/hostfront';
    const attempt = () => parseEnv({ DATABASE_URL: url });
    expect(attempt).toThrow(/SESSION_SECRET: is required when DATABASE_URL is set/);
    expect(attempt).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: is required when DATABASE_URL is set/);
    expect(attempt).toThrow(/DEPLOYMENT_ID: is required when DATABASE_URL is set/);
    const shared = { SESSION_SECRET: 'x'.repeat(32), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'a2V5', DEPLOYMENT_ID: 'v1' };
    expect(() => parseEnv({ DATABASE_URL: url, ...shared, DEPLOYMENT_ID: '' })).toThrow(/DEPLOYMENT_ID/);
    expect(parseEnv({ DATABASE_URL: url, ...shared }).DATABASE_URL).toBe(url);
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db.example.com/shop', ...shared })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
  });
});
