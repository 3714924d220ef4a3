import type { Page } from '@playwright/test';
import { decode } from 'html-entities';
import {
  cyclePrice,
  MONTHS,
  money,
  paths,
  wireCatalogue,
  currency as wireCurrency,
  product as wireProduct,
  type Cycle,
  type WireCatalogue,
  type WireCurrency,
  type WireProduct,
} from './catalogue.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The catalogue as a customer browses it, checked against what the sandbox's GetProducts and
 * GetCurrencies say: the home page's groups and "from" prices, the group pages' pricing cards and
 * cycle switcher, currencies, 404s, and what search engines and link previews get.
 */

const RECURRING: Cycle[] = ['monthly', 'quarterly', 'semiannually', 'annually', 'biennially', 'triennially'];

/** The lowest effective monthly price of a group's products, in cents, as the home page shows it. */
function lowestMonthly(products: WireProduct[], code: string): number {
  let best: { price: number; months: number } | null = null;
  for (const p of products) {
    for (const cycle of RECURRING) {
      const price = p.paytype === 'recurring' ? cyclePrice(p.pricing[code], cycle) : null;
      if (price && (!best || price.price * best.months < best.price * MONTHS[cycle])) best = { price: price.price, months: MONTHS[cycle] };
    }
  }
  if (!best) throw new Error('no recurring product in the group');
  // Rounded half up, like WHMCS (amounts are positive, so Math.round is half up).
  return Math.round(best.price / best.months);
}

function groups(catalogue: WireCatalogue): Map<string, WireProduct[]> {
  const byGroup = new Map<string, WireProduct[]>();
  for (const p of catalogue.products) byGroup.set(paths(p).group, [...(byGroup.get(paths(p).group) ?? []), p]);
  return byGroup;
}

const groupCard = (page: Page, groupPath: string) => page.locator('main article', { has: page.locator(`a[href="${groupPath}"]`) });
const pricingCard = (page: Page, name: string) =>
  page.locator('main article', { has: page.getByRole('heading', { level: 2, name, exact: true }) });

async function expectGroupPrices(page: Page, catalogue: WireCatalogue, currency: WireCurrency) {
  for (const [groupPath, products] of groups(catalogue)) {
    const from = `${money(lowestMonthly(products, currency.code), currency, false)}/mo`;
    // A group with a free plan (Business Email's Free Mailbox) starts at Free, not at its paid plans.
    const free = products.some((p) => p.paytype === 'free');
    const card = groupCard(page, groupPath);
    if (free) {
      await expect(card.getByText('From Free', { exact: true })).toBeVisible();
      await expect(card).toContainText(`Paid plans from ${from}`);
    } else {
      await expect(card).toContainText(`From ${from}`);
    }
  }
}

test('the home page shows every group with its lowest monthly price from GetProducts', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectGroupPrices(page, catalogue, wireCurrency(catalogue, 'USD'));
  await expectNoAxeViolations(page);
});

