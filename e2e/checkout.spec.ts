import { sandboxApi, sandboxProducts, storePath } from './api';
import {
  addMigration,
  addStarter,
  clientIdByEmail,
  createCustomerViaApi,
  decimalOf,
  DEMO,
  fillPayment,
  newCustomer,
  orderIdFrom,
  receiptFromPaymentStep,
  OTHER,
  sandboxOrders,
  sandboxServices,
  signIn,
  signUp,
  addToCart,
  type WireOrder,
} from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Checkout journeys against the running sandbox: what the customer sees, then what WHMCS (the
 * sandbox, over its HTTP API) recorded. Every order must exist exactly once, at the reviewed price.
 */

const review = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Review your order' });

test('a new customer buys from the home page to the order page, and WHMCS has exactly that order', async ({ page, request }) => {
  // The whole purchase, payment and services included, in one journey: longer than one step.
  test.setTimeout(120_000);
  const customer = newCustomer('journey');
  const plus = (await sandboxProducts(request)).find((product) => product.name === 'Plus');
  if (!plus) throw new Error('The sandbox has no Plus product');
  const groupPath = storePath(plus).split('/').slice(0, 3).join('/');

  await page.goto('/');
  await page.locator(`main a[href="${groupPath}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${groupPath}$`));
  await page.getByRole('link', { name: 'Choose Plus' }).filter({ visible: true }).first().click();
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await page.getByRole('radio', { name: /^Annually/ }).check();
  await page.getByRole('radio', { name: /^50 GB/ }).check();
  await page.getByLabel(/^Domain name/).fill('nia-newcomer.example');
  await addToCart(page);

  await page.getByRole('link', { name: 'Checkout' }).first().click();
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible();
  await expectNoAxeViolations(page);

  await signUp(page, customer);
  await expect(review(page)).toBeVisible();
  await expect(page.getByText(`Signed in as ${customer.email}`)).toBeVisible();
  await expect(review(page).getByTestId('order-line')).toHaveCount(1);
  await expect(review(page).getByTestId('order-line')).toContainText('Plus');
  await expect(review(page).getByTestId('order-line')).toContainText('Annually');
  await expect(review(page).getByTestId('order-line')).toContainText('Disk: 50 GB');
  await expectNoAxeViolations(page);
  const dueToday = (await review(page).getByTestId('cart-due-today').textContent()) ?? '';
  const renewal = (await review(page).getByTestId('cart-renewals').textContent()) ?? '';
  expect(dueToday).toMatch(/^\$\d+\.\d{2} USD$/);

  const form = await fillPayment(page, 'PayPal');
  await form.getByRole('button', { name: 'Place order' }).click();
  // Straight on to paying, as WHMCS's "Auto Redirect on Checkout" does; the receipt one click away.
  const orderId = await receiptFromPaymentStep(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Order \d+/ })).toBeVisible();
  await expect(page.getByTestId('receipt-greeting')).toHaveText('Thank you, your order is placed.');
  await expect(page.getByTestId('order-item')).toContainText('Disk: 50 GB');
  await expect(page.getByTestId('order-item')).toContainText('nia-newcomer.example');
  await expect(page.getByTestId('order-total')).toHaveText(dueToday);
  await expect(page.getByTestId('order-items').getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('invoice-number')).toHaveText(/^#\d+$/);
  await expect(page.getByTestId('cart-badge')).toHaveAccessibleName('Cart, 0 items');
  await expectNoAxeViolations(page);

  // What WHMCS recorded: one order, one service, the configuration and amounts reviewed.
  const clientId = await clientIdByEmail(request, customer.email);
  const orders = await sandboxOrders(request, clientId);
  expect(orders).toHaveLength(1);
  const order = orders[0] as WireOrder;
  expect(Number(order.id)).toBe(orderId);
  expect(order.paymentmethod).toBe('paypal');
  expect(decimalOf(order.amount)).toBe(decimalOf(dueToday));
  expect(order.lineitems?.lineitem).toHaveLength(1);
  expect(order.lineitems?.lineitem[0]).toMatchObject({ billingcycle: 'Annually', domain: 'nia-newcomer.example' });
  expect(order.lineitems?.lineitem[0]?.product).toMatch(/Plus$/);

  const services = await sandboxServices(request, clientId);
  expect(services).toHaveLength(1);
  const service = services[0]!;
  expect(Number(service.pid)).toBe(Number(plus.pid));
  expect(service).toMatchObject({ billingcycle: 'Annually', status: 'Pending', domain: 'nia-newcomer.example' });
  expect(decimalOf(service.firstpaymentamount)).toBe(decimalOf(dueToday));
  expect(decimalOf(service.recurringamount)).toBe(decimalOf(renewal));
  const options = service.configoptions ? service.configoptions.configoption : [];
  expect(options).toContainEqual(expect.objectContaining({ option: 'Disk', value: '50 GB' }));

  // Next step: pay the invoice (the sandbox's stand-in), which accepts the order.
  await page.getByRole('link', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(new RegExp(`/sandbox/invoice/${order.invoiceid}$`));
  await expect(page.getByTestId('invoice-status')).toHaveText('Unpaid');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(page).toHaveURL(new RegExp(`/order/${orderId}\\?paid=1$`));
  await expect(page.getByText('Invoice paid')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Active');

  await page.goto('/account/services');
  const row = page.getByTestId('service').filter({ hasText: 'Plus' });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('nia-newcomer.example');
  await expectNoAxeViolations(page);
  expect((await sandboxServices(request, clientId))[0]).toMatchObject({ status: 'Active' });
});

test('the demo customer buys two different products in one order', async ({ page, request }) => {
  await signIn(page, DEMO.email, DEMO.password, '/account/services');
  await addStarter(page, 'two-products.example');
  await addMigration(page);
  await page.goto('/checkout');
  await expect(review(page).getByTestId('order-line')).toHaveCount(2);
  const dueToday = (await review(page).getByTestId('cart-due-today').textContent()) ?? '';

  const form = await fillPayment(page, 'Mail In Payment');
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);
  const orderId = orderIdFrom(page);
  await expect(page.getByTestId('order-items').getByRole('row')).toHaveCount(4);

  const { body } = await sandboxApi<{ orders?: { order: WireOrder[] } }>(request, 'GetOrders', { id: orderId });
  const order = body.orders?.order[0];
  expect(Number(order?.userid)).toBe(DEMO.clientId);
  expect(order?.paymentmethod).toBe('mailin');
  expect(decimalOf(order?.amount ?? '')).toBe(decimalOf(dueToday));
  const products = (order?.lineitems?.lineitem ?? []).map((line) => line.product);
  expect(products).toHaveLength(2);
  expect(products.some((name) => name.endsWith('Starter'))).toBe(true);
  expect(products.some((name) => name.endsWith('Website Migration'))).toBe(true);
});

