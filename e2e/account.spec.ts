import type { Page } from '@playwright/test';
import { sandboxApi } from './api';
import { createCustomerViaApi, DEMO, OTHER, signIn, uniqueEmail } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Signing in and out, and the account's services: the session, the rate limit, two-factor
 * accounts, paging and filtering, and one customer never seeing another's data.
 */

async function trySignIn(page: Page, email: string, password: string) {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

const formAlert = (page: Page) => page.getByRole('form', { name: 'Sign in' }).getByRole('alert');

test('the services page sends a visitor to sign in and back, then lists the demo services with their status', async ({ page, context }) => {
  await page.goto('/account/services?status=Suspended');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount%2Fservices%3Fstatus%3DSuspended&required=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);

  await trySignIn(page, DEMO.email, DEMO.password);
  await expect(page).toHaveURL(/\/account\/services\?status=Suspended$/);
  await expect(page.getByTestId('service')).toHaveCount(1);
  await expect(page.getByTestId('service')).toContainText('Suspended');

  const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === 'hf_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
  // Sealed: nothing readable in it.
  expect(cookie?.value).not.toContain('demo');

  await page.getByRole('radio', { name: /^All/ }).check();
  await expect(page).toHaveURL(/\/account\/services$/);
  const plus = page.getByTestId('service').filter({ hasText: 'Plus' }).first();
  await expect(plus).toContainText('Active');
  await expect(plus).toContainText('demo-shop.example');
  await expect(plus).toContainText('Annually');
  await expect(plus).toContainText(/Next due/);
  await expectNoAxeViolations(page);
  // Service passwords never reach the page.
  expect(await page.locator('main').innerText()).not.toMatch(/password/i);
  // The header knows who is signed in, after a sign-in that was a client-side navigation.
  await expect(page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Your account' }).getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('paging and the status filter work over many services', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'paging');
  // 11 free mailboxes left Pending, 2 in an accepted order (Active): 13 services.
  const pending = await sandboxApi<{ result: string; orderid: number }>(request, 'AddOrder', {
    clientid: customer.clientId,
    paymentmethod: 'mailin',
    pid: Array.from({ length: 11 }, () => 7),
  });
  expect(pending.body.result).toBe('success');
  const active = await sandboxApi<{ result: string; orderid: number }>(request, 'AddOrder', {
    clientid: customer.clientId,
    paymentmethod: 'mailin',
    pid: [7, 7],
  });
  expect((await sandboxApi(request, 'AcceptOrder', { orderid: active.body.orderid })).body).toMatchObject({ result: 'success' });

  await signIn(page, customer.email, customer.password);
  const range = page.getByTestId('services-range');
  await expect(range).toHaveText('Showing 1–10 of 13 services.');
  await expect(page.getByTestId('service')).toHaveCount(10);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range).toHaveText('Showing 11–13 of 13 services.');
  await expect(page.getByTestId('service')).toHaveCount(3);
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

  await page.getByRole('radio', { name: /^Active/ }).check();
  await expect(range).toHaveText('Showing 1–2 of 2 active services.');
  await expect(page.getByRole('navigation', { name: 'Pages of services' })).toHaveCount(0);

  await page.getByRole('radio', { name: /^Pending/ }).check();
  await expect(range).toHaveText('Showing 1–10 of 11 pending services.');
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(range).toHaveText('Showing 11–11 of 11 pending services.');
  await expect(page).toHaveURL(/\?status=Pending&page=2$/);

  // The address keeps the view: a reload (server-rendered) shows the same page.
  await page.reload();
  await expect(range).toHaveText('Showing 11–11 of 11 pending services.');
  await expect(page.getByTestId('service')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the services API answers 401 without a session and only the own client with one', async ({ page }) => {
  await page.goto('/sign-in');
  const anonymous = await page.evaluate(async () => {
    const response = await fetch('/api/account/services');
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  });
  expect(anonymous).toEqual({ status: 401, body: { error: 'Sign in to see your services.' } });

  await signIn(page, OTHER.email, OTHER.password);
  const own = await page.evaluate(async () => (await (await fetch('/api/account/services?page=1')).json()) as { services: { domain: string }[] });
  expect(own.services.map((service) => service.domain)).toContain('other-site.example');
  expect(own.services.map((service) => service.domain)).not.toContain('demo-shop.example');
  expect(JSON.stringify(own)).not.toMatch(/password/i);
});

test("one customer cannot see another's order, invoice or services", async ({ page }) => {
  // Order 1 and invoice 1 are the demo customer's (see the sandbox seed).
  await page.goto('/order/1');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Forder%2F1&required=1$/);

  await signIn(page, OTHER.email, OTHER.password);
  for (const path of ['/order/1', '/order/2', '/sandbox/invoice/1']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText('Demo Customer')).toHaveCount(0);
  }
  // Their own order is there (order 4 is other@example.com's seeded Starter).
  const own = await page.goto('/order/4');
  expect(own?.status()).toBe(200);
  await expect(page.getByTestId('order-items')).toContainText('other-site.example');

  await page.goto('/account/services');
  await expect(page.getByTestId('service')).toHaveCount(1);
  await expect(page.getByTestId('service')).toContainText('other-site.example');
  await expect(page.getByText('demo-shop.example')).toHaveCount(0);
});

test('a wrong password is refused plainly; after five failures from one place the email is held there for a while', async ({ page }) => {
  const email = uniqueEmail('locked');
  await page.goto('/sign-in');
  await trySignIn(page, DEMO.email, 'not-the-password');
  await expect(formAlert(page)).toHaveText(/do not match an account/);
  // What was typed stays.
  await expect(page.getByRole('form', { name: 'Sign in' }).getByLabel('Email address')).toHaveValue(DEMO.email);
  await expectNoAxeViolations(page);

  for (let attempt = 1; attempt <= 5; attempt++) {
    await trySignIn(page, email, `guess-${attempt}`);
    await expect(formAlert(page)).toHaveText(/do not match an account/);
  }
  await trySignIn(page, email, 'guess-6');
  await expect(formAlert(page)).toHaveText(/Too many unsuccessful sign-in attempts.*wait 15 minutes/);
});

test('an account with two-factor authentication is told where to sign in, in the words every failure gets', async ({ page }) => {
  await page.goto('/sign-in');
  await trySignIn(page, 'twofactor@example.com', 'demo1234');
  await expect(formAlert(page)).toHaveText(/two-factor authentication/);
  await expect(formAlert(page)).toHaveText(/billing portal/);
  await page.goto('/account/services');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a new account can be created on its own page, and signing out ends the session', async ({ page }) => {
  await page.goto('/sign-up');
  await expectNoAxeViolations(page);
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(form.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('First name')).toBeFocused();
  await expect(form.getByText('Choose your country.')).toBeVisible();

  const email = uniqueEmail('signup');
  await form.getByLabel('First name').fill('Sam');
  await form.getByLabel('Last name').fill('Signup');
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill('long-enough-pass');
  await form.getByLabel('Street address').fill('5 Side Street');
  await form.getByLabel('City').fill('Lyon');
  await form.getByLabel('State or region').fill('Rhône');
  await form.getByLabel('Postcode').fill('69001');
  await form.getByLabel('Country').selectOption('FR');
  await form.getByLabel('Phone number').fill('+33 4 00 00 00 00');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account\/services$/);
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByTestId('services-range')).toHaveText('No services.');

  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/account/services');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('signing out needs a request from the shop itself', async ({ request }) => {
  const response = await request.post('/sign-out', { headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
});
