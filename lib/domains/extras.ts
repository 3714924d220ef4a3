import { toMinor, type ExtraPrices } from '@/lib/pricing';
import { DOMAIN_EXTRAS } from '@/lib/whmcs/types';
import type { DomainSettings } from '@/lib/catalogue/config-file';

/**
 * The yearly price of each domain extra in a currency, from the shop's configuration (WHMCS's
 * Domain Addons pricing, which its API does not return); null when the shop set none for it.
 */
export function extraPricesFor(settings: DomainSettings, currencyCode: string): ExtraPrices | null {
  const configured = settings.extraPrices?.[currencyCode];
  if (!configured) return null;
  return Object.fromEntries(DOMAIN_EXTRAS.map((extra) => [extra, toMinor(configured[extra])])) as ExtraPrices;
}
