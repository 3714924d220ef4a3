import 'server-only';
import { env } from '@/lib/config/env';

/**
 * The sign-in page of the WHMCS client area beside the configured API
 * (`https://billing.example.com/includes/api.php` -> `https://billing.example.com/index.php?rp=/login`,
 * WHMCS 8's login route); null on the built-in sandbox, which has none. Two-factor accounts sign
 * in there. WHMCS's login takes no address to come back to on another site (the `goto` of
 * AutoAuth went with AutoAuth in 8.1), so the link cannot return to the shop's cart.
 */
export function portalSignInUrl(): string | null {
  const api = env().WHMCS_API_URL;
  if (!api) return null;
  return new URL('../index.php?rp=/login', api).toString();
}
