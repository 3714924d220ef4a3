import crypto from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { sandboxApi } from './api';
import { DEMO, signIn } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Addons for a service the customer already has: the demo customer adds the backups and the SSL
 * certificate to a paid Starter (monthly) from its page, as one addon-only order paid like any
 * other; WHMCS bills exactly what the page showed, and two submissions make one order.
 */

interface InvoiceItem {
  type: string;
  relid: number | string;
  description: string;
  amount: string;
}

interface WireClientAddon {
  id: string;
  addonid: string;
  serviceid: string;
  name: string;
  recurring: string;
  setupfee: string;
  billingcycle: string;
}

async function activeStarter(request: APIRequestContext): Promise<{ serviceId: number; domain: string }> {
  const domain = `addons-${crypto.randomBytes(4).toString('hex')}.example`;
  const order = await sandboxApi<{ result: string; serviceids: string; invoiceid: number }>(request, 'AddOrder', {
    clientid: DEMO.clientId,
    paymentmethod: 'mailin',
    pid: [1],
    billingcycle: ['monthly'],
    domain: [domain],
  });
  expect(order.body.result).toBe('success');
  const paid = await sandboxApi(request, 'AddInvoicePayment', { invoiceid: order.body.invoiceid, transid: `E2E-${domain}`, gateway: 'mailin' });
  expect(paid.body).toMatchObject({ result: 'success' });
  return { serviceId: Number(order.body.serviceids), domain };
}

async function serviceAddons(request: APIRequestContext, serviceId: number): Promise<WireClientAddon[]> {
  const { body } = await sandboxApi<{ addons?: { addon: WireClientAddon[] } }>(request, 'GetClientsAddons', { clientid: DEMO.clientId, serviceid: serviceId });
  return body.addons?.addon ?? [];
}

/** The amounts in a price text ("$3.00 USD monthly + $1.00 USD setup" -> [3, 1]). */
function amountsIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((match) => Number(match[0].replace(',', '.')));
}

test('a customer adds addons to a service they have, once, at the prices the page showed', async ({ page, request }) => {
  const { serviceId, domain } = await activeStarter(request);
  await signIn(page, DEMO.email, DEMO.password, `/account/services/${serviceId}`);
  await expect(page.getByText(domain)).toBeVisible();

  const form = page.getByRole('form', { name: 'Add addons' });
  const group = form.getByRole('group', { name: 'Addons to add to this service' });
  const backups = group.getByRole('checkbox', { name: /Daily Off-site Backups/ });
  const ssl = group.getByRole('checkbox', { name: /SSL Certificate/ });
  await expect(backups).toBeVisible();
  await expect(ssl).toBeVisible();
  const shown = {
    backups: (await group.getByText(/Daily Off-site Backups/).locator('..').getByTestId('addon-offer-price').innerText()).trim(),
    ssl: (await group.getByText(/SSL Certificate/).locator('..').getByTestId('addon-offer-price').innerText()).trim(),
  };
  // A recurring addon at the service's cycle, the certificate once.
  expect(shown.backups).toMatch(/monthly$/);
  expect(shown.ssl).toMatch(/one time$/);
  const box = await backups.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(20);
  await expectNoAxeViolations(page);

  // The same choice submitted from two tabs at once (a double submit): one order, both land on its invoice.
  const second = await page.context().newPage();
  await second.goto(`/account/services/${serviceId}`);
  const secondForm = second.getByRole('form', { name: 'Add addons' });
  for (const f of [form, secondForm]) {
    await f.getByRole('checkbox', { name: /Daily Off-site Backups/ }).check();
    await f.getByRole('checkbox', { name: /SSL Certificate/ }).check();
  }
  await Promise.all([form.getByRole('button', { name: 'Order addons' }).click(), secondForm.getByRole('button', { name: 'Order addons' }).click()]);
  await expect(page).toHaveURL(/\/sandbox\/invoice\/\d+$/);
  const invoiceId = Number(/(\d+)$/.exec(page.url())![1]);
  await expect(second).toHaveURL(new RegExp(`/sandbox/invoice/${invoiceId}$`));

  // WHMCS has each addon once, on this service, billed as the page said.
  const addons = await serviceAddons(request, serviceId);
  expect(addons.map((addon) => [addon.name, addon.billingcycle]).sort()).toEqual([
    ['Daily Off-site Backups', 'Monthly'],
    ['SSL Certificate', 'One Time'],
  ]);
  const backupsAddon = addons.find((addon) => addon.name === 'Daily Off-site Backups')!;
  expect([Number(backupsAddon.recurring), Number(backupsAddon.setupfee)]).toEqual([amountsIn(shown.backups)[0], 0]);

  const invoice = await sandboxApi<{ subtotal: string; items?: { item: InvoiceItem[] } }>(request, 'GetInvoice', { invoiceid: invoiceId });
  const items = invoice.body.items?.item ?? [];
  expect(items.map((item) => [item.type, item.description.split(' - ')[0], Number(item.amount)]).sort()).toEqual([
    ['Addon', 'Daily Off-site Backups', amountsIn(shown.backups)[0]],
    ['Addon', 'SSL Certificate', amountsIn(shown.ssl)[0]],
  ]);
  expect(Number(invoice.body.subtotal)).toBeCloseTo(amountsIn(shown.backups)[0]! + amountsIn(shown.ssl)[0]!, 2);
  const orders = await sandboxApi<{ orders: { order: { invoiceid: string }[] } }>(request, 'GetOrders', { userid: DEMO.clientId, limitnum: 250 });
  expect(orders.body.orders.order.filter((order) => Number(order.invoiceid) === invoiceId)).toHaveLength(1);

  // Neither addon allows a quantity: the service has them now, so they are not offered again.
  await page.goto(`/account/services/${serviceId}`);
  await expect(page.getByTestId('service-addons')).toContainText('SSL Certificate');
  await expect(page.getByRole('form', { name: 'Add addons' })).toHaveCount(0);
});

test('an addon order from an out-of-date page is explained and orders nothing', async ({ page, request }) => {
  const { serviceId } = await activeStarter(request);
  await signIn(page, DEMO.email, DEMO.password, `/account/services/${serviceId}`);
  const form = page.getByRole('form', { name: 'Add addons' });
  await form.getByRole('checkbox', { name: /Daily Off-site Backups/ }).check();
  // The service gains the addon elsewhere (another tab, the billing portal) before this page is submitted.
  const other = await sandboxApi<{ result: string }>(request, 'AddOrder', { clientid: DEMO.clientId, paymentmethod: 'mailin', addonid: 1, serviceid: serviceId });
  expect(other.body.result).toBe('success');
  await form.getByRole('button', { name: 'Order addons' }).click();
  await expect(form.getByRole('alert')).toContainText('This page has expired');
  // The refreshed page no longer offers what the service has.
  await expect(form.getByRole('checkbox', { name: /Daily Off-site Backups/ })).toHaveCount(0);
  expect((await serviceAddons(request, serviceId)).filter((addon) => addon.addonid === '1')).toHaveLength(1);
});
