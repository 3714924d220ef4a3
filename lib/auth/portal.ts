import 'server-only';
import { env } from '@/lib/config/env';

/**
 * The WHMCS client area beside the configured API (`https://billing.example.com/includes/api.php`
 * -> `https://billing.example.com/clientarea.php`); null on the built-in sandbox, which has none.
 */
export function billingPortalUrl(): string | null {
  const api = env().WHMCS_API_URL;
  if (!api) return null;
  return new URL('../clientarea.php', api).toString();
}
