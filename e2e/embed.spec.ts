import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { domainToUnicode } from 'node:url';
import type { APIRequestContext, FrameLocator, Page } from '@playwright/test';
import { decode } from 'html-entities';
import { effectiveMonthly, formatMoney, savingPercent, toMinor } from '@/lib/pricing';
import { RECURRING_CYCLES, type Currency, type Product, type RecurringCycle } from '@/lib/whmcs/types';
import { sandboxApi, sandboxProducts, storePath, type WireProduct } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Embeds on a marketing page served from a second origin: `http://127.0.0.1:<port>` is in
 * EMBED_ALLOWED_ORIGINS (scripts/e2e.mjs), `http://localhost:<port>` is the same page on an
 * origin that is not. Expected prices are computed here from the sandbox's GetProducts answer
 * with lib/pricing, not read back from the embed.
 */

const SHOP = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const HOST_PORT = Number(process.env.E2E_EMBED_HOST_PORT);
const ALLOWED_PAGE = `http://127.0.0.1:${HOST_PORT}/`;
const REFUSED_PAGE = `http://localhost:${HOST_PORT}/`;
const DEFAULT_HEIGHTS = { product: 420, group: 560 };

// One marketing server on one fixed port: the tests of this file share it, so they run in order.
test.describe.configure({ mode: 'serial' });

let host: http.Server;
let card: WireProduct;
let vps: WireProduct[];
let currencies: Record<string, Currency>;

function marketingPage(pid: number | string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner blog</title></head>
<body><main>
<h1>Our favourite hosting</h1>
<div data-hostfront-product="${pid}" data-cycle="annually" data-promo="SAVE15" data-source="partner-blog"><a href="${SHOP}">See the plans</a></div>
<p>And for bigger projects:</p>
<div data-hostfront-group="vps" data-currency="EUR" data-theme="dark"></div>
<script src="${SHOP}/embed.js" async></script>
</main></body></html>`;
}

/** The domain embeds on a marketing page: a search box featuring two TLDs, a price table in EUR. */
function domainsMarketingPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner blog: domains</title></head>
<body><main>
<h1>Get your name</h1>
<div data-hostfront-domains="search" data-tlds="com,net"><a href="${SHOP}/domains">Find a domain</a></div>
<div data-hostfront-domains="prices" data-currency="EUR" data-source="partner-blog"></div>
<script src="${SHOP}/embed.js" async></script>
</main></body></html>`;
}

type WireYearPrices = Record<string, string> | [] | '';
type WireTldPricing = { pricing: Record<string, { register?: WireYearPrices; transfer?: WireYearPrices; renew?: WireYearPrices }> };

/**
 * GetTLDPricing's prices as a visitor should read them in the table: the price for a year (or
 * the shortest period, "for N years"), or "Not offered".
 */
function tldPriceText(prices: WireYearPrices | undefined, currency: Currency): string {
  const periods = Object.entries(prices || {}).sort(([a], [b]) => Number(a) - Number(b));
  const [years, amount] = periods.find(([y]) => y === '1') ?? periods[0] ?? [];
  if (!years || !amount) return 'Not offered';
  const money = formatMoney(toMinor(amount), currency, { withSuffix: false });
  return years === '1' ? money : `${money} for ${years} years`;
}

/** A cell's text ends with this ("Not offered" follows a dash shown to sighted visitors only). */
const endsWith = (text: string) => new RegExp(`${text.replace(/[$.()]/g, '\\$&')}$`);

/** The wire product as the domain Product lib/pricing reads (recurring products only). */
function domainProduct(wire: WireProduct): Product {
  const pricing: Product['pricing'] = {};
  for (const [code, columns] of Object.entries(wire.pricing)) {
    const cycles: Product['pricing'][string]['cycles'] = {};
    for (const cycle of RECURRING_CYCLES) {
      const price = columns[cycle];
      if (price === undefined || price === '-1.00') continue;
      cycles[cycle] = { price: toMinor(price), setupFee: toMinor(columns[`${cycle[0]}setupfee`] ?? '0.00') };
    }
    pricing[code] = { code, prefix: columns.prefix ?? '', suffix: columns.suffix ?? '', cycles };
  }
  return {
    pid: Number(wire.pid),
    gid: 0,
    type: 'other',
    name: decode(wire.name),
    slug: wire.slug,
    groupSlug: storePath(wire).split('/')[2] ?? '',
    description: '',
    module: '',
    payType: 'recurring',
    quantityMode: 'none',
    stockLevel: null,
    pricing,
    configOptions: [],
    customFields: [],
  };
}

