import { sandboxApi } from './api';
import { createCustomerViaApi, signIn } from './checkout.helpers';
import { expect, test } from './fixtures';

/**
 * The order page says "Invoice paid" only when WHMCS (GetInvoice) has the invoice as Paid; the
 * `?paid=1` the sandbox invoice page redirects with proves nothing on its own. Paying goes through
 * AddInvoicePayment, which accepts the order as a payment does.
 */
test('“Invoice paid” comes from WHMCS, never from the URL', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'paid-flag');
  const placed = await sandboxApi<{ result: string; orderid: number; invoiceid: number }>(request, 'AddOrder', {
    clientid: customer.clientId,
    paymentmethod: 'mailin',
    pid: [6],
    billingcycle: ['monthly'],
  });
  expect(placed.body.result).toBe('success');
  const orderId = placed.body.orderid;

  await signIn(page, customer.email, customer.password, `/order/${orderId}`);
  await page.goto(`/order/${orderId}?paid=1`);
  await expect(page.getByRole('heading', { level: 1, name: /^Order / })).toBeVisible();
  await expect(page.getByText('Invoice paid')).toHaveCount(0);
  // Not placed in this browser just now: the receipt states the order's status and date, no thanks.
  await expect(page.getByTestId('receipt-greeting')).toHaveText(/^Pending · placed \d{1,2} \w+ \d{4}$/);

  await page.getByRole('link', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(new RegExp(`/sandbox/invoice/${placed.body.invoiceid}$`));
  await expect(page.getByTestId('invoice-status')).toHaveText('Unpaid');
  await page.getByRole('button', { name: 'Mark as paid' }).click();
  await expect(page).toHaveURL(new RegExp(`/order/${orderId}\\?paid=1$`));
  await expect(page.getByText('Invoice paid')).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Active');
});
