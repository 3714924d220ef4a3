import type { Page } from '@playwright/test';
import { addStarter, createCustomerViaApi, fillPayment, orderIdFrom, receiptFromPaymentStep, sandboxOrders, signIn } from './checkout.helpers';
import { expect, setSandboxFaults, test } from './fixtures';

/**
 * "Place order" when WHMCS misbehaves (the sandbox made to fail through its faults file; the
 * server runs with WHMCS_TIMEOUT_MS=4000). Whatever happens: at most one order, the cart kept
 * until WHMCS confirmed one, and a message that tells the truth.
 */

test.afterEach(() => setSandboxFaults(null));

/** A fresh customer with Starter in the cart, on the checkout review, payment chosen. */
async function readyToPlace(page: Page, label: string) {
  const customer = await createCustomerViaApi(page.request, label);
  await signIn(page, customer.email, customer.password);
  await addStarter(page, `${label}.example`);
  await page.goto('/checkout');
  const form = await fillPayment(page);
  return { customer, form, placeOrder: form.getByRole('button', { name: 'Place order' }) };
}

async function cartCount(page: Page): Promise<number> {
  return page.evaluate(async () => ((await (await fetch('/api/cart', { cache: 'no-store' })).json()) as { count: number }).count);
}

test('AddOrder refused: nothing placed, the cart and the form kept, and the same page can try again', async ({ page }) => {
  const { customer, form, placeOrder } = await readyToPlace(page, 'refused');
  setSandboxFaults({ actions: { addorder: { error: 'Unable to process the order right now' } } });
  await placeOrder.click();

  const alert = form.getByRole('alert').filter({ hasText: 'refused the order' });
  await expect(alert).toContainText('(Unable to process the order right now)');
  await expect(alert).toContainText('Nothing was charged and your cart is kept');
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(form.getByRole('checkbox', { name: /agree to the terms/ })).toBeChecked();
  await expect(form.getByRole('radio', { name: 'Mail In Payment' })).toBeChecked();
  expect(await cartCount(page)).toBe(1);
  expect(await sandboxOrders(page.request, customer.clientId)).toHaveLength(0);

  setSandboxFaults(null);
  await placeOrder.click();
  await receiptFromPaymentStep(page);
  const orders = await sandboxOrders(page.request, customer.clientId);
  expect(orders).toHaveLength(1);
  expect(Number(orders[0]?.id)).toBe(orderIdFrom(page));
  expect(await cartCount(page)).toBe(0);
});

test('AddOrder times out after WHMCS committed: the order is found, not placed again', async ({ page }) => {
  const { customer, placeOrder } = await readyToPlace(page, 'late-answer');
  setSandboxFaults({ actions: { addorder: { delayAfterCommitMs: 6000 } } });
  await placeOrder.click();
  await receiptFromPaymentStep(page, 20_000);
  await expect(page.getByRole('heading', { level: 1, name: /^Order \d+/ })).toBeVisible();

  // Let the delayed answer arrive and be thrown away: still one order.
  await page.waitForTimeout(3000);
  const orders = await sandboxOrders(page.request, customer.clientId);
  expect(orders).toHaveLength(1);
  expect(Number(orders[0]?.id)).toBe(orderIdFrom(page));
  expect(await cartCount(page)).toBe(0);
});

test('AddOrder times out before WHMCS committed: "we are checking", no second order, then the order is found', async ({ page }) => {
  const { customer, placeOrder } = await readyToPlace(page, 'slow-commit');
  // WHMCS works on the order for 6 s; the shop stops waiting after 4 s.
  setSandboxFaults({ actions: { addorder: { delayMs: 6000 } } });
  const started = Date.now();
  await placeOrder.click();

  const checking = page.getByRole('status').filter({ hasText: 'cannot tell yet whether it went through' });
  await expect(checking).toBeVisible({ timeout: 20_000 });
  await expect(checking).toContainText('Please do not place it again');
  await expect(placeOrder).toBeDisabled();
  expect(await cartCount(page)).toBe(1);

  // A reload does not offer a fresh "Place order": the page keeps checking the same attempt.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();

  setSandboxFaults(null);
  await page.waitForTimeout(Math.max(0, 7000 - (Date.now() - started)));
  await page.getByRole('button', { name: 'Check again' }).click();
  await receiptFromPaymentStep(page, 15_000);
  const orders = await sandboxOrders(page.request, customer.clientId);
  expect(orders).toHaveLength(1);
  expect(Number(orders[0]?.id)).toBe(orderIdFrom(page));
  expect(await cartCount(page)).toBe(0);
});

test('billing unreachable: the order is not placed, the cart is kept, and checkout says so', async ({ page }) => {
  const { customer, form, placeOrder } = await readyToPlace(page, 'unreachable');
  setSandboxFaults({ unavailable: true });
  await placeOrder.click();
  await expect(form.getByRole('alert')).toContainText('could not reach our billing system, so your order was not placed', { timeout: 20_000 });
  await expect(form.getByRole('alert')).toContainText('Your cart is kept');
  expect(await cartCount(page)).toBe(1);

  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'We could not reach our billing system' })).toBeVisible({ timeout: 20_000 });

  setSandboxFaults(null);
  expect(await sandboxOrders(page.request, customer.clientId)).toHaveLength(0);
});

test('two tabs on one cart, both placing it while AddOrder is slow: one order, and both tabs land on it', async ({ page, context }) => {
  const { customer, placeOrder } = await readyToPlace(page, 'two-tabs');
  const otherTab = await context.newPage();
  await otherTab.goto('/checkout');
  const otherForm = await fillPayment(otherTab);

  setSandboxFaults({ actions: { addorder: { delayMs: 1500 } } });
  await placeOrder.click();
  await page.waitForTimeout(200);
  await otherForm.getByRole('button', { name: 'Place order' }).click();

  await receiptFromPaymentStep(page, 20_000);
  await receiptFromPaymentStep(otherTab, 20_000);
  const orders = await sandboxOrders(page.request, customer.clientId);
  expect(orders).toHaveLength(1);
  expect(orderIdFrom(page)).toBe(Number(orders[0]?.id));
  expect(orderIdFrom(otherTab)).toBe(orderIdFrom(page));
});

test('an item added in another tab while the order is being placed stays in the cart', async ({ page, context }) => {
  // Two journeys in one test (placing in one tab, adding in another).
  test.slow();
  const { customer, placeOrder } = await readyToPlace(page, 'added-meanwhile');
  // WHMCS works on the order for 6 s and the shop stops waiting after 4 s: the order stays "being
  // placed" until "Check again" finds it, so the item below is surely added meanwhile.
  setSandboxFaults({ actions: { addorder: { delayMs: 6000 } } });
  const started = Date.now();
  await placeOrder.click();
  await expect(page.getByRole('status').filter({ hasText: 'cannot tell yet whether it went through' })).toBeVisible({ timeout: 20_000 });
  const otherTab = await context.newPage();
  await addStarter(otherTab, 'added-meanwhile-2.example');

  setSandboxFaults(null);
  await page.waitForTimeout(Math.max(0, 7000 - (Date.now() - started)));
  await page.getByRole('button', { name: 'Check again' }).click();
  await receiptFromPaymentStep(page, 15_000);
  const orders = await sandboxOrders(page.request, customer.clientId);
  expect(orders).toHaveLength(1);
  expect(orders[0]?.lineitems?.lineitem.map((line) => line.domain)).toEqual(['added-meanwhile.example']);
  expect(await cartCount(page)).toBe(1);
  await otherTab.goto('/cart');
  await expect(otherTab.getByText('added-meanwhile-2.example')).toBeVisible();
});
