import { describe, expect, it } from 'vitest';
import { attemptFingerprint, canonicalJson, contentFingerprint, type OrderContent } from './fingerprint';

const content: OrderContent = {
  clientId: 1,
  currencyCode: 'USD',
  promoCode: 'SAVE15',
  items: [
    { pid: 1, billingCycle: 'annually', quantity: 1, domain: 'example.com', configOptions: {}, customFields: { 2: 'Blog' } },
    { pid: 10, billingCycle: 'monthly', quantity: 2, configOptions: { 1: 11, 4: 3 }, customFields: {} },
  ],
  domains: [],
  nameservers: [],
  dueToday: 12345,
  recurring: [
    { cycle: 'monthly', amount: 4000 },
    { cycle: 'annually', amount: 4995 },
  ],
};

const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };
const withDomain: OrderContent = {
  ...content,
  domains: [{ type: 'register', domain: 'fresh-idea.com', years: 1, extras: NO_EXTRAS }],
  nameservers: ['ns1.example.net', 'ns2.example.net'],
};

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
  it('drops undefined members and refuses numbers JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});

describe('contentFingerprint', () => {
  const fp = contentFingerprint(content);

  it('is a stable SHA-256 hex digest', () => {
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(contentFingerprint(structuredClone(content))).toBe(fp);
  });

  it('ignores key order, code case and domain case', () => {
    const reordered: OrderContent = {
      recurring: content.recurring,
      dueToday: content.dueToday,
      items: [
        { customFields: { 2: 'Blog' }, configOptions: {}, domain: 'EXAMPLE.com', quantity: 1, billingCycle: 'annually', pid: 1 },
        { customFields: {}, configOptions: { 4: 3, 1: 11 }, quantity: 2, billingCycle: 'monthly', pid: 10 },
      ],
      promoCode: 'save15',
      currencyCode: 'usd',
      clientId: 1,
      nameservers: [],
      domains: [],
    };
    expect(contentFingerprint(reordered)).toBe(fp);
  });

  it.each<[string, (c: OrderContent) => OrderContent]>([
    ['another client', (c) => ({ ...c, clientId: 2 })],
    ['another currency', (c) => ({ ...c, currencyCode: 'EUR' })],
    ['no promotion', (c) => ({ ...c, promoCode: null })],
    ['another total', (c) => ({ ...c, dueToday: c.dueToday + 1 })],
    ['another renewal', (c) => ({ ...c, recurring: [{ cycle: 'monthly', amount: 4001 }, c.recurring[1]!] })],
    ['another cycle', (c) => ({ ...c, items: [{ ...c.items[0]!, billingCycle: 'monthly' }, c.items[1]!] })],
    ['another quantity', (c) => ({ ...c, items: [c.items[0]!, { ...c.items[1]!, quantity: 3 }] })],
    ['a domain', () => withDomain],
    ['another domain period', () => ({ ...withDomain, domains: [{ ...withDomain.domains[0]!, years: 2 }] })],
    ['another domain extra', () => ({ ...withDomain, domains: [{ ...withDomain.domains[0]!, extras: { ...NO_EXTRAS, dnsmanagement: true } }] })],
    ['other nameservers', () => ({ ...withDomain, nameservers: ['ns1.other.net', 'ns2.other.net'] })],
    ['another option', (c) => ({ ...c, items: [c.items[0]!, { ...c.items[1]!, configOptions: { 1: 12, 4: 3 } }] })],
    ['another custom field', (c) => ({ ...c, items: [{ ...c.items[0]!, customFields: { 2: 'Shop' } }, c.items[1]!] })],
    ['another domain', (c) => ({ ...c, items: [{ ...c.items[0]!, domain: 'example.org' }, c.items[1]!] })],
    ['an item less', (c) => ({ ...c, items: [c.items[0]!] })],
    ['items swapped', (c) => ({ ...c, items: [c.items[1]!, c.items[0]!] })],
  ])('changes with %s', (_name, change) => {
    expect(contentFingerprint(change(content))).not.toBe(fp);
  });
});

describe('attemptFingerprint', () => {
  it('adds the payment method to the content', () => {
    const paypal = attemptFingerprint(content, 'paypal');
    expect(paypal).toMatch(/^[0-9a-f]{64}$/);
    expect(attemptFingerprint(content, 'paypal')).toBe(paypal);
    expect(attemptFingerprint(content, 'mailin')).not.toBe(paypal);
    expect(attemptFingerprint({ ...content, dueToday: 1 }, 'paypal')).not.toBe(paypal);
    expect(paypal).not.toBe(contentFingerprint(content));
  });
});
