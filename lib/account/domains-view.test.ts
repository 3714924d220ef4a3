import { describe, expect, it } from 'vitest';
import type { ClientDomain, Tld } from '@/lib/whmcs/types';
import { domainViews, tldOf } from './domains-view';

const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };
const domain = (name: string, status: string, expiryDate: string | null): ClientDomain => ({
  id: 1,
  clientId: 1,
  orderId: 0,
  type: 'Register',
  domain: name,
  asciiDomain: name,
  years: 1,
  firstPayment: 0,
  recurring: 0,
  registrationDate: null,
  expiryDate,
  nextDueDate: expiryDate,
  status,
  extras: NO_EXTRAS,
  autoRenew: true,
  paymentMethod: 'paypal',
});
const com: Tld = {
  tld: 'com',
  categories: [],
  group: '',
  extras: NO_EXTRAS,
  register: [],
  transfer: [],
  renew: [
    { years: 1, price: 1499 },
    { years: 2, price: 2998 },
  ],
};
const NOW = new Date('2025-06-15T10:00:00Z');

describe('domainViews', () => {
  it('offers the renewal periods of the TLD for renewable domains only, and flags those expiring within 45 days', () => {
    const views = domainViews(
      [domain('soon.com', 'Active', '2025-07-05'), domain('later.com', 'Active', '2026-03-17'), domain('new.com', 'Pending', null), domain('gone.com', 'Expired', '2025-06-01')],
      [com],
      null,
      NOW,
    );
    expect(views.map((v) => [v.domain.domain, v.daysLeft, v.expiringSoon, v.renewOptions.length])).toEqual([
      ['soon.com', 20, true, 2],
      ['later.com', 275, false, 2],
      ['new.com', null, false, 0],
      ['gone.com', -14, true, 2],
    ]);
  });

  it("prices each renewal period with the domain's extras for those years", () => {
    const withDns = { ...domain('dns.com', 'Active', '2026-01-01'), extras: { ...NO_EXTRAS, dnsmanagement: true } };
    const prices = { dnsmanagement: 150, emailforwarding: 100, idprotection: 300 };
    expect(domainViews([withDns], [com], prices, NOW)[0]?.renewOptions).toEqual([
      { years: 1, price: 1649 },
      { years: 2, price: 3298 },
    ]);
  });

  it('finds no renewal for a TLD the shop no longer sells', () => {
    expect(domainViews([domain('site.xyz', 'Active', '2025-07-05')], [com], null, NOW)[0]?.renewOptions).toEqual([]);
    expect(tldOf('name.co.uk', ['uk', 'co.uk'])).toBe('co.uk');
  });
});
