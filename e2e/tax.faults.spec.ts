import path from 'node:path';
import Database from 'better-sqlite3';
import { sandboxApi } from './api';
import { addToCart, decimalOf, fillPayment, productPath, receiptFromPaymentStep, signIn } from './checkout.helpers';
import { e2eDataDir, expect, test } from './fixtures';

/**
 * Inclusive prices (WHMCS's Tax Type "Inclusive"), a setting of the whole sandbox, so alone: the
 * price a GB customer sees is the price invoiced, with the VAT inside it.
 */

const secret = () => {
  const value = process.env.REVALIDATE_SECRET;
  if (!value) throw new Error('REVALIDATE_SECRET is not set: run the suite with `npm run test:e2e`');
  return value;
};

/** As an admin would in WHMCS's Tax Configuration, then the shop is told to read it again. */
async function setTaxType(request: import('@playwright/test').APIRequestContext, type: 'Inclusive' | 'Exclusive') {
  // The sandbox makes its database on its first request.
  await sandboxApi(request, 'GetConfigurationValue', { setting: 'TaxType' });
  const db = new Database(path.join(e2eDataDir(), 'sandbox.sqlite'));
  try {
    db.prepare("UPDATE settings SET value = ? WHERE setting = 'TaxType'").run(type);
  } finally {
    db.close();
  }
  expect((await request.post('/api/revalidate', { headers: { authorization: `Bearer ${secret()}` } })).status()).toBe(200);
}

test.afterEach(async ({ request }) => setTaxType(request, 'Exclusive'));

test('with inclusive prices, the price shown is the invoice total, VAT inside it', async ({ page, request }) => {
  await setTaxType(request, 'Inclusive');
  await signIn(page, 'gb@example.com', 'demo1234');
  // The GB demo client is billed in GBP: the configurator's price in GBP says VAT is included.
  await page.goto(`${await productPath(page, 'Starter')}?currency=GBP`);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expect(page.getByTestId('tax-note')).toHaveText('incl. VAT');
  const price = (await page.getByTestId('due-today').textContent()) ?? '';
  await page.getByLabel(/^Domain name/).fill('example.com');
  await addToCart(page);
  await expect(page.getByTestId('cart-due-today')).toHaveText(price);
  await expect(page.getByTestId('cart-tax')).toHaveText(/^Includes VAT 20%/);

  await page.goto('/checkout');
  const form = await fillPayment(page);
  await expect(page.getByRole('region', { name: 'Review your order' }).getByTestId('cart-due-today')).toHaveText(price);
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);
  await expect(page.getByTestId('invoice-total')).toHaveText(price);
  await expect(page.getByTestId('invoice-difference')).toHaveCount(0);
  const invoiceId = Number((await page.getByTestId('invoice-number').textContent())?.replace('#', ''));
  const { body } = await sandboxApi<{ total: string }>(request, 'GetInvoice', { invoiceid: invoiceId });
  expect(body.total).toBe(decimalOf(price));
});
