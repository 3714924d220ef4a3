import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base64Decode, httpBuildQuery, parseStr, unserialize } from '@/lib/php';
import { createTestSandbox, TEST_CREDENTIALS, type TestSandbox } from '@/lib/sandbox/testkit';
import { createWhmcsApi, type WhmcsApi } from './api';
import { createWhmcsClient } from './client';
import { WhmcsApiError } from './errors';
import type { OrderRequest } from './types';
import { domainWhoisResponse, getClientsDomainsResponse, getTldPricingResponse } from './wire/domains';
import { toAddOrderParams } from './wire/orders';

const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };

/** Hosting with its own domain, a registration with extras and fields, an IDN registration, a transfer. */
const order: OrderRequest = {
  clientId: 1,
  paymentMethod: 'paypal',
  items: [{ pid: 1, billingCycle: 'monthly', quantity: 1, domain: 'my-site.com', configOptions: {}, customFields: {} }],
  domains: [
    {
      type: 'register',
      domain: 'fresh-idea.us',
      years: 2,
      extras: { dnsmanagement: true, emailforwarding: true, idprotection: false },
      fields: { 'Nexus Category': 'C11', 'Application Purpose': 'Personal Use' },
    },
    { type: 'register', domain: 'xn--meine-bcher-zhb.de', years: 1, extras: NO_EXTRAS, idnLanguage: 'ger' },
    { type: 'transfer', domain: 'old-site.com', years: 1, extras: { ...NO_EXTRAS, idprotection: true }, eppCode: 'AB&C 12' },
  ],
  nameservers: ['ns1.shop.example', ' ns2.shop.example ', '', '', '', 'ns6.ignored.example'],
  renewals: [{ domain: 'demo-shop.net', years: 2 }],
};

describe('toAddOrderParams: domains', () => {
  const php = parseStr(httpBuildQuery(toAddOrderParams(order)));

  it('puts domains at the indices after the products, with pid and domaintype "" where the other kind sits', () => {
    expect(php.pid).toEqual({ 0: '1', 1: '', 2: '', 3: '' });
    expect(php.domain).toEqual({ 0: 'my-site.com', 1: 'fresh-idea.us', 2: 'xn--meine-bcher-zhb.de', 3: 'old-site.com' });
    expect(php.domaintype).toEqual({ 0: '', 1: 'register', 2: 'register', 3: 'transfer' });
  });

  it('sends every per-domain parameter as an aligned array', () => {
    expect(php.regperiod).toEqual({ 0: '', 1: '2', 2: '1', 3: '1' });
    expect(php.dnsmanagement).toEqual({ 0: '', 1: '1', 2: '0', 3: '0' });
    expect(php.emailforwarding).toEqual({ 0: '', 1: '1', 2: '0', 3: '0' });
    expect(php.idprotection).toEqual({ 0: '', 1: '0', 2: '0', 3: '1' });
    expect(php.eppcode).toEqual({ 0: '', 1: '', 2: '', 3: 'AB&C 12' });
    expect(php.idnlanguage).toEqual({ 0: '', 1: '', 2: 'ger', 3: '' });
  });

  it('serializes the extra fields by name, base64, for the domains that have them', () => {
    const fields = php.domainfields as Record<string, string>;
    expect(unserialize(base64Decode(fields['1'] as string))).toEqual({ 'Nexus Category': 'C11', 'Application Purpose': 'Personal Use' });
    expect([fields['0'], fields['2'], fields['3']]).toEqual(['', '', '']);
  });

  it('sends up to five trimmed nameservers for the order and renewals by domain name', () => {
    expect([php.nameserver1, php.nameserver2, php.nameserver3]).toEqual(['ns1.shop.example', 'ns2.shop.example', undefined]);
    expect(php).not.toHaveProperty('nameserver6');
    expect(php.domainrenewals).toEqual({ 'demo-shop.net': '2' });
  });

  it('sends no EPP code for a registration even when one is set', () => {
    const params = toAddOrderParams({ ...order, items: [], domains: [{ type: 'register', domain: 'a.com', years: 1, extras: NO_EXTRAS, eppCode: 'x' }] });
    expect(params.eppcode).toEqual(['']);
  });

  it('a domain-only order sends no product lists at all', () => {
    const params = toAddOrderParams({ ...order, items: [], renewals: [] });
    for (const key of ['pid', 'billingcycle', 'qty', 'configoptions', 'customfields', 'domainrenewals']) expect(params).not.toHaveProperty(key);
    expect(params.domaintype).toEqual(['register', 'register', 'transfer']);
  });

  it('an order without domains sends no domain lists (as before)', () => {
    const params = toAddOrderParams({ ...order, domains: [], renewals: [], nameservers: [] });
    for (const key of ['domaintype', 'regperiod', 'eppcode', 'domainfields', 'dnsmanagement', 'nameserver1']) expect(params).not.toHaveProperty(key);
  });

  it('never sends domain price overrides', () => {
    expect(httpBuildQuery(toAddOrderParams(order))).not.toMatch(/override/);
  });
});

