import { toMinor } from '@/lib/pricing';
import { DOMAIN_EXTRAS, type DomainExtra, type Minor } from '@/lib/whmcs/types';
import type { DomainSettings } from '@/lib/catalogue/config-file';

export type ExtraPrices = Record<DomainExtra, Minor>;

/**
 * The yearly price of each domain extra in a currency, from the shop's configuration (WHMCS's
 * Domain Addons pricing, which its API does not return); null when the shop set none for it.
 */
export function extraPricesFor(settings: DomainSettings, currencyCode: string): ExtraPrices | null {
  const configured = settings.extraPrices?.[currencyCode];
  if (!configured) return null;
  return Object.fromEntries(DOMAIN_EXTRAS.map((extra) => [extra, toMinor(configured[extra])])) as ExtraPrices;
}

/** The extras chosen, for `years`: what they add to a registration, transfer or renewal. */
export function extrasCost(chosen: Record<DomainExtra, boolean>, prices: ExtraPrices | null, years: number): Minor {
  if (!prices) return 0;
  return DOMAIN_EXTRAS.reduce((sum, extra) => sum + (chosen[extra] ? prices[extra] * years : 0), 0);
}
