import { describe, expect, it } from 'vitest';
import { starterWithAddons } from '@/lib/pricing/fixtures';
import type { ProductAddon } from '@/lib/whmcs/types';
import { ADDON_ORDER_WORDING, addonOffers, addonOrderFingerprints, addonOrderKey, addonsBasis, expectedAddons, offerPriceText } from './addon-offers';

const catalogue: ProductAddon[] = [
  ...(starterWithAddons.addons ?? []),
  // Another product's addon, and one hidden from ordering: never offered for Starter (pid 1).
  { ...starterWithAddons.addons![0]!, id: 8, name: 'Other product', productIds: [2] },
  { ...starterWithAddons.addons![0]!, id: 9, name: 'Hidden', offeredOnOrder: false },
];
const monthly = { pid: 1, status: 'Active' as const, billingCycle: 'Monthly' };
const usd = { code: 'USD', prefix: '$', suffix: ' USD' };

describe('addonOffers', () => {
  it("offers the product's addons priced at the service's cycle, one-time ones once", () => {
    const offers = addonOffers(catalogue, monthly, [], 'USD');
    expect(offers.map((offer) => [offer.name, offer.cycle, offer.price])).toEqual([
      ['Daily backups', 'monthly', { price: 200, setupFee: 0 }],
      ['Extra IPv4', 'monthly', { price: 300, setupFee: 100 }],
      ['SSL Certificate', 'onetime', { price: 2900, setupFee: 0 }],
    ]);
    expect(addonOffers(catalogue, { ...monthly, billingCycle: 'Annually' }, [], 'USD').map((offer) => [offer.id, offer.cycle, offer.price.price])).toEqual([
      [1, 'annually', 2400],
      [3, 'annually', 3600],
      [4, 'onetime', 2900],
    ]);
  });

  it('leaves out a recurring addon without a price for the cycle, and every addon in a currency without prices', () => {
    expect(addonOffers(catalogue, { ...monthly, billingCycle: 'Quarterly' }, [], 'USD').map((offer) => offer.id)).toEqual([4]);
    expect(addonOffers(catalogue, monthly, [], 'EUR')).toEqual([]);
  });

  it('does not offer again an addon the service has unless quantities are allowed; a cancelled one may be ordered again', () => {
    const has = (addonId: number, status: string) => ({ addonId, status });
    expect(addonOffers(catalogue, monthly, [has(1, 'Active'), has(3, 'Active'), has(4, 'Pending')], 'USD').map((offer) => offer.id)).toEqual([3]);
    expect(addonOffers(catalogue, monthly, [has(1, 'Cancelled')], 'USD').map((offer) => offer.id)).toEqual([1, 3, 4]);
  });

  it('offers nothing for a service that is not active or has no cycle we know', () => {
    expect(addonOffers(catalogue, { ...monthly, status: 'Suspended' }, [], 'USD')).toEqual([]);
    expect(addonOffers(catalogue, { ...monthly, status: 'Pending' }, [], 'USD')).toEqual([]);
    expect(addonOffers(catalogue, { ...monthly, billingCycle: 'Fortnightly' }, [], 'USD')).toEqual([]);
  });
});

describe('offerPriceText', () => {
  it('says the price for the cycle that is sent, with the setup fee', () => {
    const [backups, ip, ssl] = addonOffers(catalogue, monthly, [], 'USD');
    expect(offerPriceText(backups!, usd)).toBe('$2.00 USD monthly');
    expect(offerPriceText(ip!, usd)).toBe('$3.00 USD monthly + $1.00 USD setup');
    expect(offerPriceText(ssl!, usd)).toBe('$29.00 USD one time');
    expect(offerPriceText({ cycle: 'free', price: { price: 0, setupFee: 0 } }, usd)).toBe('Free');
  });
});

describe('addonOrderKey', () => {
  const basis = addonsBasis([{ id: 5 }, { id: 2 }]);

  it('is the same for the same choice on the same view of the service (a double submit)', () => {
    expect(addonOrderKey(1, 40, [3, 1], basis)).toBe(addonOrderKey(1, 40, [1, 3], basis));
    expect(addonsBasis([{ id: 2 }, { id: 5 }])).toBe(basis);
    expect(basis).toMatch(/^[\w-]{43}$/);
  });

  it('is new once the service has other addons, for another service, client or choice', () => {
    const key = addonOrderKey(1, 40, [1], basis);
    expect(addonOrderKey(1, 40, [1], addonsBasis([{ id: 2 }, { id: 5 }, { id: 6 }]))).not.toBe(key);
    expect(addonOrderKey(1, 41, [1], basis)).not.toBe(key);
    expect(addonOrderKey(2, 40, [1], basis)).not.toBe(key);
    expect(addonOrderKey(1, 40, [1, 3], basis)).not.toBe(key);
  });

  it('fingerprints change with the price and the payment method', () => {
    const offers = addonOffers(catalogue, monthly, [], 'USD').slice(0, 1);
    const a = addonOrderFingerprints(1, 40, offers, 'mailin');
    expect(addonOrderFingerprints(1, 40, offers, 'paypal').contentFingerprint).toBe(a.contentFingerprint);
    expect(addonOrderFingerprints(1, 40, offers, 'paypal').fingerprint).not.toBe(a.fingerprint);
    expect(addonOrderFingerprints(1, 40, [{ ...offers[0]!, price: { price: 1, setupFee: 0 } }], 'mailin').contentFingerprint).not.toBe(a.contentFingerprint);
  });

  it('expects one addon line per addon', () => {
    expect(expectedAddons([{ name: 'Daily  Backups' }])).toEqual(['addon daily backups']);
  });
});

describe('addon order refusals', () => {
  it("puts WHMCS's refusals in plain words, saying nothing was added or charged", () => {
    expect(ADDON_ORDER_WORDING.refusal('Addon ID invalid').message).toMatch(/not available any more.*No addon was added and nothing was charged/);
    expect(ADDON_ORDER_WORDING.refusal('Service ID 40 not owned by Client ID provided').message).toMatch(/not on your account, so it was not given the addon/);
    expect(ADDON_ORDER_WORDING.refusal('Something new').message).toContain('refused the addon order (Something new)');
  });
});
