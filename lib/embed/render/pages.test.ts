import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '@/lib/catalogue/config-file';
import { buildCatalogue, findGroup, findProductById, type Catalogue } from '@/lib/catalogue/model';
import { allProducts, CURRENCIES, starter } from '@/lib/pricing/fixtures';
import type { Product } from '@/lib/whmcs/types';
import type { EmbedOptions } from '../options';
import { RESIZE_SCRIPT } from './resize-script';
import { testSettings, visibleText } from './test-support';
import { chooseCurrency, renderGroupEmbed, renderProductEmbed, tableCycles, type EmbedSettings } from './pages';

const catalogueOf = (products: Product[]): Catalogue =>
  buildCatalogue({ products, currencies: CURRENCIES, fetchedAt: '2025-01-01T00:00:00.000Z' }, EMPTY_CONFIG);
const catalogue = catalogueOf(allProducts);

const settings = testSettings;

const untaxed = () => null;
const product = (pid: number, options?: Partial<EmbedOptions>, frame?: EmbedSettings['frame'], taxNote: (pid: number) => string | null = untaxed) =>
  renderProductEmbed(catalogue, findProductById(catalogue, pid), settings(options, frame), taxNote);
const group = (slug: string, options?: Partial<EmbedOptions>) => renderGroupEmbed(catalogue, findGroup(catalogue, slug), settings(options), untaxed);

const text = visibleText;
const sha256 = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

