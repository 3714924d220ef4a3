import type { Page } from '@playwright/test';
import { sandboxApi } from './api';
import { addStarter, decimalOf, fillPayment, newCustomer, receiptFromPaymentStep, signIn, signUp } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { screenshots } from './tax.helpers';

/**
 * Tax on the sandbox (home country DE; VAT 20 % in GB and FR, 19 % in DE; EU VAT exemption for
 * businesses outside the home country; Texas sales tax 6.25 %): the cart's estimate, the
 * checkout's tax lines, and the invoice WHMCS makes, compared to the cent.
 */

const review = (page: Page) => page.getByRole('region', { name: 'Review your order' });
const taxLine = (scope: ReturnType<Page['locator']> | Page, name: RegExp) => scope.getByTestId('cart-tax').filter({ hasText: name });

interface WireInvoice {
  result: string;
  subtotal: string;
  tax: string;
  tax2: string;
  taxrate: string;
  total: string;
}

async function invoiceOf(page: Page): Promise<WireInvoice> {
  const invoiceId = Number((await page.getByTestId('invoice-number').textContent())?.replace('#', ''));
  return (await sandboxApi<WireInvoice>(page.request, 'GetInvoice', { invoiceid: invoiceId })).body;
}

/** Places the reviewed order (Mail In Payment) and ends on its receipt. */
async function placeOrder(page: Page) {
  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);
}

test("a visitor's estimate starts at the shop's home country, follows the country and state they pick, and is remembered", async ({ page }) => {
  // Starter monthly: $4.99 + $5.00 setup = $9.99, all taxed. The shop's home country is Germany.
  await addStarter(page);
  const picker = page.getByRole('form', { name: 'Estimate tax for' });
  const country = picker.getByLabel('Estimate tax for');
  // 19 % of 9.99 = 1.8981 -> 1.90.
  await expect(taxLine(page, /^VAT 19%/)).toContainText('$1.90');
  await expect(page.getByTestId('cart-due-today')).toHaveText('$11.89 USD');

  // 20 % of 9.99 = 1.998 -> 2.00; renewals carry the tax too (4.99 -> 5.99).
  await country.selectOption({ label: 'United Kingdom' });
  await expect(page.getByTestId('cart-due-today')).toHaveText('$11.99 USD');
  await expect(page.getByTestId('cart-subtotal')).toHaveText('$9.99');
  await expect(page.getByTestId('cart-renewals')).toHaveText('then $5.99 USD every month');

  await country.selectOption({ label: 'United States' });
  await expect(page.getByTestId('cart-due-today')).toHaveText('$9.99 USD');
  // 6.25 % of 9.99 = 0.624375 -> 0.62.
  await picker.getByLabel('State').selectOption('Texas');
  await expect(taxLine(page, /^Sales Tax 6\.25%/)).toContainText('$0.62');
  await expect(page.getByTestId('cart-due-today')).toHaveText('$10.61 USD');
  await screenshots(page, 'cart-estimate');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('form', { name: 'Estimate tax for' }).getByLabel('State')).toHaveValue('Texas');
  await expect(page.getByTestId('cart-due-today')).toHaveText('$10.61 USD');
});

test('a GB customer pays the VAT the checkout showed, to the cent', async ({ page }) => {
  await addStarter(page);
  await page.goto('/checkout');
  await signUp(page, { ...newCustomer('tax-gb'), city: 'Leeds', state: 'West Yorkshire', postcode: 'LS1 4AP', country: 'United Kingdom', phone: '+44 113 000 0000' });
  await expect(review(page)).toBeVisible();
  const vat = taxLine(review(page), /^VAT 20%/);
  await expect(vat).toContainText('$2.00');
  const shownTax = decimalOf((await vat.locator('dd').textContent()) ?? '');
  const shownTotal = (await review(page).getByTestId('cart-due-today').textContent()) ?? '';
  await screenshots(page, 'checkout-tax-lines');
  await expectNoAxeViolations(page);

  await placeOrder(page);
  const invoice = await invoiceOf(page);
  expect([invoice.tax, invoice.total]).toEqual([shownTax, decimalOf(shownTotal)]);
  await expect(page.getByTestId('invoice-tax-line')).toHaveText(/^VAT 20%/);
  await expect(page.getByTestId('invoice-total')).toHaveText(shownTotal);
  await expect(page.getByTestId('invoice-difference')).toHaveCount(0);
  await screenshots(page, 'receipt');
  await expectNoAxeViolations(page);
});

test('an EU business with a VAT number pays no VAT; a number of the wrong format is refused', async ({ page }) => {
  await addStarter(page);
  await page.goto('/checkout');
  const customer = { ...newCustomer('tax-fr'), city: 'Lyon', state: 'Rhône', postcode: '69001', country: 'France', phone: '+33 4 00 00 00 00' };
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel(/^VAT number/).fill('FR 1234');
  await signUp(page, customer);
  await expect(form.getByText('Enter a VAT number like FR12345678901.')).toBeVisible();
  await form.getByLabel(/^VAT number/).fill('FR 40 303 265 045');
  await screenshots(page, 'sign-up-vat-number');
  await expectNoAxeViolations(page);
  await form.getByLabel('Password').fill(customer.password);
  await form.getByRole('button', { name: 'Create account' }).click();

  await expect(review(page)).toBeVisible();
  await expect(review(page).getByTestId('cart-tax')).toHaveText(/Exempt/);
  await expect(review(page).getByTestId('cart-due-today')).toHaveText('$9.99 USD');
  await placeOrder(page);
  const invoice = await invoiceOf(page);
  expect([invoice.tax, invoice.total]).toEqual(['0.00', '9.99']);
});

test('a US client in a taxed state pays its sales tax', async ({ page }) => {
  await signIn(page, 'texas@example.com', 'demo1234');
  await addStarter(page);
  await expect(page.getByTestId('tax-place')).toHaveText('Tax for your address in Texas, United States.');
  await page.goto('/checkout');
  const salesTax = taxLine(review(page), /^Sales Tax 6\.25%/);
  await expect(salesTax).toContainText('$0.62');
  await placeOrder(page);
  expect((await invoiceOf(page)).tax).toBe('0.62');
});
