import type { Page } from '@playwright/test';
import { sandboxApi } from './api';
import { addStarter, createCustomerViaApi, fillPayment, productPath, receiptFromPaymentStep, signIn } from './checkout.helpers';
import { expect, test } from './fixtures';

/**
 * The ecommerce events of one purchase, in order, as a shop's tag manager sees them. The e2e
 * server runs with ANALYTICS=events: events go to window.dataLayer and the `hostfront:analytics`
 * DOM event, and no third-party script is loaded. (With ANALYTICS unset nothing is pushed:
 * lib/analytics/track.test.ts; the policy allows GTM only with ANALYTICS=gtm: lib/security.)
 */

interface Pushed {
  event: string;
  ecommerce: { currency: string; value: number; transaction_id?: string; items: { item_name: string }[] };
  traffic_source?: Record<string, string>;
}

/** Every `hostfront:analytics` event of this tab, across page loads (kept in sessionStorage). */
async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    window.addEventListener('hostfront:analytics', (event) => {
      const seen = JSON.parse(sessionStorage.getItem('e2e-events') ?? '[]') as unknown[];
      seen.push((event as CustomEvent).detail);
      sessionStorage.setItem('e2e-events', JSON.stringify(seen));
    });
  });
}

async function events(page: Page): Promise<Pushed[]> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('e2e-events') ?? '[]') as Pushed[]);
}

test('one purchase: view_item_list, view_item, add_to_cart, begin_checkout, purchase once, with the campaign', async ({ page, request }) => {
  const requested: string[] = [];
  page.on('request', (req) => requested.push(req.url()));
  const customer = await createCustomerViaApi(request, 'analytics');
  await recordEvents(page);
  await signIn(page, customer.email, customer.password);

  const group = (await productPath(page, 'Starter')).replace(/\/[^/]+$/, '');
  await page.goto(`${group}?utm_source=newsletter&utm_campaign=spring`);
  await expect.poll(async () => (await events(page)).map((e) => e.event)).toEqual(['view_item_list']);
  await addStarter(page, 'measured.example');
  await page.goto('/checkout');
  await expect.poll(async () => (await events(page)).map((e) => e.event)).toContain('begin_checkout');
  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).click();
  const orderId = await receiptFromPaymentStep(page);
  await expect.poll(async () => (await events(page)).map((e) => e.event)).toContain('purchase');
  // The pushes reach window.dataLayer too.
  expect(await page.evaluate(() => (window as unknown as { dataLayer?: unknown[] }).dataLayer?.length ?? 0)).toBeGreaterThan(0);
  // Viewing the receipt again sends no second purchase.
  await page.reload();
  await expect(page.getByTestId('receipt')).toBeVisible();
  await page.waitForTimeout(500);

  const all = await events(page);
  expect(all.map((e) => e.event)).toEqual(['view_item_list', 'view_item', 'add_to_cart', 'begin_checkout', 'purchase']);
  const purchase = all[4]!;
  const { body } = await sandboxApi<{ orders: { order: { amount: string; currencysuffix: string }[] } }>(request, 'GetOrders', { id: orderId });
  expect(purchase.ecommerce).toMatchObject({ transaction_id: String(orderId), currency: 'USD', value: Number(body.orders.order[0]!.amount) });
  expect(purchase.ecommerce.items.map((item) => item.item_name)).toEqual([expect.stringContaining('Starter')]);
  expect(all[2]!.ecommerce.items.map((item) => item.item_name)).toEqual(['Starter']);
  // The campaign of the link that brought the visitor rides along.
  expect(purchase.traffic_source).toEqual({ utm_source: 'newsletter', utm_campaign: 'spring' });
  // ANALYTICS=events loads nothing from Google.
  expect(requested.filter((url) => /googletagmanager|google-analytics/.test(url))).toEqual([]);
});
