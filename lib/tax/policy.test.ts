import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaxRules } from '@/lib/whmcs/types';

/**
 * loadTaxPolicy as the pages call it, with WHMCS and Next's data cache replaced (outside Next.js
 * `'use cache'` is a plain string: every call reaches WHMCS).
 */
const whmcs = vi.hoisted(() => ({
  getConfigurationValues: vi.fn<() => Promise<Record<string, string | null> | null>>(),
  getTaxRules: vi.fn<() => Promise<TaxRules | null>>(),
}));
vi.mock('@/lib/whmcs', async () => ({ ...whmcs, WhmcsUnavailableError: (await import('@/lib/whmcs/errors')).WhmcsUnavailableError }));
const nextCache = vi.hoisted(() => ({ cacheLife: vi.fn(), cacheTag: vi.fn() }));
vi.mock('next/cache', () => nextCache);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tax-policy-'));
const configFile = path.join(dataDir, 'catalogue.json');
vi.stubEnv('DATA_DIR', dataDir);
vi.stubEnv('WHMCS_API_URL', '');
vi.stubEnv('CATALOGUE_CONFIG', configFile);
fs.writeFileSync(configFile, JSON.stringify({ tax: { perLineItem: true, rules: [{ country: 'NL', rate: 21, name: 'BTW' }] } }));

const { loadTaxPolicy } = await import('./policy');

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const companion: TaxRules = {
  enabled: true,
  inclusive: false,
  compoundLevel2: false,
  domainsTaxed: true,
  rules: [{ id: 1, level: 1, name: 'VAT', country: 'GB', state: '', rate: 20 }],
  taxedProductIds: [1],
  taxedAddonIds: [],
};

describe('loadTaxPolicy', () => {
  beforeEach(() => {
    whmcs.getConfigurationValues.mockReset();
    whmcs.getTaxRules.mockReset();
    nextCache.cacheLife.mockReset();
  });

  it('fails clearly when WHMCS is down and this process never read the rules', async () => {
    whmcs.getConfigurationValues.mockRejectedValue(new Error('WHMCS did not answer'));
    whmcs.getTaxRules.mockResolvedValue(companion);
    await expect(loadTaxPolicy()).rejects.toMatchObject({ name: 'WhmcsUnavailableError', message: 'WHMCS did not answer' });
  });

  it('builds the policy from WHMCS, the companion and the configuration, cached with the catalogue', async () => {
    whmcs.getConfigurationValues.mockResolvedValue({ TaxEnabled: 'on', TaxType: 'Inclusive' });
    whmcs.getTaxRules.mockResolvedValue(companion);
    expect(await loadTaxPolicy()).toMatchObject({ enabled: true, inclusive: true, perLineItem: true, rules: companion.rules, taxedProductIds: [1] });
    expect(nextCache.cacheTag).toHaveBeenCalledWith('catalogue');
    expect(nextCache.cacheLife).toHaveBeenCalledWith('catalogue');
  });

  it('serves the last good answers while WHMCS is down, for the short window', async () => {
    whmcs.getConfigurationValues.mockRejectedValue(new Error('WHMCS did not answer'));
    whmcs.getTaxRules.mockRejectedValue(new Error('WHMCS did not answer'));
    expect(await loadTaxPolicy()).toMatchObject({ enabled: true, inclusive: true, rules: companion.rules });
    expect(nextCache.cacheLife).toHaveBeenLastCalledWith('catalogue-stale');
  });
});