describe('renderProductEmbed', () => {
  it('shows name, features, the price of the chosen cycle with monthly price and saving, and the setup fee', () => {
    const { status, html } = product(1, { cycle: 'annually' });
    expect(status).toBe(200);
    expect(html).toContain('<h1 class="name">Starter</h1>');
    expect(html).toContain('<li>Disk Space: 1GB</li><li>Bandwidth: 3GB</li>');
    const visible = text(html);
    expect(visible).toContain('$49.95 /yr');
    expect(visible).toContain('$4.16/mo effective Save 17%');
    expect(visible).toContain('$49.95 USD today, then $49.95 USD every year');
    expect(visible).toContain('No setup fee');
    expect(html).toContain('<title>Starter – Demo &amp; Co</title>');
  });

  it("says whether the price includes tax, as the shop's mode and the product's tax flag say", () => {
    expect(text(product(1, { cycle: 'annually' }, undefined, (pid) => (pid === 1 ? '+ VAT' : null)).html)).toContain('$49.95 /yr + VAT');
    expect(text(product(1, { cycle: 'annually' }).html)).not.toContain('VAT');
  });

  it('links "Order" to the configurator with cycle, currency and promo preset, in the top window', () => {
    const { html } = product(2, { cycle: 'quarterly', currency: 'eur', promo: 'SPRING' });
    expect(html).toContain(
      '<a class="btn" href="/store/shared-hosting/business?currency=EUR&amp;billingcycle=quarterly&amp;promocode=SPRING" target="_top">Order<span class="sr"> Business, quarterly</span></a>',
    );
  });

  it('opens a new tab without an opener when asked, and says so to screen readers', () => {
    const { html } = product(1, { target: 'blank' });
    expect(html).toMatch(/target="_blank" rel="noopener">Order<span class="sr"> Starter, monthly \(opens in a new tab\)<\/span>/);
  });

  it('falls back to the default cycle and currency when the asked ones are not sold', () => {
    const visible = text(product(1, { cycle: 'triennially', currency: 'JPY' }).html);
    expect(visible).toContain('$4.99 /mo');
    // Sold in USD only: EUR falls back to the shop's default currency.
    expect(text(product(50, { currency: 'EUR' }).html)).toContain('$1,500.00 /yr');
  });

  it('shows "Sold out" instead of an order button', () => {
    const { html } = product(50);
    expect(html).toContain('<p class="out">Sold out</p>');
    expect(html).not.toContain('class="btn"');
  });

  it('answers 404 with a small "not available" card for an unknown product', () => {
    const result = product(999);
    expect(result.status).toBe(404);
    expect(text(result.html)).toContain('Not available This product is not available right now.');
    expect(renderProductEmbed(catalogue, undefined, settings(), untaxed).status).toBe(404);
  });

  it('escapes everything that comes from WHMCS', () => {
    const evil: Product = {
      ...starter,
      pid: 77,
      name: '<img src=x onerror=alert(1)>',
      description: 'Fast & safe<br>"quoted" <script>alert(2)</script>\n<b>bold</b>',
    };
    const rendered = renderProductEmbed(catalogueOf([evil]), findProductById(catalogueOf([evil]), 77), settings({ source: '"><script>' }), untaxed);
    expect(rendered.html).not.toMatch(/<img|<script>alert|<b>/);
    expect(rendered.html).toContain('<h1 class="name">&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(rendered.html).toContain('<li>Fast &amp; safe</li><li>&quot;quoted&quot; alert(2)</li><li>bold</li>');
    expect(rendered.html).toContain('utm_source=%22%3E%3Cscript%3E');
  });

  it('applies the theme and the accent, keeping text on the accent readable', () => {
    const dark = product(1, { theme: 'dark', accent: '#ffd400' }).html;
    expect(dark).toContain('--bg:#11141b');
    expect(dark).not.toContain('prefers-color-scheme');
    const auto = product(1).html;
    expect(auto).toContain('@media (prefers-color-scheme:dark)');
    expect(auto).toContain('--accent:#4f46e5;--on-accent:#ffffff');
  });

  it('carries no script unless it may talk to an allowed parent', () => {
    expect(product(1).html).not.toContain('<script');
    const framed = product(1, {}, { target: 'https://www.example.com', id: 'hf1-0' }).html;
    expect(framed).toContain(`<script data-parent="https://www.example.com" data-id="hf1-0">${RESIZE_SCRIPT}</script>`);
  });

  it('pins its inline style and script in its CSP by hash, with the allowed framers', () => {
    const { html, csp } = product(1, {}, { target: 'https://www.example.com', id: 'x' });
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const script = /<script[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`style-src '${sha256(style)}'`);
    expect(csp).toContain(`script-src '${sha256(script)}'`);
    expect(csp).toContain("frame-ancestors 'self' https://www.example.com");
  });
});

describe('renderGroupEmbed', () => {
  it('lists the group with a billing-cycle radio group covering every cycle sold', () => {
    const { status, html } = group('shared-hosting');
    expect(status).toBe(200);
    expect(html).toContain('<h1>Shared Hosting</h1>');
    expect(html).toContain('<fieldset class="sw"><legend class="sr">Billing cycle</legend>');
    const radios = [...html.matchAll(/<input class="sr" type="radio" name="cycle" id="c-(\w+)" value="\w+"( checked)?>/g)];
    expect(radios.map((m) => m[1])).toEqual(['monthly', 'quarterly', 'semiannually', 'annually', 'biennially', 'triennially']);
    expect(radios.filter((m) => m[2]).map((m) => m[1])).toEqual(['monthly']);
    expect(html.match(/<h2 class="name">/g)).toHaveLength(3);
  });

  it('shows the initial cycle and hides the others until their radio is checked', () => {
    const { html } = group('shared-hosting', { cycle: 'annually' });
    expect(html).toMatch(/id="c-annually" value="annually" checked>/);
    expect(html).toContain('<div class="offer" data-c="annually"><p><span class="price">$49.95</span>');
    expect(html).toContain('<div class="offer" data-c="monthly" hidden><p><span class="price">$4.99</span>');
    expect(html).toContain('.t:has(#c-annually:checked) .offer[data-c="annually"]{display:grid}');
    // Each cycle's order button presets that cycle.
    expect(html).toContain('/store/shared-hosting/starter?currency=USD&amp;billingcycle=annually');
    expect(html).toContain('/store/shared-hosting/starter?currency=USD&amp;billingcycle=semiannually');
  });

  it('shows a product that does not sell a cycle at its own default cycle, saying so', () => {
    const { html } = group('shared-hosting');
    expect(html).toContain('<div class="offer" data-c="quarterly" hidden><p class="note">Not offered quarterly</p><p><span class="price">$4.99</span><span class="per">/mo</span>');
  });

  it('shows a free product once, whatever the cycle', () => {
    const { html } = group('shared-hosting');
    const free = html.slice(html.indexOf('Free Trial'));
    expect(free.match(/class="offer"/g)).toHaveLength(1);
    expect(free).toContain('<div class="offer"><p><span class="price">Free</span>');
  });

  it('has no switcher when the group sells one cycle only', () => {
    const { html } = group('dedicated');
    expect(html).not.toContain('<fieldset');
    expect(html).not.toContain(':has(');
    expect(html).toContain('<div class="offer"><p><span class="price">$1,500.00</span>');
  });

  it('prices in the asked currency and tags links with the group as campaign', () => {
    const { html } = group('shared-hosting', { currency: 'EUR', source: 'newsletter' });
    expect(html).toContain('<span class="price">€4.60</span>');
    expect(html).toContain('utm_source=newsletter&amp;utm_medium=embed&amp;utm_campaign=shared-hosting');
  });

  it('answers 404 with a small card for an unknown group', () => {
    const result = group('nope');
    expect(result.status).toBe(404);
    expect(text(result.html)).toContain('These plans are not available right now.');
  });
});

describe('chooseCurrency and tableCycles', () => {
  it('prefers the asked currency, then the default, then any the products are sold in', () => {
    const usdOnly = allProducts.filter((p) => p.pid === 50);
    expect(chooseCurrency(catalogue, allProducts, 'EUR')?.code).toBe('EUR');
    expect(chooseCurrency(catalogue, usdOnly, 'EUR')?.code).toBe('USD');
    expect(chooseCurrency({ ...catalogue, defaultCurrency: CURRENCIES[1]! }, usdOnly, null)?.code).toBe('USD');
    expect(chooseCurrency(catalogue, [], 'USD')).toBeNull();
  });

  it('lists the recurring cycles sold in the currency, shortest first', () => {
    expect(tableCycles(allProducts.slice(0, 3), 'EUR')).toEqual(['monthly', 'quarterly', 'semiannually', 'annually', 'biennially']);
  });
});