test('a customer browses from the home page to a product', async ({ page, request }) => {
  const vpsLarge = wireProduct(await wireCatalogue(request), 'vps-large');
  await page.goto('/');
  await page.locator(`main a[href="${paths(vpsLarge).group}"]`).click();
  await expect(page).toHaveURL(paths(vpsLarge).group);
  await pricingCard(page, vpsLarge.name).getByRole('link', { name: `Choose ${vpsLarge.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`${paths(vpsLarge).product}\\?`));
  await expect(page.getByRole('heading', { level: 1, name: vpsLarge.name })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveCount(2);
});

test('group pages price each cycle, with the monthly equivalent, the saving and setup fees', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const usd = wireCurrency(catalogue, 'USD');
  const starter = wireProduct(catalogue, 'starter');
  const monthly = cyclePrice(starter.pricing.USD, 'monthly');
  const annually = cyclePrice(starter.pricing.USD, 'annually');
  if (!monthly || !annually) throw new Error('the demo Starter plan is billed monthly and annually');

  await page.goto(paths(starter).group);
  const card = pricingCard(page, starter.name);
  await expect(card).toContainText(`${money(monthly.price, usd, false)}/mo`);
  if (monthly.setup > 0) await expect(card).toContainText(`+ ${money(monthly.setup, usd, false)} setup fee`);
  for (const feature of decode(starter.description).split(/\r?\n/).filter(Boolean)) await expect(card).toContainText(feature);

  // The cycle switcher is plain radio buttons: annually shows the annual price and its saving.
  await page.getByRole('radio', { name: /^Annually/ }).check();
  const perMonth = Math.round(annually.price / 12);
  const saving = Math.round(((monthly.price * 12 - annually.price) * 100) / (monthly.price * 12));
  await expect(card.getByText(`${money(annually.price, usd, false)}`, { exact: true })).toBeVisible();
  await expect(card).toContainText(`${money(perMonth, usd, false)}/mo`);
  await expect(card.getByText(`save ${saving}%`)).toBeVisible();
  await expect(card.getByText(`${money(monthly.price, usd, false)}`, { exact: true })).toBeHidden();
  await expect(card.getByRole('link', { name: `Choose ${starter.name}` })).toHaveAttribute('href', /billingcycle=annually/);
  await expectNoAxeViolations(page);
});

test('sold-out products stay listed but cannot be chosen', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const soldOut = catalogue.products.find((p) => p.stocklevel === 0);
  const inStock = catalogue.products.find((p) => p.stocklevel !== undefined && p.stocklevel > 0);
  if (!soldOut || !inStock) throw new Error('the demo has a sold-out and an in-stock product under stock control');

  await page.goto(paths(soldOut).group);
  const card = pricingCard(page, soldOut.name);
  await expect(card).toContainText('Sold out');
  await expect(card.getByRole('link', { name: `Choose ${soldOut.name}` })).toHaveCount(0);
  await expect(pricingCard(page, inStock.name).getByRole('link', { name: `Choose ${inStock.name}` })).toBeVisible();

  // Its own page still shows the prices, and refuses the order.
  await page.goto(paths(soldOut).product);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sold out' })).toBeDisabled();
});

test('unknown groups and products answer 404 with a way back', async ({ page }) => {
  for (const path of ['/store/no-such-group', '/store/shared-hosting/no-such-plan']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'We could not find that plan' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See all plans' })).toHaveAttribute('href', '/');
  }
  await expectNoAxeViolations(page);
});

test('badly encoded addresses answer 404 with the shop page, not an error', async ({ page }) => {
  for (const path of ['/store/%ff', '/store/vps/%E0%A4%A', '/order/%ff']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('link', { name: 'See all plans' })).toBeVisible();
  }
});

test('link previews of unknown groups and products are 404s, not cards', async ({ request }) => {
  for (const path of ['/store/no-such-group', '/store/shared-hosting/no-such-plan']) {
    expect((await request.get(`${path}/opengraph-image`)).status(), path).toBe(404);
  }
});

test('a currency cookie the shop did not write is no choice; a currency the shop does not sell is a 404', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const url = new URL(baseURL!);
  await context.addCookies([{ name: 'currency', value: 'eur', domain: url.hostname, path: '/' }]);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByText(/Prices in USD/)).toBeVisible();
  await context.addCookies([{ name: 'currency', value: 'QQQ', domain: url.hostname, path: '/' }]);
  expect((await page.goto('/'))?.status()).toBe(404);
  await context.close();
});

test('the currency switcher changes every price and is remembered', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  await page.goto('/');
  await page.getByLabel('Currency').selectOption('EUR');
  await expectGroupPrices(page, catalogue, wireCurrency(catalogue, 'EUR'));
  expect((await page.context().cookies()).find((c) => c.name === 'currency')?.value).toBe('EUR');

  // Remembered: a new page load and another page stay in euros.
  await page.reload();
  await expectGroupPrices(page, catalogue, wireCurrency(catalogue, 'EUR'));
  const starter = wireProduct(catalogue, 'starter');
  await page.goto(paths(starter).group);
  const monthly = cyclePrice(starter.pricing.EUR, 'monthly');
  await expect(pricingCard(page, starter.name)).toContainText(`${money(monthly?.price ?? -1, wireCurrency(catalogue, 'EUR'), false)}/mo`);
});

test('a ?currency= link selects the currency, and the choice sticks', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const gbp = wireCurrency(catalogue, 'GBP');
  await page.goto('/?currency=GBP');
  await expectGroupPrices(page, catalogue, gbp);
  await expect(page.getByLabel('Currency')).toHaveValue('GBP');
  await page.goto('/');
  await expectGroupPrices(page, catalogue, gbp);
});

test('pages carry metadata, link previews and JSON-LD offers at the real prices', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const vpsLarge = wireProduct(catalogue, 'vps-large');
  await page.goto(paths(vpsLarge).product);
  await expect(page).toHaveTitle(new RegExp(vpsLarge.name));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(vpsLarge.name));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${paths(vpsLarge).product}$`));

  const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
  expect(image).toBeTruthy();
  // At the page's public address: the internal currency segment never shows.
  expect(new URL(image ?? '', page.url()).pathname).toBe(`${paths(vpsLarge).product}/opengraph-image`);
  const imageResponse = await request.get(new URL(image ?? '', page.url()).pathname);
  expect(imageResponse.status()).toBe(200);
  expect(imageResponse.headers()['content-type']).toBe('image/png');

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd).toMatchObject({ '@type': 'Product', name: vpsLarge.name, sku: String(vpsLarge.pid) });
  const offers = jsonLd.offers as { price: string; priceCurrency: string; priceSpecification?: { referenceQuantity: { value: number } } }[];
  const enabled = RECURRING.filter((cycle) => cyclePrice(vpsLarge.pricing.USD, cycle));
  expect(offers.map((offer) => [offer.price, offer.priceCurrency, offer.priceSpecification?.referenceQuantity.value])).toEqual(
    enabled.map((cycle) => [vpsLarge.pricing.USD?.[cycle], 'USD', MONTHS[cycle]]),
  );

  await page.goto(paths(vpsLarge).group);
  const groupImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
  expect((await request.get(new URL(groupImage ?? '', page.url()).pathname)).headers()['content-type']).toBe('image/png');
});

