import type { Browser } from '@playwright/test';
import { sandboxApi } from './api';
import { DEMO, fillPayment, receiptFromPaymentStep, signIn, orderIdFrom } from './checkout.helpers';
import { expect, test } from './fixtures';

/**
 * The smoke journey (browse, configure, order) on the oldest and the newest WHMCS version the
 * sandbox emulates: the suite's server answers as the newest; scripts/e2e.mjs starts a second
 * server from the same build, on its own data, answering as 8.0 (no product_url/slug, no quantity
 * fields, ids as strings), and names it in E2E_OLDEST_WHMCS_URL.
 */
function oldestUrl(): string {
  const url = process.env.E2E_OLDEST_WHMCS_URL;
  if (!url) throw new Error('E2E_OLDEST_WHMCS_URL is not set: run the suite with `npm run test:e2e`');
  return url;
}

async function journey(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, DEMO.email, DEMO.password, '/account/services');

  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /Shared Hosting/ }).first().click();
  await expect(page).toHaveURL(/\/store\/shared-hosting$/);
  await page.getByRole('main').getByRole('link', { name: /Starter/ }).first().click();
  // The same URL on every version: from product_url on the newest, from catalogue.sandbox.json on 8.0.
  await expect(page).toHaveURL(/\/store\/shared-hosting\/starter(\?|$)/);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await page.getByLabel(/^Domain name/).fill('versions.example');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);

  await page.goto('/checkout');
  const form = await fillPayment(page, 'Mail In Payment');
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);
  const orderId = orderIdFrom(page);
  const { body } = await sandboxApi<{ orders?: { order: { userid: string | number; lineitems?: { lineitem: { product: string }[] } }[] } }>(
    context.request,
    'GetOrders',
    { id: orderId },
  );
  const order = body.orders?.order[0];
  expect(Number(order?.userid)).toBe(DEMO.clientId);
  expect(order?.lineitems?.lineitem.map((line) => line.product.endsWith('Starter'))).toEqual([true]);
  await context.close();
}

test('browse, configure and order on the newest WHMCS', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  await journey(browser, baseURL as string);
});

test('browse, configure and order on WHMCS 8.0', async ({ browser }) => {
  test.setTimeout(120_000);
  await journey(browser, oldestUrl());
});
