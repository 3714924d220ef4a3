import fs from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { sandboxApi } from './api';
import { createCustomerViaApi, decimalOf, fillPayment, receiptFromPaymentStep, sandboxOrders, signIn } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Domains bought through the cart, checked against the sandbox: a .com registration from the
 * search with the DOTCOM20 promotion, a transfer of a taken name with its EPP code, and a .us
 * registration with the fields .us requires, ordered together without any product. One journey
 * (sign-in and checkout are the slow part).
 */

const SHOTS = '/tmp/shots-domain-orders';

async function shoot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function addFromSearch(page: Page, name: string, button: 'Add to cart' | 'Transfer it to us') {
  await page.goto(`/domains?query=${encodeURIComponent(name)}`);
  const row = page.locator(`[data-domain="${name}"]`);
  await row.getByRole('button', { name: `${button}: ${name}` }).click();
  await expect(row.getByRole('status')).toContainText('In your cart');
}

interface WireDomain {
  domainname: string;
  regtype: string;
  regperiod: string;
  firstpaymentamount: string;
}

async function clientDomains(request: APIRequestContext, clientId: number): Promise<WireDomain[]> {
  const { body } = await sandboxApi<{ domains?: { domain: WireDomain[] } | '' }>(request, 'GetClientsDomains', { clientid: clientId });
  return body.domains ? body.domains.domain : [];
}

test('register (with DOTCOM20), transfer and a .us name with its required fields, domain-only, as the cart showed them', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'domains');
  await signIn(page, customer.email, customer.password);
  const tag = String(customer.clientId);
  const fresh = `fresh-${tag}.com`;
  const taken = `taken-${tag}.com`;
  const us = `fresh-${tag}.us`;

  await addFromSearch(page, fresh, 'Add to cart');
  await expect(page.getByTestId('cart-badge')).toContainText('1');
  await shoot(page, 'domains-search');
  await addFromSearch(page, taken, 'Transfer it to us');
  await addFromSearch(page, us, 'Add to cart');
  // A name already in the cart says so rather than offering it again.
  await page.goto(`/domains?query=${fresh}`);
  await expect(page.locator(`[data-domain="${fresh}"]`).getByRole('status')).toContainText('In your cart');

  await page.goto('/cart');
  const cards = page.getByTestId('cart-domain');
  await expect(cards).toHaveCount(3);
  // The transfer and the .us name need details before checkout.
  await expect(page.getByRole('button', { name: 'Checkout' })).toBeDisabled();

  const usCard = cards.filter({ hasText: us });
  await usCard.getByRole('button', { name: `Save ${us}` }).click();
  await expect(usCard.getByLabel('Nexus Category')).toHaveAccessibleDescription('Choose your Nexus Category: .us registrations need it.');
  await usCard.getByLabel('Nexus Category').selectOption('C11');
  await usCard.getByLabel('Application Purpose').selectOption('Personal Use');
  await usCard.getByRole('button', { name: `Save ${us}` }).click();
  await expect(usCard.getByText('Needs your attention')).toHaveCount(0);

  const transferCard = cards.filter({ hasText: taken });
  await transferCard.getByLabel('EPP code').fill('Tr4nsfer-Me');
  await transferCard.getByRole('button', { name: `Save ${taken}` }).click();
  await expect(transferCard.getByText('Saved. Type a new one only to replace it.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Tr4nsfer-Me');

  await page.getByLabel('Promo code').fill('DOTCOM20');
  await page.getByRole('button', { name: 'Apply' }).click();
  // 20% of 12.99 = 2.598 -> 2.60, on the one-year .com registration only.
  await expect(page.getByTestId('cart-discount')).toHaveText('−$2.60');
  // 12.99 - 2.60 + 10.99 (transfer) + 7.99 (.us) = 29.37.
  await expect(page.getByTestId('cart-due-today')).toHaveText('$29.37 USD');
  await expectNoAxeViolations(page);
  await shoot(page, 'cart');

  await page.getByRole('link', { name: 'Checkout' }).first().click();
  await expect(page.getByTestId('order-line')).toHaveCount(3);
  await shoot(page, 'checkout');
  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).click();
  const orderId = await receiptFromPaymentStep(page);
  await expect(page.getByTestId('order-item')).toHaveCount(3);
  await expect(page.getByTestId('order-item').filter({ hasText: fresh })).toContainText('1 year');
  await shoot(page, 'receipt');

  const [order] = await sandboxOrders(request, customer.clientId);
  expect(Number(order?.id)).toBe(orderId);
  expect(order?.promocode).toBe('DOTCOM20');
  expect(decimalOf(order?.amount ?? '')).toBe('29.37');
  const lines = order?.lineitems?.lineitem.map((line) => [line.domain, line.product, line.billingcycle, decimalOf(line.amount)]);
  expect(lines).toEqual([
    [fresh, 'Register', '1', '10.39'],
    [taken, 'Transfer', '1', '10.99'],
    [us, 'Register', '1', '7.99'],
  ]);
  const { body: invoice } = await sandboxApi<{ total: string; items: { item: { description: string; amount: string }[] } }>(request, 'GetInvoice', {
    invoiceid: Number(order?.invoiceid),
  });
  expect(invoice.total).toBe('29.37');
  expect(invoice.items.item.map((item) => item.amount)).toEqual(expect.arrayContaining(['12.99', '-2.60', '10.99', '7.99']));
  const domains = await clientDomains(request, customer.clientId);
  expect(domains.map((d) => [d.domainname, d.regtype, d.regperiod]).sort()).toEqual([
    [fresh, 'Register', '1'],
    [us, 'Register', '1'],
    [taken, 'Transfer', '1'],
  ].sort());
});
