import { describe, expect, it } from 'vitest';
import { createWhmcsApi } from './api';
import type { CallFn, WhmcsResponse } from './client';
import { WhmcsApiError, WhmcsAuthError, WhmcsUnavailableError } from './errors';
// What the companion's PHP answers (companion/tests/run.php checks its actions produce exactly these).
import domainExtras from '@/companion/tests/answers/HostfrontGetDomainExtras.json';
import productAddons from '@/companion/tests/answers/HostfrontGetProductAddons.json';
import productGroups from '@/companion/tests/answers/HostfrontGetProductGroups.json';
import taxRules from '@/companion/tests/answers/HostfrontGetTaxRules.json';
import version from '@/companion/tests/answers/HostfrontVersion.json';

const PHP_ANSWERS: Record<string, WhmcsResponse> = {
  HostfrontVersion: version,
  HostfrontGetProductGroups: productGroups,
  HostfrontGetProductAddons: productAddons,
  HostfrontGetDomainExtras: domainExtras,
  HostfrontGetTaxRules: taxRules,
};

function apiAnswering(answer: (action: string) => WhmcsResponse) {
  const call: CallFn = async (action) => answer(action);
  return createWhmcsApi(call);
}

const php = apiAnswering((action) => PHP_ANSWERS[action] ?? { result: 'error', message: 'Command Not Found' });

describe('the companion PHP answers, read by lib/whmcs', () => {
  it('HostfrontVersion', async () => {
    await expect(php.getCompanionInfo()).resolves.toEqual({
      version: '1.0.0',
      whmcsVersion: '8.13.1-release.1',
      actions: ['HostfrontVersion', 'HostfrontGetProductGroups', 'HostfrontGetProductAddons', 'HostfrontGetDomainExtras', 'HostfrontGetTaxRules'],
    });
  });

  it('HostfrontGetProductGroups: names and taglines decoded, order and hidden flags', async () => {
    const groups = await php.getProductGroups();
    expect(groups?.map((g) => [g.slug, g.name, g.order, g.hidden])).toEqual([
      ['shared-hosting', 'Shared Hosting', 1, false],
      ['vps', 'Cloud VPS', 2, false],
      ['internal', 'Internal', 3, true],
    ]);
    expect(groups?.[0]?.tagline).toBe('Fast & simple sites');
    expect(groups?.[0]?.products.find((p) => p.pid === 2)).toEqual({ pid: 2, slug: 'plus', order: 2, hidden: true, retired: false });
  });

  it('HostfrontGetProductAddons: prices per currency and cycle, quantities, retired addons left out', async () => {
    const addons = await php.getProductAddons();
    expect(addons?.map((a) => a.id)).toEqual([1, 2, 3, 4]);
    const [backups, licence, ip, ssl] = addons ?? [];
    expect(backups).toMatchObject({ name: 'Daily Off-site Backups', productIds: [1, 2, 4], payType: 'recurring', quantityAllowed: false, offeredOnOrder: true, taxed: true });
    expect(backups?.pricing.USD?.cycles).toEqual({
      monthly: { price: 200, setupFee: 0 },
      quarterly: { price: 600, setupFee: 0 },
      semiannually: { price: 1200, setupFee: 0 },
      annually: { price: 2400, setupFee: 0 },
    });
    expect(backups?.pricing.EUR).toMatchObject({ prefix: '€', suffix: ' EUR', cycles: { annually: { price: 2208, setupFee: 0 } } });
    expect(licence?.description).toBe('Licence key & installation');
    expect(licence?.pricing.USD?.cycles.monthly).toEqual({ price: 1500, setupFee: 500 });
    expect(ip).toMatchObject({ quantityAllowed: true, payType: 'recurring', taxed: false });
    expect(ssl).toMatchObject({ payType: 'onetime' });
    expect(ssl?.pricing.USD?.cycles).toEqual({ onetime: { price: 2900, setupFee: 0 } });
  });

  it('HostfrontGetDomainExtras', async () => {
    const extras = await php.getDomainExtras();
    expect(extras?.pricing.USD).toEqual({ code: 'USD', prefix: '$', suffix: ' USD', dnsManagement: 150, emailForwarding: 200, idProtection: 799 });
    expect(extras?.extensions).toEqual([
      { extension: '.com', dnsManagement: true, emailForwarding: true, idProtection: true },
      { extension: '.de', dnsManagement: true, emailForwarding: false, idProtection: false },
    ]);
  });

  it('HostfrontGetTaxRules', async () => {
    const tax = await php.getTaxRules();
    expect(tax).toMatchObject({ enabled: true, inclusive: false, compoundLevel2: false, domainsTaxed: true, taxedProductIds: [1, 2], taxedAddonIds: [1, 2, 4] });
    expect(tax?.rules).toEqual([
      { id: 1, level: 1, name: 'VAT', country: 'DE', state: '', rate: 19 },
      { id: 2, level: 1, name: 'Sales Tax', country: 'US', state: 'TX', rate: 6.25 },
      { id: 3, level: 2, name: 'City Tax', country: 'US', state: 'TX', rate: 2 },
    ]);
  });
});

describe('a WHMCS without the companion', () => {
  it('answers null when the action is unknown, not allowed or unreadable', async () => {
    const unknown = apiAnswering(() => {
      throw new WhmcsApiError('HostfrontGetProductAddons', 'Command Not Found');
    });
    await expect(unknown.getProductAddons()).resolves.toBeNull();
    const notAllowed = apiAnswering(() => {
      throw new WhmcsAuthError('HostfrontGetProductGroups', 'Invalid Permissions: API action "hostfrontgetproductgroups" is not allowed', 403);
    });
    await expect(notAllowed.getProductGroups()).resolves.toBeNull();
    const garbled = apiAnswering(() => ({ result: 'success', addons: { addon: [{ id: 'x' }] } }));
    await expect(garbled.getProductAddons()).resolves.toBeNull();
  });

  it('still fails when WHMCS itself cannot be reached or refuses our credentials', async () => {
    const down = apiAnswering(() => {
      throw new WhmcsUnavailableError('HostfrontVersion', 'timeout', 'timed out');
    });
    await expect(down.getCompanionInfo()).rejects.toBeInstanceOf(WhmcsUnavailableError);
    const badCredentials = apiAnswering(() => {
      throw new WhmcsAuthError('HostfrontVersion', 'Authentication Failed', 403);
    });
    await expect(badCredentials.getCompanionInfo()).rejects.toBeInstanceOf(WhmcsAuthError);
  });
});