test('a promo code applied in the cart is part of the order WHMCS records', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'promo');
  await signIn(page, customer.email, customer.password);
  await addStarter(page, 'promo.example');
  await page.getByLabel('Promo code').fill('SAVE15');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('cart-discount')).toBeVisible();

  await page.getByRole('link', { name: 'Checkout' }).first().click();
  await expect(review(page).getByTestId('cart-discount')).toHaveText(/^−\$\d+\.\d{2}$/);
  const dueToday = (await review(page).getByTestId('cart-due-today').textContent()) ?? '';
  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);

  const orders = await sandboxOrders(request, customer.clientId);
  expect(orders).toHaveLength(1);
  expect(orders[0]?.promocode).toBe('SAVE15');
  expect(decimalOf(orders[0]?.amount ?? '')).toBe(decimalOf(dueToday));
});

test('a double click on "Place order" places one order', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'dblclick');
  await signIn(page, customer.email, customer.password);
  await addStarter(page, 'double-click.example');
  await page.goto('/checkout');
  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).dblclick();
  await receiptFromPaymentStep(page);
  // Whatever was still in flight has landed by now.
  await page.waitForTimeout(1500);
  expect(await sandboxOrders(request, customer.clientId)).toHaveLength(1);
});

test('without JavaScript, a double click posts the form twice and still places one order', async ({ page, browser, request }) => {
  const customer = await createCustomerViaApi(request, 'nojs');
  await signIn(page, customer.email, customer.password);
  await addStarter(page, 'no-js.example');
  const context = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  try {
    const noJs = await context.newPage();
    await noJs.goto('/checkout');
    const form = await fillPayment(noJs);
    await form.getByRole('button', { name: 'Place order' }).dblclick();
    await receiptFromPaymentStep(noJs, 20_000);
    await noJs.waitForTimeout(1500);
    const orders = await sandboxOrders(request, customer.clientId);
    expect(orders).toHaveLength(1);
    expect(orderIdFrom(noJs)).toBe(Number(orders[0]?.id));
  } finally {
    await context.close();
  }
});

test("an account billed in another currency is re-priced in it, and says so, before the order is placed", async ({ page, request }) => {
  await signIn(page, OTHER.email, OTHER.password);
  // Browsing in the shop's default currency (USD)...
  await addStarter(page, 'other-currency.example');
  await expect(page.getByTestId('cart-due-today')).toHaveText(/\$.*USD/);
  await page.goto('/checkout');
  // ...while the account is billed in EUR.
  await expect(page.getByRole('status').filter({ hasText: 'Your order is priced in EUR' })).toBeVisible();
  const dueToday = (await review(page).getByTestId('cart-due-today').textContent()) ?? '';
  expect(dueToday).toMatch(/^€.*EUR$/);

  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);
  const { body } = await sandboxApi<{ orders?: { order: WireOrder[] } }>(request, 'GetOrders', { id: orderIdFrom(page) });
  expect(decimalOf(body.orders?.order[0]?.amount ?? '')).toBe(decimalOf(dueToday));
  await expect(page.getByTestId('order-total')).toHaveText(dueToday);
});