function price(wire: WireProduct, code: string, cycle: RecurringCycle) {
  const product = domainProduct(wire);
  const currency = currencies[code];
  const amount = product.pricing[code]?.cycles[cycle]?.price;
  if (!currency || amount === undefined) throw new Error(`${wire.name} has no ${cycle} price in ${code}`);
  const monthly = effectiveMonthly(amount, cycle);
  return {
    amount: formatMoney(amount, currency, { withSuffix: false }),
    monthly: monthly === null ? null : formatMoney(monthly, currency, { withSuffix: false }),
    saving: savingPercent(product, code, cycle),
  };
}

async function loadSandbox(request: APIRequestContext) {
  const products = await sandboxProducts(request);
  const starter = products.find((p) => p.slug === 'starter');
  if (!starter) throw new Error('the demo catalogue has no Starter plan');
  card = starter;
  vps = products.filter((p) => storePath(p).startsWith('/store/vps/'));
  const { body } = await sandboxApi<{ currencies: { currency: Record<string, string>[] } }>(request, 'GetCurrencies');
  currencies = Object.fromEntries(
    body.currencies.currency.map((c) => [
      c.code,
      { id: Number(c.id), code: c.code ?? '', prefix: c.prefix ?? '', suffix: c.suffix ?? '', format: Number(c.format), rate: c.rate ?? '' },
    ]),
  );
}

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: SHOP });
  await loadSandbox(request);
  await request.dispose();
  host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.url === '/domains' ? domainsMarketingPage() : marketingPage(card.pid));
  });
  await new Promise<void>((resolve) => host.listen(HOST_PORT, '127.0.0.1', resolve));
  expect((host.address() as AddressInfo).port).toBe(HOST_PORT);
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** The iframe's height on the page, and the height of what it shows. */
async function heights(page: Page, selector: string) {
  const frameElement = page.locator(selector);
  const outer = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await frameElement.elementHandle())?.contentFrame();
  const inner = await frame?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { outer, inner };
}

async function expectSizedToContent(page: Page, selector: string, defaultHeight: number) {
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(page, selector);
      return outer !== defaultHeight && outer === inner;
    })
    .toBe(true);
}

const plan = (table: FrameLocator, name: string) =>
  table.getByRole('listitem').filter({ has: table.getByRole('heading', { name, exact: true }) });

/**
 * A price as a visitor sees it in one plan of a table. Every cycle's price is in the page, the
 * others hidden (a plan without a cycle repeats its default one there), so only what shows counts.
 */
const shownPrice = (table: FrameLocator, name: string, amount: string) =>
  plan(table, name).getByText(amount, { exact: true }).filter({ visible: true });

test('an allowed site shows a product card and a pricing table with the sandbox prices, sized to their content', async ({ page }) => {
  await page.goto(ALLOWED_PAGE);
  const cardFrame = page.frameLocator('[data-hostfront-product] iframe');
  const tableFrame = page.frameLocator('[data-hostfront-group] iframe');

  // The product card: annually, as the snippet asked, with its monthly equivalent and saving.
  const annual = price(card, 'USD', 'annually');
  await expect(cardFrame.getByRole('heading', { level: 1, name: decode(card.name) })).toBeVisible();
  await expect(cardFrame.getByText(annual.amount, { exact: true })).toBeVisible();
  await expect(cardFrame.getByText(`${annual.monthly}/mo effective`)).toBeVisible();
  expect(annual.saving).not.toBeNull();
  await expect(cardFrame.getByText(`Save ${annual.saving}%`)).toBeVisible();
  await expect(cardFrame.getByText(/setup fee/)).toBeVisible();

  // The pricing table: every VPS plan, in EUR, monthly to start with.
  await expect(tableFrame.getByRole('heading', { level: 1 })).toBeVisible();
  for (const product of vps) {
    await expect(shownPrice(tableFrame, decode(product.name), price(product, 'EUR', 'monthly').amount)).toBeVisible();
  }

  // Both iframes: a title for screen readers, lazy, borderless, and resized to their content.
  await expect(page.locator('[data-hostfront-product] iframe')).toHaveAttribute('title', new RegExp(`^${decode(card.name)} – `));
  await expect(page.locator('[data-hostfront-group] iframe')).toHaveAttribute('loading', 'lazy');
  await expectSizedToContent(page, '[data-hostfront-product] iframe', DEFAULT_HEIGHTS.product);
  await expectSizedToContent(page, '[data-hostfront-group] iframe', DEFAULT_HEIGHTS.group);
  await expect(page.locator('[data-hostfront-product] a')).toHaveCount(0);
});

