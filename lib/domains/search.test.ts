import { describe, expect, it } from 'vitest';
import type { Tld } from '@/lib/whmcs/types';
import { cartPhpTarget, domainName, featuredTlds, parseSearch, searchCandidates, tldOffer } from './search';

const SOLD = ['com', 'net', 'org', 'io', 'us', 'uk', 'co.uk', 'de'];
const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };
const tld = (name: string, group = '', extra: Partial<Tld> = {}): Tld => ({
  tld: name,
  categories: [],
  group,
  extras: NO_EXTRAS,
  register: [{ years: 1, price: 1000 }],
  transfer: [],
  renew: [],
  ...extra,
});

describe('parseSearch', () => {
  it.each([
    ['fresh-idea', { ok: true, label: 'fresh-idea', tld: null }],
    ['Fresh-Idea.COM', { ok: true, label: 'fresh-idea', tld: 'com' }],
    ['name.co.uk', { ok: true, label: 'name', tld: 'co.uk' }],
    ['bücher.de', { ok: true, label: 'bücher', tld: 'de' }],
    ['xn--bcher-kva.de', { ok: true, label: 'bücher', tld: 'de' }],
  ] as const)('reads %s', (input, expected) => {
    expect(parseSearch(input, SOLD)).toEqual(expected);
  });

  it.each([
    ['', 'Type the name you want'],
    ['fresh idea', 'cannot be a domain name'],
    ['-bad-', 'cannot be a domain name'],
    ['fresh-idea.xyz', "We don't sell .xyz domains"],
    ['blog.fresh-idea.com', 'Search for the domain itself, like fresh-idea.com'],
    ['https://www.example.net/page', 'Search for the domain itself, like example.net'],
  ])('refuses %j with a message', (input, message) => {
    const result = parseSearch(input, SOLD);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});

describe('candidates and featured TLDs', () => {
  const tlds = [tld('com', 'hot'), tld('net', 'sale'), tld('org'), tld('io', 'new')];

  it('features the hot and sale TLDs by default, the configured ones (sold, once) when set', () => {
    expect(featuredTlds(tlds)).toEqual(['com', 'net']);
    expect(featuredTlds(tlds, ['.IO', 'org', 'xyz', 'io'])).toEqual(['io', 'org']);
    expect(featuredTlds([tld('a'), tld('b'), tld('c'), tld('d')])).toEqual(['a', 'b', 'c']);
  });

  it('looks the typed TLD up first, then the featured ones without repeating it', () => {
    expect(searchCandidates({ label: 'idea', tld: 'net' }, ['com', 'net']).map((c) => c.domain)).toEqual(['idea.net', 'idea.com']);
    expect(searchCandidates({ label: 'idea', tld: null }, ['com', 'net']).map((c) => c.domain)).toEqual(['idea.com', 'idea.net']);
  });

  it('sends IDN names to WHMCS in punycode and shows them in Unicode', () => {
    expect(domainName('bücher', 'de')).toEqual({ domain: 'bücher.de', ascii: 'xn--bcher-kva.de', tld: 'de' });
  });

  it("offers a TLD's shortest period, what it renews at, and its transfer", () => {
    const offer = tldOffer(
      tld('net', 'sale', {
        register: [
          { years: 1, price: 999 },
          { years: 2, price: 2798 },
        ],
        renew: [
          { years: 1, price: 1399 },
          { years: 2, price: 2798 },
        ],
        transfer: [{ years: 1, price: 1299 }],
      }),
    );
    expect(offer).toEqual({ register: { years: 1, price: 999 }, renew: { years: 1, price: 1399 }, transfer: { years: 1, price: 1299 } });
    expect(tldOffer(tld('uk')).transfer).toBeNull();
  });
});

describe('cartPhpTarget', () => {
  it.each([
    ['a=add&domain=register&sld=idea&tld=.org', '/domains?query=idea.org'],
    ['a=add&domain=transfer&query=old-site.com', '/domains?query=old-site.com'],
    ['a=add&domain=register', '/domains'],
    ['a=add&pid=1', '/cart'],
    ['a=view', '/cart'],
  ])('sends /cart.php?%s to %s', (query, target) => {
    expect(cartPhpTarget(new URLSearchParams(query))).toBe(target);
  });
});