test('sitemap.xml lists every listed page and robots.txt points to it', async ({ request }) => {
  const catalogue = await wireCatalogue(request);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(locations).toContain('/');
  for (const p of catalogue.products) {
    expect(locations).toContain(paths(p).product);
    expect(locations).toContain(paths(p).group);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('POST /api/revalidate refreshes the catalogue only with the secret', async ({ page, request }) => {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) throw new Error('REVALIDATE_SECRET is not set: run the suite with `npm run test:e2e`');
  // When WHMCS last answered, as the sitemap's lastmod tells (the catalogue's fetch time).
  const fetchedAt = async () => {
    await page.goto('/store/shared-hosting');
    return /<lastmod>([^<]+)<\/lastmod>/.exec(await (await request.get('/sitemap.xml')).text())?.[1];
  };
  const revalidate = (headers: Record<string, string>) => request.post('/api/revalidate', { headers });

  // Start a fresh revalidation window, so the time-based one cannot end during this test.
  const first = await fetchedAt();
  expect((await revalidate({ authorization: `Bearer ${secret}` })).status()).toBe(200);
  await expect.poll(fetchedAt).not.toBe(first);
  const before = await fetchedAt();

  const wrong: Record<string, string>[] = [{}, { authorization: 'Bearer not-the-secret-at-all' }, { 'x-revalidate-secret': `${secret}x` }];
  for (const headers of wrong) {
    const refused = await revalidate(headers);
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ revalidated: false });
  }
  expect(await fetchedAt()).toBe(before);

  const accepted = await revalidate({ 'x-revalidate-secret': secret });
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toMatchObject({ revalidated: true });
  await expect.poll(fetchedAt).not.toBe(before);
});