describe('domain answers', () => {
  it('reads GetTLDPricing: periods sorted, kinds left out as empty, IDN TLDs in Unicode, groups lower case', () => {
    const pricing = getTldPricingResponse.parse({
      result: 'success',
      currency: { id: 1, code: 'USD', prefix: '$', suffix: ' USD', format: 1, rate: '1.00000' },
      pricing: {
        com: {
          categories: ['Popular'],
          addons: { dns: true, email: false, idprotect: '1' },
          group: 'HOT',
          register: { 2: '19.90', 1: '9.95' },
          renew: { 1: '9.95' },
          grace_period: { days: 30, price: '0.00' },
          redemption_period: null,
        },
        'xn--p1ai': { categories: [], group: '', register: { 1: '5.00' }, transfer: [] },
      },
    });
    expect(pricing).toEqual({
      currencyCode: 'USD',
      tlds: [
        {
          tld: 'com',
          categories: ['Popular'],
          group: 'hot',
          extras: { dnsmanagement: true, emailforwarding: false, idprotection: true },
          register: [
            { years: 1, price: 995 },
            { years: 2, price: 1990 },
          ],
          transfer: [],
          renew: [{ years: 1, price: 995 }],
        },
        {
          tld: 'рф',
          categories: [],
          group: '',
          extras: { dnsmanagement: false, emailforwarding: false, idprotection: false },
          register: [{ years: 1, price: 500 }],
          transfer: [],
          renew: [],
        },
      ],
    });
  });

  it('refuses a period outside 1-10 years and an unknown WHOIS status', () => {
    expect(getTldPricingResponse.safeParse({ currency: { code: 'USD' }, pricing: { com: { group: '', register: { 11: '1.00' } } } }).success).toBe(false);
    expect(domainWhoisResponse.safeParse({ result: 'success', status: 'error' }).success).toBe(false);
    expect(domainWhoisResponse.parse({ result: 'success', status: 'Available', whois: '' })).toBe('available');
  });

  it('reads GetClientsDomains with no domains ("") and refuses a counted list it cannot find', () => {
    expect(getClientsDomainsResponse.parse({ result: 'success', totalresults: '0', startnumber: 0, numreturned: 0, domains: '' })).toEqual({
      total: 0,
      start: 0,
      domains: [],
    });
    expect(getClientsDomainsResponse.safeParse({ result: 'success', totalresults: 2, numreturned: 2, domains: { other: [] } }).success).toBe(false);
  });
});

describe('the domain actions on the sandbox wire', () => {
  let sandbox: TestSandbox;
  let api: WhmcsApi;
  beforeEach(() => {
    sandbox = createTestSandbox();
    const client = createWhmcsClient({
      transport: async (body) => {
        const response = await sandbox.send('application/x-www-form-urlencoded', body, '127.0.0.1');
        return { status: response.status, body: response.body };
      },
      credentials: TEST_CREDENTIALS,
      timeoutMs: 10_000,
    });
    api = createWhmcsApi(client.call);
  });
  afterEach(() => sandbox.close());

  it('prices TLDs per currency, looks names up, lists the client domains', async () => {
    const eur = await api.getTldPricing(2);
    expect(eur.currencyCode).toBe('EUR');
    expect(eur.tlds.find((t) => t.tld === 'com')?.register[0]).toEqual({ years: 1, price: 1195 });
    expect(eur.tlds.find((t) => t.tld === 'uk')?.transfer).toEqual([]);
    expect(await api.domainWhois('taken-idea.com')).toBe('unavailable');
    expect(await api.domainWhois('xn--neue-bcher-zhb.de')).toBe('available');
    await expect(api.domainWhois('fresh.xyz')).rejects.toBeInstanceOf(WhmcsApiError);
    const page = await api.getClientDomains({ clientId: 1, limitNum: 25 });
    expect(page.domains.map((d) => [d.domain, d.status, d.expiryDate, d.autoRenew])).toEqual([
      ['demo-shop.com', 'Active', '2026-03-17', true],
      ['demo-shop.net', 'Active', '2025-07-05', true],
    ]);
  });

  it('places a domain-only order with every domain parameter, and a renewal', async () => {
    const placed = await api.addOrder({ ...order, items: [], renewals: [] });
    const orders = await api.getOrders({ id: placed.orderId });
    expect(orders.orders[0]?.lines.map((line) => [line.type, line.product, line.domain, line.billingCycle, line.amount])).toEqual([
      ['domain', 'Register', 'fresh-idea.us', '2', 1598 + 150 * 2 + 100 * 2],
      ['domain', 'Register', 'meine-bücher.de', '1', 849],
      ['domain', 'Transfer', 'old-site.com', '1', 1099 + 300],
    ]);
    const renewal = await api.addOrder({ clientId: 1, paymentMethod: 'paypal', items: [], renewals: [{ domain: 'demo-shop.net', years: 1 }] });
    const invoice = await api.getInvoice(renewal.invoiceId ?? 0);
    // Domains are taxed (TaxDomains), though client 1's state (Oregon) has no tax rule.
    expect(invoice?.items).toEqual([{ description: 'Domain Renewal - demo-shop.net - 1 Year/s (05/07/2025 - 04/07/2026)', amount: 1399, taxed: true }]);
    expect(invoice).toMatchObject({ tax: 0, taxLevels: [], total: 1399 });
  });
});
