import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cache } from 'react';
import { catalogueSourceName, domainAvailabilityLookup } from '@/lib/app-services';
import { CATALOGUE_PROFILE, CATALOGUE_STALE_PROFILE, CATALOGUE_TAG } from '@/lib/catalogue/cache-policy.mjs';
import { loadCatalogueConfig, type DomainSettings } from '@/lib/catalogue/config-file';
import { usesSandbox } from '@/lib/config/env';
import { getTldPricing, WhmcsUnavailableError } from '@/lib/whmcs';
import type { Currency, TldPricing } from '@/lib/whmcs/types';

/**
 * The domains the shop sells, server-side: TLD prices (cached with the catalogue: tag
 * `catalogue`, same window, so POST /api/revalidate refreshes them too), the shop's domain
 * settings, and the WHOIS lookup the search uses (answers kept a few minutes, lookups bounded).
 */

/** What one try at GetTLDPricing gave: the prices, or why there are none. */
type PricingFetch = { pricing: TldPricing } | { failure: string };

/**
 * GetTLDPricing in one currency, cached like the catalogue (its tag and profiles; `source` keeps
 * two shops started from one build apart). As in lib/catalogue, a failure is returned rather than
 * thrown (a throw inside `'use cache'` fails the page) and kept only for the short stale profile.
 */
async function cachedTldPricing(source: string, currencyId: number): Promise<PricingFetch> {
  'use cache';
  cacheTag(CATALOGUE_TAG);
  try {
    const pricing = await getTldPricing(currencyId);
    cacheLife(CATALOGUE_PROFILE);
    return { pricing };
  } catch (error) {
    cacheLife(CATALOGUE_STALE_PROFILE);
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

/** Memoised per request by currency id (React `cache` compares arguments by identity). */
const tldPricingById = cache(async (currencyId: number): Promise<TldPricing> => {
  const fetched = await cachedTldPricing(catalogueSourceName(), currencyId);
  if ('failure' in fetched) throw new WhmcsUnavailableError('GetTLDPricing', 'network', fetched.failure);
  return fetched.pricing;
});

/** Every TLD with its prices in `currency`. Throws the WHMCS errors when it cannot be read. */
export function tldPricing(currency: Pick<Currency, 'id'>): Promise<TldPricing> {
  return tldPricingById(currency.id);
}

/** The `domains` section of the catalogue configuration (empty when the file has none). */
export function domainSettings(): DomainSettings {
  return loadCatalogueConfig(process.env, { sandbox: usesSandbox() }).domains ?? {};
}

/** Whether a domain (ASCII) is available; one shared, cached, bounded lookup per process. */
export function domainAvailability(asciiDomain: string) {
  return domainAvailabilityLookup()(asciiDomain);
}
