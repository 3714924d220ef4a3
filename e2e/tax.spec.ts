import type { Page } from '@playwright/test';
import { sandboxApi } from './api';
import { addStarter, decimalOf, fillPayment, newCustomer, receiptFromPaymentStep, signIn, signUp, uniqueEmail } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { screenshots } from './tax.helpers';

/**
 * Tax on the sandbox (GB VAT 20 %, DE VAT 19 %, EU VAT exemption for businesses outside the home
 * country, a US state's sales tax): the cart's estimate, the checkout's tax lines, and the
 * invoice WHMCS makes, compared to the cent.
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

test("a visitor's estimate follows the country and state they pick, and is remembered", async ({ page }) => {
  await addStarter(page);
  const picker = page.getByRole('form', { name: 'Estimate tax for' });
  const country = picker.getByLabel('Estimate tax for');

  await country.selectOption({ label: 'United Kingdom' });
  await expect(taxLine(page, /^VAT 20%/)).toBeVisible();
  await expect(page.getByTestId('cart-subtotal')).toHaveText('$4.99');
  await expect(page.getByTestId('cart-due-today')).toHaveText('$5.99 USD');

  await country.selectOption({ label: 'Germany' });
  await expect(taxLine(page, /^VAT 19%/)).toBeVisible();
  await expect(page.getByTestId('cart-due-today')).toHaveText('$5.94 USD');

  await country.selectOption({ label: 'United States' });
  await expect(page.getByTestId('cart-tax')).toHaveText(/\$0\.00/);
  await picker.getByLabel('State').selectOption('Texas');
  await expect(taxLine(page, /^Sales Tax 6\.25%/)).toBeVisible();
  await expect(page.getByTestId('cart-due-today')).toHaveText('$5.30 USD');
  await screenshots(page, 'cart-estimate');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole('form', { name: 'Estimate tax for' }).getByLabel('State')).toHaveValue('Texas');
  await expect(page.getByTestId('cart-due-today')).toHaveText('$5.30 USD');
});

test('a GB customer pays the VAT the checkout showed, to the cent', async ({ page }) => {
  await addStarter(page);
  await page.goto('/checkout');
  await signUp(page, { ...newCustomer('tax-gb'), city: 'Leeds', state: 'West Yorkshire', postcode: 'LS1 4AP', country: 'United Kingdom', phone: '+44 113 000 0000' });
  await expect(review(page)).toBeVisible();
  const vat = taxLine(review(page), /^VAT 20%/);
  await expect(vat).toBeVisible();
  const shownTax = decimalOf((await vat.locator('dd').textContent()) ?? '');
  const shownTotal = (await review(page).getByTestId('cart-due-today').textContent()) ?? '';
  await screenshots(page, 'checkout-tax-lines');
  await expectNoAxeViolations(page);

  await placeOrder(page);
  const invoice = await invoiceOf(page);
  expect(invoice.tax).toBe(shownTax);
  expect(invoice.total).toBe(decimalOf(shownTotal));
  await expect(page.getByTestId('invoice-tax-line')).toHaveText(/^VAT 20%/);
  await expect(page.getByTestId('invoice-total')).toHaveText(shownTotal);
  await expect(page.getByTestId('invoice-difference')).toHaveCount(0);
  await screenshots(page, 'receipt');
  await expectNoAxeViolations(page);
});

test('an EU business with a VAT number pays no VAT; a number of the wrong format is refused', async ({ page }) => {
  await addStarter(page);
  await page.goto('/checkout');
  const customer = { ...newCustomer('tax-de'), city: 'Berlin', state: 'Berlin', postcode: '10115', country: 'Germany', phone: '+49 30 1234567' };
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel(/^VAT number/).fill('DE 1234');
  await signUp(page, customer);
  await expect(form.getByText('Enter a VAT number like DE123456789.')).toBeVisible();
  await form.getByLabel(/^VAT number/).fill('DE 123 456 789');
  await screenshots(page, 'sign-up-vat-number');
  await expectNoAxeViolations(page);
  await form.getByLabel('Password').fill(customer.password);
  await form.getByRole('button', { name: 'Create account' }).click();

  await expect(review(page)).toBeVisible();
  await expect(review(page).getByTestId('cart-tax')).toHaveText(/Exempt/);
  await expect(review(page).getByTestId('cart-due-today')).toHaveText('$4.99 USD');
  await placeOrder(page);
  const invoice = await invoiceOf(page);
  expect([invoice.tax, invoice.total]).toEqual(['0.00', '4.99']);
});

test('a US client in a taxed state pays its sales tax', async ({ page }) => {
  const email = uniqueEmail('tax-us');
  const password = 'texas-1234';
  const { body } = await sandboxApi<{ result: string }>(page.request, 'AddClient', {
    firstname: 'Tex',
    lastname: 'Ranch',
    email,
    password2: password,
    address1: '1 Main Street',
    city: 'Austin',
    state: 'Texas',
    postcode: '78701',
    country: 'US',
    phonenumber: '+1.5125550100',
    currency: 1,
  });
  expect(body.result).toBe('success');
  await signIn(page, email, password);
  await addStarter(page);
  await expect(page.getByTestId('tax-place')).toHaveText('Tax for your address in Texas, United States.');
  await page.goto('/checkout');
  const salesTax = taxLine(review(page), /^Sales Tax 6\.25%/);
  await expect(salesTax).toBeVisible();
  const shownTax = decimalOf((await salesTax.locator('dd').textContent()) ?? '');
  await placeOrder(page);
  expect((await invoiceOf(page)).tax).toBe(shownTax);
});