test('an order with nothing to pay has no payment step, and its receipt names no payment method', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'free-only');
  await signIn(page, customer.email, customer.password);
  const freeMailbox = (await sandboxProducts(request)).find((product) => product.name === 'Free Mailbox');
  if (!freeMailbox) throw new Error('The sandbox has no Free Mailbox');
  await page.goto(storePath(freeMailbox));
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await addToCart(page);
  await page.goto('/checkout');

  const form = page.getByRole('form', { name: 'Place order' });
  await expect(page.getByRole('heading', { name: 'Place your order' })).toBeVisible();
  await expect(form.getByRole('group', { name: 'Payment method' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Without SHOP_TERMS_URL the checkbox links the shop's own terms page.
  await expect(form.getByRole('link', { name: 'terms of service' })).toHaveAttribute('href', '/terms');
  await form.getByRole('checkbox', { name: /agree to the terms of service/ }).check();
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/order\/\d+$/);
  await expect(page.getByTestId('invoice-number')).toHaveText('No invoice: nothing to pay');
  // WHMCS's "Free Account" cycle, in the cart's words.
  await expect(page.getByTestId('order-item').getByRole('cell', { name: 'Free', exact: true })).toBeVisible();
  await expect(page.getByTestId('order-facts')).not.toContainText('Payment');
  expect(await sandboxOrders(request, customer.clientId)).toHaveLength(1);
});

test('on a phone the order is reviewed first, then paid; on a wide screen side by side; item details wrap as text', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'layout');
  await signIn(page, customer.email, customer.password);
  await addStarter(page, 'a-rather-long-domain-name-for-layout.example');
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/checkout');
  const placeOrder = page.getByRole('button', { name: 'Place order' });
  const reviewBox = await review(page).boundingBox();
  const buttonBox = await placeOrder.boundingBox();
  expect(reviewBox && buttonBox && reviewBox.y + reviewBox.height <= buttonBox.y).toBe(true);
  // The line's details use the line's whole width, not a narrow column beside the price.
  const line = review(page).getByTestId('order-line');
  const details = line.locator('p', { hasText: 'a-rather-long-domain-name-for-layout.example' });
  const [lineBox, detailsBox] = [await line.boundingBox(), await details.boundingBox()];
  expect(lineBox && detailsBox && detailsBox.width > lineBox.width * 0.6).toBe(true);

  await page.setViewportSize({ width: 1280, height: 900 });
  const [wideReview, wideButton] = [await review(page).boundingBox(), await placeOrder.boundingBox()];
  expect(wideReview && wideButton && wideReview.x > wideButton.x + wideButton.width).toBe(true);
});

test('a closed account is told it cannot order, with a link to the shop’s support', async ({ page }) => {
  await addStarter(page, 'closed-account.example');
  await signIn(page, 'closed@example.com', 'closed1234', '/checkout');
  await expect(page.getByRole('alert').filter({ hasText: 'Your account cannot place new orders' })).toBeVisible();
  // scripts/e2e.mjs sets SHOP_SUPPORT_URL.
  await expect(page.getByRole('main').getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'https://support.example.com/help');
  await expect(page.getByRole('button', { name: /Place order/ })).toHaveCount(0);
});

test('an empty cart sends checkout back to the cart', async ({ page }) => {
  await page.goto('/checkout');
  await expect(page).toHaveURL(/\/cart$/);
});

test('a signed-out visitor can switch between creating an account and signing in, and errors land on the fields', async ({ page }) => {
  await addStarter(page, 'switch.example');
  await page.goto('/checkout');
  await expect(page.getByRole('form', { name: 'Create account' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeHidden();
  await page.getByRole('radio', { name: 'I have an account' }).check();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Create account' })).toBeHidden();
  await page.getByRole('radio', { name: 'I’m a new customer' }).check();

  // WHMCS refuses an email that already has an account: the message sits on the email field, in
  // words that do not confirm the address is registered.
  const customer = { ...newCustomer('dup'), email: DEMO.email };
  await signUp(page, customer);
  const email = page.getByRole('form', { name: 'Create account' }).getByLabel('Email address');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/use sign in or reset your password/)).toBeVisible();
  // What was typed is kept.
  await expect(page.getByRole('form', { name: 'Create account' }).getByLabel('City')).toHaveValue(customer.city);
  await expect(page).toHaveURL(/\/checkout$/);
});

test('checkout, account, order and sign-in pages cannot be framed', async ({ request }) => {
  for (const path of ['/checkout', '/sign-in', '/sign-up', '/account/services', '/order/1', '/sandbox/invoice/1', '/cart']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});