test('the pricing table switches billing cycle with the mouse and the keyboard', async ({ page }) => {
  await page.goto(ALLOWED_PAGE);
  const table = page.frameLocator('[data-hostfront-group] iframe');
  const [small] = vps;
  if (!small) throw new Error('no VPS plans');
  const name = decode(small.name);

  const monthly = table.getByRole('radio', { name: 'Monthly', exact: true });
  await expect(monthly).toBeChecked();
  await monthly.focus();
  await page.keyboard.press('ArrowRight');
  await expect(table.getByRole('radio', { name: 'Quarterly', exact: true })).toBeChecked();
  await expect(shownPrice(table, name, price(small, 'EUR', 'quarterly').amount)).toBeVisible();
  await expect(shownPrice(table, name, price(small, 'EUR', 'monthly').amount)).toHaveCount(0);

  await table.getByText('Annually', { exact: true }).click();
  await expect(table.getByRole('radio', { name: 'Annually', exact: true })).toBeChecked();
  const annual = price(small, 'EUR', 'annually');
  await expect(shownPrice(table, name, annual.amount)).toBeVisible();
  await expect(plan(table, name).getByText(`Save ${annual.saving}%`).filter({ visible: true })).toBeVisible();
  await expect(plan(table, name).getByRole('link', { name: /^Order/ }).filter({ visible: true })).toHaveAttribute('href', /billingcycle=annually/);
  await expectSizedToContent(page, '[data-hostfront-group] iframe', DEFAULT_HEIGHTS.group);
});

test('"Order" opens the configurator in the top window with the cycle, currency and promo preset', async ({ page }) => {
  await page.goto(ALLOWED_PAGE);
  const cardFrame = page.frameLocator('[data-hostfront-product] iframe');
  const navigation = page.waitForRequest((req) => req.isNavigationRequest() && req.frame() === page.mainFrame());
  await cardFrame.getByRole('link', { name: /^Order/ }).click();

  const url = new URL((await navigation).url());
  expect(url.origin).toBe(SHOP);
  expect(url.pathname).toBe(storePath(card));
  expect(Object.fromEntries(url.searchParams)).toEqual({
    currency: 'USD',
    billingcycle: 'annually',
    promocode: 'SAVE15',
    utm_source: 'partner-blog',
    utm_medium: 'embed',
    utm_campaign: card.slug,
  });

  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Annually/ })).toBeChecked();
  await expect(page.getByText('SAVE15', { exact: true })).toBeVisible();

  // Changing the configuration rewrites the URL but keeps the attribution the embed added.
  await page.getByRole('radio', { name: /^Monthly/ }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('billingcycle')).toBe('monthly');
  expect(new URL(page.url()).searchParams.get('utm_source')).toBe('partner-blog');
  expect(new URL(page.url()).searchParams.get('utm_campaign')).toBe(card.slug);
});

