import 'server-only';
import { domainAvailability, domainSettings, tldPricing } from '@/lib/domains';
import { extraPricesFor } from '@/lib/domains/extras';
import type { Currency } from '@/lib/whmcs/types';
import type { DomainMutationContext } from './domain-lines';
import { sealEppCode } from './epp-code';

/**
 * What the domain-line rules (./domain-lines) need from the running shop in one currency: its TLD
 * prices and domain settings (read when first needed), the cached WHOIS lookup, the EPP sealer.
 * Shared by the cart's domain actions and the configurator's add with a domain step.
 */
export function domainServices(currency: Pick<Currency, 'id' | 'code'>): Pick<DomainMutationContext, 'domainCatalogue' | 'availability' | 'sealEppCode'> {
  return {
    domainCatalogue: async () => {
      const settings = domainSettings();
      const { tlds } = await tldPricing(currency);
      return { currencyCode: currency.code, tlds, extraPrices: extraPricesFor(settings, currency.code), idnLanguages: settings.idnLanguages ?? {} };
    },
    availability: domainAvailability,
    sealEppCode,
  };
}
