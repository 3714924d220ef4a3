import { describe, expect, it } from 'vitest';
import type { Tld } from '@/lib/whmcs/types';
import { domainPeriods, extrasCost, NO_EXTRAS, offeredExtras, priceDomain, renewalPrice } from './domains';

const ALL = { dnsmanagement: true, emailforwarding: true, idprotection: true };
const PRICES = { dnsmanagement: 150, emailforwarding: 100, idprotection: 300 };

/** .net as the demo shop sells it: 9.99 the first year, renews at 13.99; no 3-year renewal listed. */
const NET: Tld = {
  tld: 'net',
  categories: ['gTLD'],
  group: 'sale',
  extras: { dnsmanagement: true, emailforwarding: true, idprotection: false },
  register: [
    { years: 1, price: 999 },
    { years: 2, price: 2798 },
    { years: 3, price: 4197 },
  ],
  transfer: [{ years: 1, price: 1299 }],
  renew: [
    { years: 1, price: 1399 },
    { years: 2, price: 2798 },
  ],
};
const UK: Tld = { ...NET, tld: 'uk', transfer: [], renew: [] };

describe('domain pricing', () => {
  it("prices a registration at the TLD's price for the period, renewing at the same period's renewal price", () => {
    expect(priceDomain(NET, 'register', 1, NO_EXTRAS, PRICES)).toEqual({ type: 'register', years: 1, base: 999, extras: 0, dueToday: 999, renewal: 1399 });
    expect(priceDomain(NET, 'register', 2, NO_EXTRAS, PRICES)).toMatchObject({ dueToday: 2798, renewal: 2798 });
  });

  it('adds the chosen extras the TLD offers, yearly price x years, to today and to each renewal', () => {
    // 2 years: 27.98 + DNS 1.50 x 2 + email 1.00 x 2 = 32.98; ID protection is not offered on .net.
    expect(priceDomain(NET, 'register', 2, ALL, PRICES)).toEqual({ type: 'register', years: 2, base: 2798, extras: 500, dueToday: 3298, renewal: 3298 });
    expect(priceDomain(NET, 'register', 1, ALL, null)).toMatchObject({ extras: 0, dueToday: 999 });
  });

  it('renews a period with no renewal price of its own at the yearly renewal price x years', () => {
    expect(renewalPrice(NET, 3)).toBe(4197);
    expect(priceDomain(NET, 'register', 3, NO_EXTRAS, PRICES)).toMatchObject({ dueToday: 4197, renewal: 4197 });
    expect(renewalPrice(UK, 1)).toBeNull();
  });

  it('prices transfers from the transfer prices and refuses periods (or transfers) not offered', () => {
    expect(priceDomain(NET, 'transfer', 1, NO_EXTRAS, PRICES)).toMatchObject({ base: 1299, dueToday: 1299, renewal: 1399 });
    expect(priceDomain(NET, 'transfer', 2, NO_EXTRAS, PRICES)).toBeNull();
    expect(priceDomain(NET, 'register', 5, NO_EXTRAS, PRICES)).toBeNull();
    expect(priceDomain(UK, 'transfer', 1, NO_EXTRAS, PRICES)).toBeNull();
    expect(domainPeriods(NET, 'register').map((p) => p.years)).toEqual([1, 2, 3]);
    expect(domainPeriods(UK, 'transfer')).toEqual([]);
  });

  it('lists the extras a TLD offers with their yearly prices, none without prices', () => {
    expect(offeredExtras(NET, PRICES)).toEqual([
      { extra: 'dnsmanagement', yearly: 150 },
      { extra: 'emailforwarding', yearly: 100 },
    ]);
    expect(offeredExtras(NET, null)).toEqual([]);
    expect(extrasCost(ALL, PRICES, 3)).toBe(1650);
  });
});
