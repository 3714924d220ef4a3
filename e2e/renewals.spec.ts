import type { APIRequestContext } from '@playwright/test';
import { sandboxApi } from './api';
import { createCustomerViaApi, DEMO, signIn } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * A service's page and "Renew now": a customer with a paid Starter (monthly) and its backups
 * addon renews both on one invoice, pays it like an order, and never gets a second order for
 * the same period.
 */

interface InvoiceItem {
  type: string;
  relid: number | string;
  amount: string;
}

async function activeStarterWithBackups(request: APIRequestContext) {
  const customer = await createCustomerViaApi(request, 'renew');
  const order = await sandboxApi<{ result: string; orderid: number; serviceids: string; invoiceid: number }>(request, 'AddOrder', {
    clientid: customer.clientId,
    paymentmethod: 'mailin',
    pid: [1],
    billingcycle: ['monthly'],
    domain: ['renew-me.example'],
    addons: ['1'],
  });
  expect(order.body.result).toBe('success');
  const paid = await sandboxApi(request, 'AddInvoicePayment', { invoiceid: order.body.invoiceid, transid: 'E2E-RENEW', gateway: 'mailin' });
  expect(paid.body).toMatchObject({ result: 'success' });
  return { ...customer, serviceId: Number(order.body.serviceids) };
}

async function invoiceItems(request: APIRequestContext, invoiceId: number): Promise<InvoiceItem[]> {
  const { body } = await sandboxApi<{ items?: { item: InvoiceItem[] } }>(request, 'GetInvoice', { invoiceid: invoiceId });
  return body.items?.item ?? [];
}

test('a service page shows what the customer has; "Renew now" invoices the next period once', async ({ page, request }) => {
  const customer = await activeStarterWithBackups(request);
  const service = await sandboxApi<{ products: { product: { recurringamount: string; nextduedate: string }[] } }>(request, 'GetClientsProducts', {
    clientid: customer.clientId,
    serviceid: customer.serviceId,
  });
  const recurring = service.body.products.product[0]!.recurringamount;

  await signIn(page, customer.email, customer.password);
  await page.getByRole('link', { name: 'Starter' }).click();
  await expect(page).toHaveURL(new RegExp(`/account/services/${customer.serviceId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Starter' })).toBeVisible();
  await expect(page.getByText('renew-me.example')).toBeVisible();
  await expect(page.getByTestId('service-billing')).toContainText('Monthly');
  await expect(page.getByTestId('service-billing')).toContainText(recurring);
  await expect(page.getByTestId('service-addons')).toContainText('Daily Off-site Backups');
  await expectNoAxeViolations(page);

  // The service and its addon, on one invoice.
  const form = page.getByRole('form', { name: 'Renew now' });
  await expect(form.getByRole('checkbox', { name: 'Starter' })).toBeChecked();
  await form.getByRole('checkbox', { name: /Daily Off-site Backups/ }).check();
  await form.getByRole('button', { name: 'Renew now' }).click();
  await expect(page).toHaveURL(/\/sandbox\/invoice\/\d+$/);
  const invoiceId = Number(/(\d+)$/.exec(page.url())![1]);
  const items = await invoiceItems(request, invoiceId);
  expect(items.map((item) => [item.type, Number(item.relid) === customer.serviceId || item.type === 'Addon', item.amount])).toEqual([
    ['Hosting', true, recurring],
    ['Addon', true, '2.00'],
  ]);
  const orders = await sandboxApi<{ orders: { order: { id: string; invoiceid: string; renewalsByType: { services: string } }[] } }>(request, 'GetOrders', {
    userid: customer.clientId,
  });
  const renewal = orders.body.orders.order.filter((order) => order.renewalsByType.services === String(customer.serviceId));
  expect(renewal).toHaveLength(1);
  expect(Number(renewal[0]!.invoiceid)).toBe(invoiceId);

  // The same renewal again (a second tab, the back button): the same order, no second one.
  await page.goto(`/account/services/${customer.serviceId}`);
  await form.getByRole('checkbox', { name: /Daily Off-site Backups/ }).check();
  await form.getByRole('button', { name: 'Renew now' }).click();
  await expect(page).toHaveURL(new RegExp(`/sandbox/invoice/${invoiceId}$`));

  // The service alone, while its period is already on that unpaid invoice: WHMCS refuses, in plain words.
  await page.goto(`/account/services/${customer.serviceId}`);
  await form.getByRole('button', { name: 'Renew now' }).click();
  await expect(form.getByRole('alert')).toContainText("can't be renewed early right now");
  await expect(form.getByRole('alert')).toContainText('Nothing was renewed and nothing was charged');
  const after = await sandboxApi<{ totalresults: number | string }>(request, 'GetOrders', { userid: customer.clientId });
  expect(Number(after.body.totalresults)).toBe(2);
});

test("another customer's service page is not found", async ({ page, request }) => {
  const customer = await activeStarterWithBackups(request);
  await signIn(page, DEMO.email, DEMO.password);
  const response = await page.goto(`/account/services/${customer.serviceId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText('renew-me.example')).toHaveCount(0);
});
