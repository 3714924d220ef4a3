import type { Page } from '@playwright/test';
import { sandboxProducts, storePath } from './api';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The cart as a customer uses it: configure on the product page, "Add to cart", then change the
 * cart on /cart. Amounts are the sandbox's seed prices in USD:
 *   Starter monthly $4.99 + $5.00 setup, annually $49.90; Website Migration one-time $49.00.
 */

// These journeys check prices before tax: the visitor's tax estimate is for a place without tax
// (the US outside Texas), not the shop's home country (e2e/tax.spec.ts covers the estimate).
test.beforeEach(async ({ context, baseURL }) => {
  await context.addCookies([{ name: 'tax_place', value: 'US', url: baseURL }]);
});

async function productPath(page: Page, name: string): Promise<string> {
  const product = (await sandboxProducts(page.request)).find((candidate) => candidate.name === name);
  if (!product) throw new Error(`The sandbox has no product called ${name}`);
  return storePath(product);
}

/** Opens the configurator once it has read its URL (it is a static page, hydrated in the browser). */
async function openConfigurator(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
}

async function addStarter(page: Page) {
  await openConfigurator(page, await productPath(page, 'Starter'));
  await page.getByLabel(/^Domain name/).fill('example.com');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
}

async function addMigration(page: Page) {
  await openConfigurator(page, await productPath(page, 'Website Migration'));
  await page.getByLabel(/^Current host/).fill('Old Host Ltd');
  await page.getByLabel(/^Website address/).fill('https://www.example.com');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
}

