import { sandboxApi } from './api';
import { addToCart, createCustomerViaApi, decimalOf, fillPayment, orderIdFrom, productPath, receiptFromPaymentStep, signIn } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Product addons from the configurator to WHMCS: what the cart shows for each addon is what the
 * sandbox creates (GetClientsAddons) and invoices (GetInvoice), quantities included.
 */

interface WireAddon {
  addonid: string;
  name: string;
  qty: string;
  setupfee: string;
  recurring: string;
  billingcycle: string;
}

test('a hosting plan with two addons, one of them twice: GetClientsAddons and the invoice equal the cart', async ({ page, request }) => {
  test.setTimeout(120_000);
  const customer = await createCustomerViaApi(request, 'addons');
  await signIn(page, customer.email, customer.password, '/account/services');

  await page.goto(await productPath(page, 'Plus'));
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  const addons = page.getByRole('region', { name: 'Addons' });
  await addons.getByRole('checkbox', { name: /Daily Off-site Backups/ }).check();
  await addons.getByLabel('Extra IPv4 Address').fill('2');
  await page.getByLabel(/^Domain name/).fill('addons-shop.example');
  const summary = page.locator('#configuration-summary');
  await expect(summary.getByRole('row', { name: /Daily Off-site Backups/ })).toContainText('$2.00');
  await expect(summary.getByRole('row', { name: /Extra IPv4 Address x 2/ })).toContainText('$6.00');
  await expectNoAxeViolations(page);
  await addToCart(page);

  const item = page.getByTestId('cart-item');
  await expect(item).toContainText('Daily Off-site Backups ($2.00 USD today)');
  await expect(item).toContainText('Extra IPv4 Address x 2 ($6.00 USD today)');
  const cartAddons = { 'Daily Off-site Backups': '2.00', 'Extra IPv4 Address': '6.00' };

  await page.goto('/checkout');
  const form = await fillPayment(page, 'Mail In Payment');
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);
  const orderId = orderIdFrom(page);
  await expect(page.getByTestId('order-items')).toContainText('Extra IPv4 Address');

  const { body: order } = await sandboxApi<{ orders: { order: { invoiceid: string; lineitems: { lineitem: { type: string; relid: string }[] } }[] } }>(
    request,
    'GetOrders',
    { id: orderId },
  );
  const serviceId = order.orders.order[0]?.lineitems.lineitem.find((line) => line.type === 'product')?.relid;
  const { body: created } = await sandboxApi<{ addons: { addon: WireAddon[] } }>(request, 'GetClientsAddons', { clientid: customer.clientId, serviceid: serviceId });
  expect(created.addons.addon.map((a) => [a.name, a.qty, decimalOf(a.recurring), a.billingcycle])).toEqual([
    ['Daily Off-site Backups', '1', cartAddons['Daily Off-site Backups'], 'Monthly'],
    ['Extra IPv4 Address', '2', cartAddons['Extra IPv4 Address'], 'Monthly'],
  ]);

  const { body: invoice } = await sandboxApi<{ items: { item: { type: string; description: string; amount: string }[] } }>(request, 'GetInvoice', {
    invoiceid: order.orders.order[0]?.invoiceid,
  });
  const addonLines = invoice.items.item.filter((line) => line.type === 'Addon');
  expect(addonLines.map((line) => decimalOf(line.amount))).toEqual(Object.values(cartAddons));
  expect(addonLines[1]?.description).toMatch(/^2 x Extra IPv4 Address/);
});
