import fs from 'node:fs';
import { DEMO, signIn } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The receipt and the services list show what was ordered as the cart showed it. The demo
 * customer's seeded Business Mail order (two days old, unpaid): 3 mailboxes of 50 GB for
 * demo-shop.example.
 */
test('the services list and the receipt show quantity, options and fields, and offer to pay an unpaid order', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password, '/account/services');
  const mail = page.getByTestId('service').filter({ hasText: 'Business Mail' });
  await expect(mail.getByRole('heading', { level: 3 })).toHaveText('3 × Business Mail');
  await expect(mail).toContainText('Mailbox size: 50 GB · Email domain: demo-shop.example');
  await expect(mail).toContainText('Monthly');
  await expectNoAxeViolations(page);

  await mail.getByRole('link', { name: 'Pay now' }).click();
  await expect(page).toHaveURL(/\/sandbox\/invoice\/\d+$/);
  await page.getByRole('link', { name: /^Back to order / }).click();
  await expect(page).toHaveURL(/\/order\/\d+$/);

  const item = page.getByTestId('order-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('3 × Business Mail');
  await expect(item).toContainText('Mailbox size: 50 GB · Email domain: demo-shop.example');
  // Placed two days ago, not in this browser just now: its status and date, no thanks.
  await expect(page.getByTestId('receipt-greeting')).toHaveText(/^Pending · placed \d{1,2} \w+ \d{4}$/);
  await expect(page.getByRole('link', { name: 'Pay now' })).toBeVisible();
  await expectNoAxeViolations(page);

  fs.mkdirSync('/tmp/shots-receipt', { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/shots-receipt/receipt-${width}.png`, fullPage: true });
  }
});

test("the shop's own terms page, in its name, when SHOP_TERMS_URL is unset", async ({ page }) => {
  await page.goto('/terms');
  await expect(page.getByRole('heading', { level: 1, name: 'Terms of service' })).toBeVisible();
  await expect(page.getByText(/These terms apply to every order placed with .+\./)).toBeVisible();
  await expectNoAxeViolations(page);
});
