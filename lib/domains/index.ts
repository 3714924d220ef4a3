import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { CATALOGUE_REVALIDATE_SECONDS, CATALOGUE_TAG } from '@/lib/catalogue/cache-policy';
import { loadCatalogueConfig, type DomainSettings } from '@/lib/catalogue/config-file';
import { catalogueSource } from '@/lib/catalogue/source-key';
import { dataDir, env, usesSandbox } from '@/lib/config/env';
import { domainWhois, getTldPricing } from '@/lib/whmcs';
import type { Currency, TldPricing } from '@/lib/whmcs/types';
import { createAvailabilityLookup } from './lookup';

/**
 * The domains the shop sells, server-side: TLD prices (cached with the catalogue: tag
 * `catalogue`, same window, so POST /api/revalidate refreshes them too), the shop's domain
 * settings, and the WHOIS lookup the search uses (answers kept a few minutes, lookups bounded).
 */

/** How long one WHOIS answer is trusted. */
const WHOIS_TTL_MS = 5 * 60_000;
/** How many lookups may run at once, in this process. */
const WHOIS_CONCURRENCY = 4;

function source(): string {
  return catalogueSource({ sandbox: usesSandbox(), dataDir: dataDir(), whmcsUrl: env().WHMCS_API_URL });
}

/** Memoised per request by currency id (React `cache` compares arguments by identity). */
const tldPricingById = cache(
  (currencyId: number): Promise<TldPricing> =>
    unstable_cache(() => getTldPricing(currencyId), ['tld-pricing', 'v1', source(), String(currencyId)], {
      tags: [CATALOGUE_TAG],
      revalidate: CATALOGUE_REVALIDATE_SECONDS,
    })(),
);

/** Every TLD with its prices in `currency`. Throws the WHMCS errors when it cannot be read. */
export function tldPricing(currency: Pick<Currency, 'id'>): Promise<TldPricing> {
  return tldPricingById(currency.id);
}

/** The `domains` section of the catalogue configuration (empty when the file has none). */
export function domainSettings(): DomainSettings {
  return loadCatalogueConfig(process.env, { sandbox: usesSandbox() }).domains ?? {};
}

const LOOKUP = Symbol.for('hostfront.domains.lookup');
type GlobalWithLookup = typeof globalThis & { [LOOKUP]?: ReturnType<typeof createAvailabilityLookup> };

/** Whether a domain (ASCII) is available; one shared, cached, bounded lookup per process. */
export function domainAvailability(asciiDomain: string) {
  const holder = globalThis as GlobalWithLookup;
  holder[LOOKUP] ??= createAvailabilityLookup({ lookup: domainWhois, ttlMs: WHOIS_TTL_MS, concurrency: WHOIS_CONCURRENCY });
  return holder[LOOKUP](asciiDomain);
}
