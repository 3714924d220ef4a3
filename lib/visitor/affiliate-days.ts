import { z } from 'zod';

/**
 * AFFILIATE_COOKIE_DAYS: how long `?aff=` is remembered (lib/visitor/attribution), WHMCS's 90
 * days unless the shop says. Its own module because both lib/config/env (which refuses a bad
 * value at start-up) and the proxy (which cannot import the server-only env module) read it, and
 * attribution itself stays free of zod for the browser.
 */
export const affiliateDaysSchema = z.coerce.number().int().min(1).max(3650).default(90);

export function affiliateCookieDays(source: Record<string, string | undefined> = process.env): number {
  const parsed = affiliateDaysSchema.safeParse(source.AFFILIATE_COOKIE_DAYS || undefined);
  // A bad value stops the server at start-up (lib/config/env); until then, WHMCS's default.
  return parsed.success ? parsed.data : 90;
}
