import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cache } from 'react';
import { catalogueSourceName } from '@/lib/app-services';
import { CATALOGUE_PROFILE, CATALOGUE_STALE_PROFILE, CATALOGUE_TAG } from '@/lib/catalogue/cache-policy.mjs';
import { loadCatalogueConfig } from '@/lib/catalogue/config-file';
import { usesSandbox } from '@/lib/config/env';
import { readProcessWide, setProcessWide } from '@/lib/process-wide';
import { getConfigurationValues, getTaxRules, WhmcsUnavailableError } from '@/lib/whmcs';
import type { TaxPolicy } from './index';
import { buildTaxPolicy, TAX_SETTING_NAMES, type TaxSources } from './sources';

/**
 * The shop's TaxPolicy, server-side. WHMCS's answers (the settings by GetConfigurationValue, the
 * companion's rules and flags) are cached like the catalogue (tag `catalogue`, same window, so
 * POST /api/revalidate refreshes them too); the last good answers are kept for the process and
 * used while WHMCS is down. The `tax` section of the catalogue configuration fills what WHMCS
 * does not say (lib/tax/sources.ts).
 */

type WhmcsTaxSources = Pick<TaxSources, 'settings' | 'companion'>;
type SourcesFetch = { sources: WhmcsTaxSources } | { failure: string };

/**
 * One try at WHMCS per window; a failure is returned, not thrown (see lib/catalogue/index.ts).
 * `_source` (which WHMCS) only keys the cache: two shops started from one build stay apart.
 */
async function cachedTaxSources(_source: string): Promise<SourcesFetch> {
  'use cache';
  cacheTag(CATALOGUE_TAG);
  try {
    const [settings, companion] = await Promise.all([getConfigurationValues(TAX_SETTING_NAMES), getTaxRules()]);
    cacheLife(CATALOGUE_PROFILE);
    return { sources: { settings, companion } };
  } catch (error) {
    cacheLife(CATALOGUE_STALE_PROFILE);
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * WHMCS's tax rules as the shop applies them. Memoised per request. Throws WhmcsUnavailableError
 * when WHMCS cannot be reached and this process has never read them.
 */
export const loadTaxPolicy = cache(async (): Promise<TaxPolicy> => {
  const source = catalogueSourceName();
  const lastGoodKey = `tax-sources:${source}`;
  const fetched = await cachedTaxSources(source);
  let sources: WhmcsTaxSources | undefined;
  if ('sources' in fetched) {
    sources = fetched.sources;
    setProcessWide(lastGoodKey, sources);
  } else {
    sources = readProcessWide<WhmcsTaxSources>(lastGoodKey);
    if (!sources) throw new WhmcsUnavailableError('GetConfigurationValue', 'network', fetched.failure);
  }
  return buildTaxPolicy({ ...sources, config: loadCatalogueConfig(process.env, { sandbox: usesSandbox() }).tax });
});
