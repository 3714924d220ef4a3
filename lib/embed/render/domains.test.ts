import { describe, expect, it } from 'vitest';
import { CURRENCIES } from '@/lib/pricing/fixtures';
import type { Tld, TldPricing } from '@/lib/whmcs/types';
import { chosenTlds, featuredPrices, renderDomainPricesEmbed, renderDomainSearchEmbed, yearPrice } from './domains';
import { testSettings, visibleText } from './test-support';

const [USD, EUR] = CURRENCIES as [(typeof CURRENCIES)[number], (typeof CURRENCIES)[number]];
const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };
const tld = (name: string, extra: Partial<Tld> = {}): Tld => ({
  tld: name,
  categories: [],
  group: '',
  extras: NO_EXTRAS,
  register: [{ years: 1, price: 1299 }],
  transfer: [{ years: 1, price: 1099 }],
  renew: [{ years: 1, price: 1399 }],
  ...extra,
});
const pricing: TldPricing = {
  currencyCode: 'USD',
  tlds: [
    tld('com', { group: 'hot' }),
    tld('net', { register: [{ years: 1, price: 999 }], renew: [{ years: 1, price: 1499 }] }),
    // Sold by two years at least, and not transferable.
    tld('io', { register: [{ years: 2, price: 7800 }, { years: 3, price: 11700 }], transfer: [], renew: [{ years: 2, price: 7800 }] }),
  ],
};

const settings = testSettings;

const text = visibleText;
const rows = (markup: string) => [...markup.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => text(m[1] ?? '').trim());

describe('yearPrice and chosenTlds', () => {
  it('takes the price for a year, else the shortest period', () => {
    expect(yearPrice([{ years: 2, price: 5 }, { years: 1, price: 3 }])).toEqual({ years: 1, price: 3 });
    expect(yearPrice([{ years: 2, price: 5 }])).toEqual({ years: 2, price: 5 });
    expect(yearPrice([])).toBeNull();
  });

  it("keeps the snippet's order and the TLDs sold, else every TLD", () => {
    expect(chosenTlds(pricing.tlds, ['io', 'xyz', 'com']).map((t) => t.tld)).toEqual(['io', 'com']);
    expect(chosenTlds(pricing.tlds, ['xyz']).map((t) => t.tld)).toEqual(['com', 'net', 'io']);
    expect(chosenTlds(pricing.tlds, null).map((t) => t.tld)).toEqual(['com', 'net', 'io']);
  });

  it('prices the featured TLDs for the search box', () => {
    expect(featuredPrices(pricing, USD, ['net', 'io', 'nope'])).toEqual([
      { tld: 'net', price: '$9.99' },
      { tld: 'io', price: '$78.00 for 2 years' },
    ]);
    expect(featuredPrices(pricing, EUR, ['com'])).toEqual([{ tld: 'com', price: '€12.99' }]);
  });
});

describe('renderDomainSearchEmbed', () => {
  it('is a labelled box whose form opens /domains?query= in the top window', () => {
    const { status, html } = renderDomainSearchEmbed(settings(), []);
    expect(status).toBe(200);
    expect(html).toContain('<form class="ds" action="/domains" method="get" target="_top" role="search">');
    expect(html).toContain('<label for="ds-query">Find your domain</label>');
    expect(html).toMatch(/<input id="ds-query" name="query" type="text"[^>]*>/);
    expect(html).toContain('<button class="btn" type="submit">Search</button>');
    expect(html).not.toContain('type="hidden"');
    expect(html).not.toContain('First year');
  });

  it('may submit to the shop only, which no other embed may', () => {
    expect(renderDomainSearchEmbed(settings(), []).csp).toContain("form-action 'self'");
    expect(renderDomainPricesEmbed(settings(), pricing, USD, null).csp).toContain("form-action 'none'");
  });

  it('carries the attribution as hidden fields, and says when it opens a new tab', () => {
    const { html } = renderDomainSearchEmbed(settings({ source: 'blog"x', aff: 7, target: 'blank' }), []);
    expect(html).toContain('target="_blank"');
    expect(html).toContain('<input type="hidden" name="utm_source" value="blog&quot;x">');
    expect(html).toContain('<input type="hidden" name="utm_medium" value="embed">');
    expect(html).toContain('<input type="hidden" name="utm_campaign" value="domain-search">');
    expect(html).toContain('<input type="hidden" name="aff" value="7">');
    expect(html).toContain('Search<span class="sr"> (opens in a new tab)</span>');
  });

  it('shows the featured TLDs with their price, describing the box', () => {
    const { html } = renderDomainSearchEmbed(settings(), featuredPrices(pricing, USD, ['com', 'net']));
    expect(html).toContain('aria-describedby="ds-hint"');
    expect(text(html)).toContain('First year: .com $12.99 · .net $9.99');
  });
});

describe('renderDomainPricesEmbed', () => {
  it('lists each TLD with register, transfer and renew for a year, in the currency', () => {
    const { status, html } = renderDomainPricesEmbed(settings(), pricing, USD, null);
    expect(status).toBe(200);
    expect(html).toContain('<h1>Domain prices</h1>');
    expect(text(html)).toContain('Per year, in USD.');
    expect(html).toContain('<th scope="col">Register</th><th scope="col">Transfer</th><th scope="col">Renew</th>');
    expect(rows(html)).toEqual([
      '.com Hot $12.99 $10.99 $13.99',
      '.net $9.99 $10.99 $14.99',
      '.io $78.00 for 2 years – Not offered $78.00 for 2 years',
    ]);
  });

  it("shows the snippet's TLDs only, in its order", () => {
    expect(rows(renderDomainPricesEmbed(settings(), pricing, USD, ['net', 'com']).html).map((r) => r.split(' ')[0])).toEqual(['.net', '.com']);
  });

  it('links "Search" to /domains with the attribution, in the chosen window', () => {
    const { html } = renderDomainPricesEmbed(settings({ source: 'news', campaign: 'spring', target: 'blank' }), pricing, USD, ['com']);
    expect(html).toContain(
      '<a class="btn" href="/domains?utm_source=news&amp;utm_medium=embed&amp;utm_campaign=spring" target="_blank" rel="noopener">Search for a domain<span class="sr"> (opens in a new tab)</span></a>',
    );
    expect(renderDomainPricesEmbed(settings({ aff: 3 }), pricing, USD, ['com']).html).toContain(
      '<a class="btn" href="/domains?aff=3" target="_top">Search for a domain</a>',
    );
  });

  it('is a small "not available" card when the shop sells no TLD', () => {
    const result = renderDomainPricesEmbed(settings(), { currencyCode: 'USD', tlds: [] }, USD, null);
    expect(result.status).toBe(404);
    expect(text(result.html)).toContain('Not available');
  });

  it('escapes TLD names from WHMCS', () => {
    const { html } = renderDomainPricesEmbed(settings(), { currencyCode: 'USD', tlds: [tld('<b>x')] }, USD, null);
    expect(html).toContain('.&lt;b&gt;x');
    expect(html).not.toContain('<b>x');
  });
});
