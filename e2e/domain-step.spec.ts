import crypto from 'node:crypto';
import type { Page } from '@playwright/test';
import { sandboxApi } from './api';
import { dueToday, openConfigurator } from './catalogue.helpers';
import { addToCart, createCustomerViaApi, decimalOf, fillPayment, productPath, receiptFromPaymentStep, sandboxOrders, sandboxServices, signIn } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The configurator's domain step for products that need a domain (Starter, a hosting account):
 * register a new name (searched inline), transfer one in with its EPP code, or use one the
 * customer owns. On the sandbox a name is taken when it starts with "taken"; the featured TLDs
 * are .com (hot) and .net (sale).
 */

const choice = (page: Page, name: RegExp) => page.getByRole('radio', { name });
const REGISTER = /^Register a new domain/;
const TRANSFER = /^Transfer my domain/;
const OWN = /^Use a domain I already own/;

test('keyboard only: the three ways are one radio group, each with its own labelled fields', async ({ page }) => {
  await openConfigurator(page, await productPath(page, 'Starter'));
  await expect(choice(page, OWN)).toBeChecked();
  await expect(page.getByLabel(/^Domain name/)).toBeVisible();

  // Arrow keys move through the group (Use my own -> Transfer -> Register), as in any radio group.
  await choice(page, OWN).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(choice(page, TRANSFER)).toBeChecked();
  await expect(choice(page, TRANSFER)).toBeFocused();
  await expect(page.getByLabel(/^Domain to transfer/)).toBeVisible();
  await expect(page.getByLabel(/^EPP code/)).toBeVisible();
  await expect(page.getByLabel(/^Domain name/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowLeft');
  await expect(choice(page, REGISTER)).toBeChecked();
  // Tab to the search box, type, Enter searches (and does not submit the configurator).
  await page.keyboard.press('Tab');
  const search = page.getByLabel('Find your new domain');
  await expect(search).toBeFocused();
  await page.keyboard.type('taken-keys-e2e');
  await page.keyboard.press('Enter');
  const results = page.getByRole('group', { name: 'Choose a name' });
  await expect(results.locator('[data-domain="taken-keys-e2e.com"]')).toContainText('Already registered.');
  await expect(results.locator('[data-domain="taken-keys-e2e.com"]')).toContainText('Transfer: $10.99 USD');
  await expect(page).toHaveURL(/\/store\//);

  await search.fill('keys-e2e');
  await search.press('Enter');
  const com = results.getByRole('radio', { name: /^keys-e2e\.com/ });
  await expect(com).toBeVisible();
  await expect(results.locator('[data-domain="keys-e2e.net"]')).toContainText('$9.99 USD for the first year');
  await expect(results.locator('[data-domain="keys-e2e.net"]')).toContainText('then $13.99 USD every year');
  // Tab into the results: the first name has the focus, Space picks it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(com).toBeFocused();
  await page.keyboard.press('Space');
  await expect(com).toBeChecked();
  await expect(page.getByText('Your new domain: keys-e2e.com')).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to "use my own" with the keyboard: what was typed there is kept.
  await choice(page, REGISTER).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(choice(page, OWN)).toBeChecked();
  await expect(page.getByLabel(/^Domain name/)).toBeVisible();
});

/** A name no other run of the suite has registered. */
const freshLabel = (label: string) => `${label}-${crypto.randomBytes(4).toString('hex')}`;

test('register a new domain with a hosting plan, check out: WHMCS has the service on it, the registration, and the invoice the cart showed', async ({ page, request }) => {
  // Configurator, checkout and three sandbox look-ups in one journey.
  test.setTimeout(120_000);
  const customer = await createCustomerViaApi(request, 'dstep-register');
  await signIn(page, customer.email, customer.password, '/account/services');
  const label = freshLabel('dstep');
  const name = `${label}.com`;

  await openConfigurator(page, await productPath(page, 'Starter'));
  const planOnly = decimalOf((await dueToday(page).textContent()) ?? '');
  await choice(page, REGISTER).check();
  await page.getByLabel('Find your new domain').fill(label);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${label}\\.com`) }).check();

  // The summary prices the registration as the cart will: .com's first year, then its renewal.
  const line = page.getByRole('row', { name: new RegExp(`^Domain registration: ${label}\\.com \\(1 year\\)`) });
  await expect(line).toContainText('$12.99');
  await expect(dueToday(page)).toHaveText(`$${(Number(planOnly) + 12.99).toFixed(2)} USD`);
  await expect(page.getByTestId('domain-renewal')).toHaveText('The domain renews at $14.99 USD every year');
  const shown = (await dueToday(page).textContent()) ?? '';
  // The summary's lines (plan, setup fee, domain), to compare with the invoice's.
  const shownLines = (await page.getByRole('complementary').getByRole('cell').allTextContents()).map(decimalOf);
  expect(shownLines).toContain('12.99');
  await addToCart(page);
  await expect(page.getByTestId('cart-badge')).toHaveAccessibleName('Cart, 2 items');

  await page.goto('/checkout');
  const review = page.getByRole('region', { name: 'Review your order' });
  await expect(review.getByTestId('cart-due-today')).toHaveText(shown);
  const form = await fillPayment(page, 'Mail In Payment');
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);

  const [order] = await sandboxOrders(request, customer.clientId);
  expect(decimalOf(order?.amount ?? '')).toBe(decimalOf(shown));
  const services = await sandboxServices(request, customer.clientId);
  expect(services.map((service) => service.domain)).toEqual([name]);
  const { body: domains } = await sandboxApi<{ domains: { domain: Record<string, string>[] } }>(request, 'GetClientsDomains', { clientid: customer.clientId });
  expect(domains.domains.domain).toEqual([
    expect.objectContaining({ domainname: name, regtype: 'Register', regperiod: '1', status: 'Pending', firstpaymentamount: '12.99', recurringamount: '14.99' }),
  ]);
  const { body: invoice } = await sandboxApi<{ total: string; items: { item: { description: string; amount: string }[] } }>(request, 'GetInvoice', {
    invoiceid: order?.invoiceid ?? 0,
  });
  expect(invoice.total).toBe(decimalOf(shown));
  expect(invoice.items.item.map((item) => item.amount).sort()).toEqual(shownLines.sort());
  expect(invoice.items.item.find((item) => item.amount === '12.99')?.description).toContain(name);
});

test('transfer with its EPP code: errors beside the fields, then the plan and the transfer in the cart, kept when the plan is edited', async ({ page }) => {
  await openConfigurator(page, await productPath(page, 'Starter'));
  await choice(page, TRANSFER).check();
  const domain = page.getByLabel(/^Domain to transfer/);
  const epp = page.getByLabel(/^EPP code/);
  await domain.fill('my-shop-e2e.uk');
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(domain).toHaveAttribute('aria-invalid', 'true');
  await expect(domain).toHaveAccessibleDescription(/We can't transfer \.uk domains/);
  await expect(epp).toHaveAccessibleDescription(/Enter the EPP code/);

  const name = `taken-${freshLabel('shop')}.com`;
  await domain.fill(name);
  await epp.fill('Ab#12-e2e');
  await expect(page.getByRole('row', { name: new RegExp(`^Domain transfer: ${name.replace(/\./g, '\\.')}`) })).toContainText('$10.99');
  await addToCart(page);
  await expect(page.getByTestId('cart-badge')).toHaveAccessibleName('Cart, 2 items');

  // Editing the plan from the cart keeps the choice; the EPP code stays sealed in the cart.
  await page.getByRole('link', { name: /^Edit/ }).first().click();
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expect(choice(page, TRANSFER)).toBeChecked();
  await expect(domain).toHaveValue(name);
  await expect(epp).toHaveValue('');
  await expect(page.getByText('(kept if left empty)')).toBeVisible();
  await page.getByRole('button', { name: 'Update cart item' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.getByTestId('cart-badge')).toHaveAccessibleName('Cart, 2 items');
});