test('an allowed site shows the domain price table with GetTLDPricing\'s prices, and the search box opens /domains', async ({ page }) => {
  await page.goto(`${ALLOWED_PAGE}domains`);
  const table = page.frameLocator('[data-hostfront-domains="prices"] iframe');
  const box = page.frameLocator('[data-hostfront-domains="search"] iframe');
  const eur = currencies.EUR;
  const usd = currencies.USD;
  if (!eur || !usd) throw new Error('the sandbox sells in USD and EUR');

  // Every TLD GetTLDPricing lists in EUR, with its register, transfer and renew price for a year.
  const { body: wire } = await sandboxApi<WireTldPricing>(page.request, 'GetTLDPricing', { currencyid: eur.id });
  const tlds = Object.keys(wire.pricing);
  expect(tlds.length).toBeGreaterThan(3);
  await expect(table.getByRole('heading', { level: 1, name: 'Domain prices' })).toBeVisible();
  await expect(table.getByText('Per year, in EUR.')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(tlds.length + 1);
  for (const [tld, prices] of Object.entries(wire.pricing)) {
    const name = domainToUnicode(`x.${tld.replace(/^\./, '')}`).slice(2);
    const row = table.getByRole('row').filter({ has: table.getByRole('rowheader', { name: new RegExp(`^\\.${name.replaceAll('.', '\\.')}( |$)`) }) });
    const cells = row.getByRole('cell');
    await expect(cells.nth(0), `.${name} register`).toHaveText(endsWith(tldPriceText(prices.register, eur)));
    await expect(cells.nth(1), `.${name} transfer`).toHaveText(endsWith(tldPriceText(prices.transfer, eur)));
    await expect(cells.nth(2), `.${name} renew`).toHaveText(endsWith(tldPriceText(prices.renew, eur)));
  }
  await expect(table.getByRole('link', { name: 'Search for a domain' })).toHaveAttribute(
    'href',
    '/domains?utm_source=partner-blog&utm_medium=embed&utm_campaign=domain-prices',
  );
  await expectSizedToContent(page, '[data-hostfront-domains="prices"] iframe', 480);

  // The search box: its featured TLDs at their USD (the shop's default) first-year price.
  const { body: usdWire } = await sandboxApi<WireTldPricing>(page.request, 'GetTLDPricing', { currencyid: usd.id });
  await expect(box.getByText(`First year: .com ${tldPriceText(usdWire.pricing.com?.register, usd)} · .net ${tldPriceText(usdWire.pricing.net?.register, usd)}`)).toBeVisible();
  await expectSizedToContent(page, '[data-hostfront-domains="search"] iframe', 150);

  // Searching leaves the marketing page for the shop's search, with the name typed.
  await box.getByLabel('Find your domain').fill('fresh-idea-embed');
  const navigation = page.waitForRequest((req) => req.isNavigationRequest() && req.frame() === page.mainFrame());
  await box.getByLabel('Find your domain').press('Enter');
  const url = new URL((await navigation).url());
  expect(url.origin + url.pathname).toBe(`${SHOP}/domains`);
  expect(url.searchParams.get('query')).toBe('fresh-idea-embed');
  await expect(page.getByRole('heading', { level: 1, name: 'Find your domain' })).toBeVisible();
  await expect(page.locator('[data-domain="fresh-idea-embed.com"]')).toBeVisible();
});

test("a site that is not allowed keeps the marketer's fallback, and the console says why", async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(REFUSED_PAGE);
  await expect.poll(() => warnings).toEqual([
    `Hostfront embeds: ${REFUSED_PAGE.slice(0, -1)} is not in the shop's EMBED_ALLOWED_ORIGINS, so ${SHOP} may not be framed here; the content inside the embed elements stays as it is.`,
  ]);
  // No grey frames the browser would refuse: the fallback link stays where the marketer put it.
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('[data-hostfront-product]').getByRole('link', { name: 'See the plans' })).toHaveAttribute('href', SHOP);
});

