import { describe, expect, it } from 'vitest';
import { CartNotOrderableError, orderNameservers, toOrderDomains, toOrderItems } from './order-items';
import { priceCartWith } from './pricing';
import { catalogue, cartItem, DOMAIN_PRICING, domainLine, vpsOptions } from './test-fixtures';
import type { CartDomain, CartItem } from './types';

const priced = (items: CartItem[], currency = 'USD') =>
  priceCartWith({ id: 'c', items, domains: [], promoCode: null, nameservers: null }, currency, catalogue, { status: 'none' }, '2025-01-20');

describe('toOrderItems', () => {
  it('maps each item to an AddOrder line: pid, cycle, quantity, options, custom fields, ASCII domain', () => {
    const starter = cartItem({
      pid: 1,
      configuration: { cycle: 'annually', options: {}, quantity: 1 },
      domain: 'bücher.de',
      customFields: { 2: '  A blog  ' },
    });
    const vps = cartItem({
      pid: 10,
      configuration: { cycle: 'quarterly', options: { ...vpsOptions, 1: 12, 3: 1, 4: 4 }, quantity: 2 },
      customFields: { 7: 'vps1.example.com' },
    });
    expect(toOrderItems(priced([starter, vps]))).toEqual([
      { pid: 1, billingCycle: 'annually', quantity: 1, domain: 'xn--bcher-kva.de', configOptions: {}, customFields: { 2: 'A blog' } },
      {
        pid: 10,
        billingCycle: 'quarterly',
        quantity: 2,
        configOptions: { 1: 12, 2: 21, 3: 1, 4: 4, 5: 1 },
        customFields: { 7: 'vps1.example.com' },
      },
    ]);
  });

  it('leaves out empty custom fields and fields the product no longer has', () => {
    const starter = cartItem({
      pid: 1,
      configuration: { cycle: 'monthly', options: {}, quantity: 1 },
      domain: 'example.com',
      customFields: { 2: '   ', 99: 'stale' },
    });
    expect(toOrderItems(priced([starter]))[0]?.customFields).toEqual({});
  });

  it('orders a free product on the free cycle with its (unpriced) option', () => {
    const trial = cartItem({ pid: 3, configuration: { cycle: 'free', options: { 8: 82 }, quantity: 1 }, domain: 'trial.example' });
    expect(toOrderItems(priced([trial]))).toEqual([
      { pid: 3, billingCycle: 'free', quantity: 1, domain: 'trial.example', configOptions: { 8: 82 }, customFields: {} },
    ]);
  });

  it('refuses a cart with a blocking problem, and an empty cart', () => {
    const gone = cartItem({ pid: 999, configuration: { cycle: 'monthly', options: {}, quantity: 1 } });
    expect(() => toOrderItems(priced([gone]))).toThrow(CartNotOrderableError);
    expect(() => toOrderItems(priced([]))).toThrow(/empty/);
    const quarterlyStarter = cartItem({ pid: 1, configuration: { cycle: 'quarterly', options: {}, quantity: 1 }, domain: 'example.com' });
    expect(() => toOrderItems(priced([quarterlyStarter]))).toThrow(CartNotOrderableError);
  });
});

describe('domain lines as AddOrder domains', () => {
  const pricedWith = (domains: CartDomain[], items: CartItem[] = []) =>
    priceCartWith({ id: 'c', items, domains, promoCode: null, nameservers: null }, 'USD', catalogue, { status: 'none' }, '2025-01-20', DOMAIN_PRICING);

  it('sends type, ASCII name, period, extras the TLD offers, the sealed EPP code, fields and IDN language', () => {
    const priced = pricedWith([
      domainLine({ domain: 'xn--bcher-kva.com', display: 'bücher.com', years: 2, idnLanguage: 'ger', extras: { dnsmanagement: true, emailforwarding: false, idprotection: true } }),
      domainLine({ domain: 'taken-shop.com', type: 'transfer', sealedEppCode: 'sealed-code' }),
      domainLine({ domain: 'fresh-idea.us', fields: { 'Nexus Category': 'C11', 'Application Purpose': 'Personal Use' }, extras: { dnsmanagement: false, emailforwarding: false, idprotection: true } }),
    ]);
    expect(priced.orderable).toBe(true);
    expect(toOrderItems(priced)).toEqual([]);
    expect(toOrderDomains(priced)).toEqual([
      { type: 'register', domain: 'xn--bcher-kva.com', years: 2, extras: { dnsmanagement: true, emailforwarding: false, idprotection: true }, idnLanguage: 'ger' },
      { type: 'transfer', domain: 'taken-shop.com', years: 1, extras: { dnsmanagement: false, emailforwarding: false, idprotection: false }, eppCode: 'sealed-code' },
      // ID protection is not offered on .us: never sent.
      { type: 'register', domain: 'fresh-idea.us', years: 1, extras: { dnsmanagement: false, emailforwarding: false, idprotection: false }, fields: { 'Nexus Category': 'C11', 'Application Purpose': 'Personal Use' } },
    ]);
  });

  it("gives a hosting item without a domain the name of the domain line bound to it", () => {
    const hosting = cartItem({ pid: 1, configuration: { cycle: 'annually', options: {}, quantity: 1 } });
    const priced = pricedWith([domainLine({ domain: 'fresh-idea.com', hostingItemId: hosting.id })], [hosting]);
    expect(toOrderItems(priced)[0]?.domain).toBe('fresh-idea.com');
  });

  it('refuses a transfer without EPP code and a .us line without its fields: nothing to order', () => {
    const priced = pricedWith([domainLine({ domain: 'taken-shop.com', type: 'transfer' }), domainLine({ domain: 'fresh-idea.us' })]);
    expect(priced.orderable).toBe(false);
    expect(priced.domains.map((line) => line.problems)).toEqual([
      ['Enter the EPP code for taken-shop.com: your current registrar gives it to you.'],
      ['.us registrations need Nexus Category, Application Purpose: fill them in below.'],
    ]);
    expect(() => toOrderDomains(priced)).toThrow(CartNotOrderableError);
  });

  it('sends the customer nameservers, else the shop defaults, and none without domains', () => {
    const domains = [domainLine({ domain: 'fresh-idea.com' })];
    expect(orderNameservers({ domains, nameservers: null }, ['ns1.shop.example', 'ns2.shop.example'])).toEqual(['ns1.shop.example', 'ns2.shop.example']);
    expect(orderNameservers({ domains, nameservers: ['ns1.mine.example', 'ns2.mine.example'] }, ['ns1.shop.example'])).toEqual(['ns1.mine.example', 'ns2.mine.example']);
    expect(orderNameservers({ domains: [], nameservers: null }, ['ns1.shop.example'])).toEqual([]);
  });
});
