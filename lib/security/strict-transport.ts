import { installRequestHook } from './request-hook';

/**
 * HSTS: once a browser has seen the shop over HTTPS it never uses plain HTTP for it again, so a
 * network attacker cannot strip TLS from the sign-in and checkout pages. Sent when the shop's
 * public address (SHOP_URL) is https, on every response, for two years; without
 * `includeSubDomains` or `preload`, which would bind every other site of the domain too.
 */
export function strictTransportSecurity(shopUrl: string | undefined): string | null {
  return shopUrl?.startsWith('https://') ? 'max-age=63072000' : null;
}

export function installStrictTransportSecurity(shopUrl: string | undefined): void {
  const value = strictTransportSecurity(shopUrl);
  if (value) installRequestHook('strict-transport-security', (_request, response) => response.setHeader('Strict-Transport-Security', value));
}