test('an embed opened on its own loads without a console error: /favicon.ico is the shop icon', async ({ page, request }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`/embed/product/${card.pid}`);
  await expect(page.getByRole('heading', { name: decode(card.name), exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
  // What the browser gets when it asks for /favicon.ico by itself.
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toBe('image/png');
  expect((await favicon.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
});

test('embeds answer with their own frame-ancestors, cache headers and no cookies; unknown ones with a 404 card', async ({ request }) => {
  const res = await request.get(`/embed/product/${card.pid}?parent=${encodeURIComponent(`http://127.0.0.1:${HOST_PORT}`)}&id=a`);
  expect(res.status()).toBe(200);
  const headers = res.headers();
  expect(headers['content-security-policy']).toMatch(new RegExp(`frame-ancestors 'self' http://127\\.0\\.0\\.1:${HOST_PORT}$`));
  expect(headers['x-frame-options']).toBeUndefined();
  expect(headers['set-cookie']).toBeUndefined();
  expect(headers['cache-control']).toBe('public, max-age=60, s-maxage=60, stale-while-revalidate=600');
  expect(await res.text()).toContain(`data-parent="http://127.0.0.1:${HOST_PORT}"`);

  // A page that is not allowed is not told anything, even where frame-ancestors is not enforced.
  const refused = await request.get(`/embed/product/${card.pid}?parent=${encodeURIComponent(`http://localhost:${HOST_PORT}`)}&id=a`);
  expect(await refused.text()).not.toContain('<script');

  for (const path of ['/embed/product/99999', '/embed/group/no-such-group', '/embed/product/abc']) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(await missing.text()).toContain('Not available');
    expect(missing.headers()['content-security-policy']).toContain('frame-ancestors');
  }

  const loader = await request.get('/embed.js');
  expect(loader.headers()['content-type']).toContain('javascript');
  expect(loader.headers()['cache-control']).toContain('public');

  // Every other page keeps refusing to be framed.
  const builder = await request.get('/embed');
  expect(builder.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('the embed pages are accessible, light and dark', async ({ page }) => {
  for (const path of [`/embed/product/${card.pid}?cycle=annually`, '/embed/group/vps?theme=dark', '/embed/group/shared-hosting?theme=light&accent=%23ffd400']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  for (const path of ['/embed/domains/search?tlds=com,net&theme=dark', '/embed/domains/search?theme=light&accent=%23ffd400', '/embed/domains/prices?theme=dark', '/embed/domains/prices?currency=EUR&theme=light']) {
    await page.goto(path);
    await expect(page.getByLabel('Find your domain').or(page.getByRole('heading', { level: 1, name: 'Domain prices' }))).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('the embed builder previews the embed live and copies its snippet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SHOP });
  await page.goto('/embed');
  await expect(page.getByRole('heading', { level: 1, name: 'Embed builder' })).toBeVisible();
  await expect(page.getByText(`http://127.0.0.1:${HOST_PORT}`)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('radio', { name: 'Pricing table' }).check();
  await page.getByLabel('Plans').selectOption('vps');
  await page.getByLabel('Billing cycle').selectOption('annually');
  await page.getByLabel('Promotion code').fill('SAVE15');
  await page.getByLabel('Source').fill('partner-blog');
  await page.getByRole('radio', { name: 'In a new tab' }).check();

  const snippet = page.getByLabel('HTML to paste');
  await expect(snippet).toHaveValue(
    `<div data-hostfront-group="vps" data-cycle="annually" data-promo="SAVE15" data-source="partner-blog" data-target="blank"></div>\n<script src="${SHOP}/embed.js" async></script>`,
  );

  const preview = page.frameLocator('iframe[title^="Preview"]');
  await expect(preview.getByRole('radio', { name: 'Annually', exact: true })).toBeChecked();
  const [small] = vps;
  if (!small) throw new Error('no VPS plans');
  await expect(shownPrice(preview, decode(small.name), price(small, 'USD', 'annually').amount)).toBeVisible();
  await expect(plan(preview, decode(small.name)).getByRole('link', { name: /^Order/ }).filter({ visible: true })).toHaveAttribute('target', '_blank');
  await expectSizedToContent(page, 'iframe[title^="Preview"]', DEFAULT_HEIGHTS.group);

  await page.getByLabel('Promotion code').fill('not a code');
  await expect(page.getByText('this one would be ignored')).toBeVisible();
  await expect(snippet).not.toHaveValue(/data-promo/);

  await page.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Snippet copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
});

test('the embed builder makes the domain embeds: options, live preview, snippet', async ({ page }) => {
  await page.goto('/embed');
  const form = page.getByRole('form', { name: 'Embed options' });
  await form.getByRole('radio', { name: 'Domain price table' }).check();
  await expect(form.getByLabel('Billing cycle')).toHaveCount(0);
  await expect(form.getByLabel('Promotion code')).toHaveCount(0);
  await form.getByLabel('Domain extensions').fill('net, .com, nope');
  await expect(page.getByText('Not sold by the shop, left out: .nope.')).toBeVisible();
  await form.getByLabel('Currency').selectOption('EUR');
  const snippet = page.getByLabel('HTML to paste');
  await expect(snippet).toHaveValue(
    `<div data-hostfront-domains="prices" data-currency="EUR" data-tlds="net,com,nope"></div>\n<script src="${SHOP}/embed.js" async></script>`,
  );
  const preview = page.frameLocator('iframe[title^="Preview"]');
  await expect(preview.getByRole('rowheader')).toHaveText([/^\.net/, /^\.com/]);
  await expect(preview.getByText('Per year, in EUR.')).toBeVisible();

  await form.getByRole('radio', { name: 'Domain search box' }).check();
  await form.getByRole('radio', { name: 'In a new tab' }).check();
  await expect(snippet).toHaveValue(
    `<div data-hostfront-domains="search" data-currency="EUR" data-target="blank" data-tlds="net,com,nope"></div>\n<script src="${SHOP}/embed.js" async></script>`,
  );
  await expect(preview.getByRole('button', { name: 'Search (opens in a new tab)' })).toBeVisible();
  await expect(preview.getByText(/^First year: \.net .+ · \.com /)).toBeVisible();
  await expectNoAxeViolations(page);
});
