import path from 'node:path';
import Database from 'better-sqlite3';
import { sandboxApi } from './api';
import { addStarter, createCustomerViaApi, fillPayment, productPath, signIn } from './checkout.helpers';
import { e2eDataDir, expect, test } from './fixtures';

/**
 * Attribution: an affiliate link (`?aff=`) on a static catalogue page is remembered and credited
 * on the order placed later (AddOrder `affid`); the campaign of the link is kept with it. Embeds
 * set no cookies.
 */

test('an affiliate link followed by an order: the sandbox order credits the affiliate', async ({ page, context, request }) => {
  const customer = await createCustomerViaApi(request, 'referred');
  const starter = await productPath(page, 'Starter');

  // Affiliate 1 is the demo's client 2; the link lands on a static catalogue page.
  await page.goto(`${starter}?aff=1&utm_source=newsletter&utm_campaign=spring&gclid=abc123`);
  const cookies = await context.cookies();
  const affiliate = cookies.find((cookie) => cookie.name === 'hf_aff');
  expect(affiliate).toMatchObject({ value: '1', httpOnly: true, sameSite: 'Lax', path: '/' });
  // WHMCS's 90 days by default.
  const days = (affiliate!.expires * 1000 - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(89);
  expect(days).toBeLessThanOrEqual(90);
  const source = new URLSearchParams(decodeURIComponent(cookies.find((cookie) => cookie.name === 'hf_src')?.value ?? ''));
  expect(Object.fromEntries(source)).toEqual({ utm_source: 'newsletter', utm_campaign: 'spring', gclid: 'abc123' });

  await signIn(page, customer.email, customer.password);
  await addStarter(page, 'referred-site.example');
  await page.goto('/checkout');
  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/sandbox\/invoice\/\d+$/);

  const { body } = await sandboxApi<{ orders: { order: { id: string; lineitems: { lineitem: { relid: string }[] } }[] } }>(request, 'GetOrders', {
    userid: customer.clientId,
  });
  const serviceId = Number(body.orders.order[0]!.lineitems.lineitem[0]!.relid);
  const db = new Database(path.join(e2eDataDir(), 'sandbox.sqlite'), { readonly: true });
  try {
    expect(db.prepare('SELECT affiliateid FROM affiliate_accounts WHERE relid = ?').all(serviceId)).toEqual([{ affiliateid: 1 }]);
  } finally {
    db.close();
  }
});

test('an order without an affiliate link credits nobody, and an embed never sets the cookie', async ({ page, context, request }) => {
  await page.goto('/embed/product/1?aff=1&utm_source=blog');
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('hf_aff');

  const customer = await createCustomerViaApi(request, 'unreferred');
  await page.goto(`${await productPath(page, 'Starter')}?aff=not-a-number`);
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('hf_aff');
  await signIn(page, customer.email, customer.password);
  await addStarter(page, 'unreferred-site.example');
  await page.goto('/checkout');
  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/sandbox\/invoice\/\d+$/);
  const { body } = await sandboxApi<{ orders: { order: { lineitems: { lineitem: { relid: string }[] } }[] } }>(request, 'GetOrders', { userid: customer.clientId });
  const serviceId = Number(body.orders.order[0]!.lineitems.lineitem[0]!.relid);
  const db = new Database(path.join(e2eDataDir(), 'sandbox.sqlite'), { readonly: true });
  try {
    expect(db.prepare('SELECT affiliateid FROM affiliate_accounts WHERE relid = ?').all(serviceId)).toEqual([]);
  } finally {
    db.close();
  }
});