/** Holds every server action (POST) back a little, so what a button says while it waits can be seen. */
async function slowActions(page: Page) {
  await page.route('**/*', async (route) => {
    if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
}

const item = (page: Page, name: string) => page.getByTestId('cart-item').filter({ has: page.getByRole('heading', { name, exact: true }) });
const dueToday = (page: Page) => page.getByTestId('cart-due-today');
const renewals = (page: Page) => page.getByTestId('cart-renewals');
const badge = (page: Page, count: number) => page.getByRole('link', { name: `Cart, ${count} item${count === 1 ? '' : 's'}` });

test('an empty cart says so and points back to the catalogue', async ({ page }) => {
  await page.goto('/cart');
  await expect(page.getByRole('heading', { level: 1, name: 'Your cart is empty' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Browse plans' })).toHaveAttribute('href', '/');
  await expect(badge(page, 0)).toBeVisible();
  await expectNoAxeViolations(page);
  // Looking starts no cart: neither the page nor the badge's GET /api/cart names one.
  expect(await page.evaluate(async () => (await fetch('/api/cart', { cache: 'no-store' })).status)).toBe(200);
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('cart');
});

test('configured items go in the cart and can be changed there', async ({ page }) => {
  await addStarter(page);
  await expect(item(page, 'Starter')).toContainText('Monthly');
  await expect(item(page, 'Starter')).toContainText('example.com');
  await expect(badge(page, 1)).toBeVisible();

  await addMigration(page);
  await expect(badge(page, 2)).toBeVisible();
  await expect(item(page, 'Website Migration')).toContainText('Old Host Ltd');
  await expect(dueToday(page)).toHaveText('$58.99 USD');
  await expect(renewals(page)).toHaveText('then $4.99 USD every month');
  await expectNoAxeViolations(page);

  // Quantity, where the product allows it (separate services) and not elsewhere.
  await expect(item(page, 'Starter').getByRole('button', { name: 'More Starter' })).toHaveCount(0);
  await item(page, 'Website Migration').getByRole('button', { name: 'More Website Migration' }).click();
  await expect(dueToday(page)).toHaveText('$107.99 USD');
  // Counts are lines, not units: two Website Migrations are one item, "Quantity 2".
  await expect(badge(page, 2)).toBeVisible();
  await expect(page.getByText('2 items, priced in USD.')).toBeVisible();
  await expect(item(page, 'Website Migration')).toContainText('Quantity 2');
  await expect(item(page, 'Website Migration').getByRole('spinbutton', { name: 'Quantity of Website Migration' })).toHaveValue('2');
  await item(page, 'Website Migration').getByRole('button', { name: 'Fewer Website Migration' }).click();
  await expect(dueToday(page)).toHaveText('$58.99 USD');

  // Duplicate, then remove the copy.
  await item(page, 'Starter').getByRole('button', { name: 'Duplicate Starter' }).click();
  await expect(item(page, 'Starter')).toHaveCount(2);
  await expect(badge(page, 3)).toBeVisible();
  await expect(dueToday(page)).toHaveText('$68.98 USD');
  await item(page, 'Starter').last().getByRole('button', { name: 'Remove Starter' }).click();
  await expect(item(page, 'Starter')).toHaveCount(1);
  await expect(page.getByTestId('cart-status')).toHaveText('Removed Starter from your cart.');
  await expect(badge(page, 2)).toBeVisible();

  // Edit: back to the configurator with the configuration, and the item is updated, not added.
  await item(page, 'Starter').getByRole('link', { name: 'Edit Starter' }).click();
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel(/^Domain name/)).toHaveValue('example.com');
  await page.getByRole('radio', { name: /^Annually/ }).check();
  await page.getByRole('button', { name: 'Update cart item' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(item(page, 'Starter')).toHaveCount(1);
  await expect(item(page, 'Starter')).toContainText('Annually');
  await expect(dueToday(page)).toHaveText('$98.90 USD');
  await expect(renewals(page)).toHaveText('then $49.90 USD every year');
  await expect(badge(page, 2)).toBeVisible();

  // Editing restores everything entered, custom fields included (they are not in the link).
  await item(page, 'Website Migration').getByRole('link', { name: 'Edit Website Migration' }).click();
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel(/^Current host/)).toHaveValue('Old Host Ltd');
  await expect(page.getByLabel(/^Website address/)).toHaveValue('https://www.example.com');
  await expect(page).not.toHaveURL(/Old%20Host|Old\+Host/);
  await page.getByLabel(/^Current host/).fill('New Host Ltd');
  await page.getByRole('button', { name: 'Update cart item' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(item(page, 'Website Migration')).toHaveCount(1);
  await expect(item(page, 'Website Migration')).toContainText('New Host Ltd');
  await expect(item(page, 'Website Migration')).toContainText('https://www.example.com');
});

test('adding answers with the new count: one request, no re-render of the page being left, then the cart', async ({ page }) => {
  // The first item creates the cart and its cookie (Next.js renders the page again for any action
  // that sets a cookie); from then on an action answers with its result only.
  await addStarter(page);
  await openConfigurator(page, await productPath(page, 'Starter'));
  await page.getByLabel(/^Domain name/).fill('bücher.de');
  const requests: string[] = [];
  page.on('request', (sent) => requests.push(`${sent.method()} ${new URL(sent.url()).pathname}`));
  // The action's answer, read on its way in (the page moves on to the cart right after).
  let body = '';
  await page.route('**/*', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch();
    body = await response.text();
    await route.fulfill({ response, body });
  });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(badge(page, 2)).toBeVisible();
  await expect(item(page, 'Starter').last()).toContainText('bücher.de');

  expect(requests.filter((request) => request.startsWith('POST'))).toHaveLength(1);
  // The answer is the action's result only: the product page is not rendered again on its way out.
  expect(body).toContain('Added Starter to your cart.');
  expect(body).not.toContain('Breadcrumb');
  // The badge took the count from the answer: nothing asked GET /api/cart before the cart page.
  const action = requests.findIndex((request) => request.startsWith('POST'));
  const cartPage = requests.indexOf('GET /cart', action);
  expect(cartPage).toBeGreaterThan(action);
  expect(requests.slice(action, cartPage)).not.toContain('GET /api/cart');
});

test('buttons say what they are doing while they wait, and focus stays with the customer', async ({ page }) => {
  await openConfigurator(page, await productPath(page, 'Starter'));
  await page.getByLabel(/^Domain name/).fill('example.com');
  await slowActions(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('button', { name: 'Adding…' })).toBeVisible();
  await expect(page).toHaveURL(/\/cart$/);

  const code = page.getByLabel('Promo code');
  await code.fill('SAVE15');
  await code.press('Enter');
  const apply = page.getByRole('button', { name: 'Applying…' });
  await expect(apply).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove promo code SAVE15' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(code).toBeFocused();
  await code.fill('NOPE123');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('button', { name: 'Applying…' })).toBeFocused();
  await expect(page.getByRole('alert').filter({ hasText: "We don't recognise the code NOPE123." })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply' })).toBeFocused();
});

test('the quantity box fits five digits and says the limit in words', async ({ page }) => {
  await addMigration(page);
  const box = item(page, 'Website Migration').getByRole('spinbutton', { name: 'Quantity of Website Migration' });
  await box.fill('99999');
  await box.press('Enter');
  await expect(item(page, 'Website Migration').getByRole('alert')).toHaveText('The quantity can be at most 10,000.');
  await expect(box).toHaveAttribute('aria-invalid', 'true');

  // 10000 fits beside the spin buttons Chromium shows in a number box (15 px).
  await box.fill('10000');
  const room = await box.evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const probe = document.createElement('span');
    probe.textContent = input.value;
    probe.style.cssText = `position:absolute;white-space:pre;font:${style.font};font-variant-numeric:${style.fontVariantNumeric}`;
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - text;
  });
  expect(room).toBeGreaterThanOrEqual(20);
});

test('promo codes: applied with their discount, removed, and refused with the reason', async ({ page }) => {
  await addStarter(page);
  await addMigration(page);
  await expect(dueToday(page)).toHaveText('$58.99 USD');
  const code = page.getByLabel('Promo code');

  // SAVE15: 15% of the first payments (9.99 -> 1.50, 49.00 -> 7.35) and of Starter's renewals.
  await code.fill('save15');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Promo code SAVE15')).toBeVisible();
  await expect(page.getByTestId('cart-discount')).toHaveText('−$8.85');
  await expect(dueToday(page)).toHaveText('$50.14 USD');
  await expect(renewals(page)).toHaveText('then $4.24 USD every month');
  await expect(page.getByText(/the invoice WHMCS creates with your order is the final word/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Remove promo code SAVE15' }).click();
  await expect(dueToday(page)).toHaveText('$58.99 USD');

  // WELCOME5: 5.00 off the first payment of one item; renewals unchanged.
  await code.fill('WELCOME5');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('cart-discount')).toHaveText('−$5.00');
  await expect(dueToday(page)).toHaveText('$53.99 USD');
  await expect(renewals(page)).toHaveText('then $4.99 USD every month');

  await page.getByRole('button', { name: 'Remove promo code WELCOME5' }).click();
  await code.fill('NOPE123');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('alert').filter({ hasText: "We don't recognise the code NOPE123." })).toBeVisible();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(dueToday(page)).toHaveText('$58.99 USD');
});

test('the cart survives a reload, a new tab and a new browser with the same cookies', async ({ page, context, browser, baseURL }) => {
  await addStarter(page);
  await expect(badge(page, 1)).toBeVisible();

  const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === 'cart');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  const days = ((cookie?.expires ?? 0) - Date.now() / 1000) / 86_400;
  expect(days).toBeGreaterThan(29);
  expect(days).toBeLessThanOrEqual(30);

  await page.reload();
  await expect(item(page, 'Starter')).toHaveCount(1);

  const tab = await context.newPage();
  await tab.goto('/');
  await expect(badge(tab, 1)).toBeVisible();
  // The first tab hears about a change made in the second one.
  await tab.goto('/cart');
  await item(tab, 'Starter').getByRole('button', { name: 'Duplicate Starter' }).click();
  await expect(badge(tab, 2)).toBeVisible();
  await expect(badge(page, 2)).toBeVisible();

  const restarted = await browser.newContext({ baseURL, storageState: await context.storageState() });
  const later = await restarted.newPage();
  await later.goto('/cart');
  await expect(item(later, 'Starter')).toHaveCount(2);
  await expect(badge(later, 2)).toBeVisible();
  await restarted.close();

  const stranger = await browser.newContext({ baseURL });
  const other = await stranger.newPage();
  await other.goto('/cart');
  await expect(other.getByRole('heading', { level: 1, name: 'Your cart is empty' })).toBeVisible();
  await stranger.close();
});

test('a server action call with a malformed body answers 400 and changes nothing', async ({ page }) => {
  await addMigration(page);
  // A real action id and payload: what the browser sends for "More Website Migration".
  const call = page.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action']));
  await item(page, 'Website Migration').getByRole('button', { name: 'More Website Migration' }).click();
  const sent = await call;
  const actionId = (await sent.headerValue('next-action')) ?? '';
  expect(actionId).toMatch(/^[0-9a-f]{40,}$/);
  await expect(item(page, 'Website Migration')).toContainText('Quantity 2');

  const json = 'text/plain;charset=UTF-8';
  const malformed = [
    { what: 'truncated JSON', type: json, body: '[{"itemId":"abc","quant' },
    { what: 'broken multipart', type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["a"' },
    { what: 'very deep nesting', type: json, body: '['.repeat(50_000) + ']'.repeat(50_000) },
  ];
  for (const { what, type, body } of malformed) {
    const response = await page.request.post('/cart', { headers: { 'next-action': actionId, 'content-type': type }, data: body });
    expect(response.status(), what).toBe(400);
  }
  // Something that is no action id at all: Next.js's own 400, as before.
  const unknown = await page.request.post('/cart', { headers: { 'next-action': 'not-an-action', 'content-type': json }, data: '[]' });
  expect(unknown.status()).toBe(400);

  // Nothing changed; and the real payload ("quantity 2"), sent again after going back to 1, still goes through.
  await page.reload();
  await expect(item(page, 'Website Migration')).toContainText('Quantity 2');
  await item(page, 'Website Migration').getByRole('button', { name: 'Fewer Website Migration' }).click();
  const quantity = item(page, 'Website Migration').getByRole('spinbutton', { name: 'Quantity of Website Migration' });
  await expect(quantity).toHaveValue('1');
  const again = await page.request.post('/cart', {
    headers: { 'next-action': actionId, 'content-type': (await sent.headerValue('content-type')) ?? json },
    data: sent.postDataBuffer() ?? '',
  });
  expect(again.status()).toBe(200);
  await page.reload();
  await expect(quantity).toHaveValue('2');
});
