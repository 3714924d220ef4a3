import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { addStarter, createCustomerViaApi, newCustomer, productPath, signIn, signUp } from './checkout.helpers';
import { e2eDataDir, expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Sign-in, sessions and headers under attack (issue 9) and the ways out for a customer who is
 * stuck (issue 10): open redirects, forged client IPs, stolen cookies, lockouts, two-factor
 * oracles, password reset, sign-out by GET, and the Content-Security-Policy.
 */

const signInForm = (page: Page) => page.getByRole('form', { name: 'Sign in' });

async function trySignIn(page: Page, email: string, password: string) {
  const form = signInForm(page);
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

test('a signed-in visitor sent to /sign-in?next=/.//evil.example stays on the shop', async ({ page, request, baseURL }) => {
  const customer = await createCustomerViaApi(request, 'redirect');
  await signIn(page, customer.email, customer.password);
  for (const next of ['/.//evil.example', '/..//evil.example', '/a/..//evil.example', '/%5Cevil.example', '/%2F%2Fevil.example']) {
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    expect(new URL(page.url()).origin, next).toBe(new URL(baseURL!).origin);
    await expect(page).toHaveURL(/\/account\/services$/);
  }
});

test('a forged X-Forwarded-For is not taken as the customer’s IP', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '203.0.113.99' });
  const customer = newCustomer('forged-ip');
  await page.goto('/sign-up');
  await signUp(page, customer);
  await expect(page).toHaveURL(/\/account\/services$/);
  const db = new Database(path.join(e2eDataDir(), 'sandbox.sqlite'), { readonly: true });
  try {
    const row = db.prepare('SELECT ip FROM clients WHERE email = ?').get(customer.email) as { ip: string } | undefined;
    expect(row?.ip).toBe('127.0.0.1');
  } finally {
    db.close();
  }
});

test('signing out revokes the session: a cookie copied before stops working', async ({ page, request, baseURL }) => {
  const customer = await createCustomerViaApi(request, 'revoke');
  await signIn(page, customer.email, customer.password);
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'hf_session');
  expect(cookie).toBeTruthy();
  const asThief = () =>
    request.get(`${baseURL}/api/account/session`, { headers: { cookie: `hf_session=${cookie!.value}` } }).then((response) => response.json());
  expect(await asThief()).toMatchObject({ signedIn: true });

  await page.getByRole('navigation', { name: 'Your account' }).getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await asThief()).toEqual({ signedIn: false, firstName: null });
});

test('a locked-out customer is offered a password reset; the right password of a two-factor account reads like a wrong one', async ({ page }) => {
  // The right password of a two-factor account, then a wrong one: the same answer, word for word.
  await page.goto('/sign-in');
  await trySignIn(page, 'twofactor@example.com', 'demo1234');
  const alert = signInForm(page).getByRole('alert');
  await expect(alert).toHaveText(/two-factor authentication, sign in at the billing portal/);
  const right = await alert.innerText();
  await page.goto('/sign-in');
  await trySignIn(page, 'twofactor@example.com', 'not-the-password');
  await expect(alert).toHaveText(right);

  const email = `locked-${Date.now()}@example.com`;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await trySignIn(page, email, `guess-${attempt}`);
    await expect(signInForm(page).getByRole('alert')).toHaveText(/do not match an account/);
  }
  await trySignIn(page, email, 'guess-6');
  await expect(alert).toHaveText(/Too many unsuccessful sign-in attempts/);
  await alert.getByRole('link', { name: 'Reset your password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
});

test('checkout’s sign-in offers “Forgot your password?”, coming back to checkout', async ({ page }) => {
  await addStarter(page);
  await page.goto('/checkout');
  await page.getByRole('radio', { name: 'I have an account' }).check();
  await page.getByRole('form', { name: 'Sign in' }).getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/reset-password\?next=%2Fcheckout$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=%2Fcheckout');
});

test('a forgotten password is reset through WHMCS’s email', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'forgot');
  await page.goto('/sign-in');
  await signInForm(page).getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByRole('form', { name: 'Reset your password' });
  await form.getByLabel('Email address').fill(customer.email);
  await form.getByRole('button', { name: 'Send the reset link' }).click();
  await expect(page.getByRole('status')).toContainText(`If ${customer.email} belongs to an account`);

  // The same words for an address with no account.
  await page.goto('/reset-password');
  await page.getByRole('form', { name: 'Reset your password' }).getByLabel('Email address').fill('nobody-here@example.com');
  await page.getByRole('button', { name: 'Send the reset link' }).click();
  await expect(page.getByRole('status')).toContainText('If nobody-here@example.com belongs to an account');

  await page.goto('/sandbox/mail');
  const mail = page.getByTestId('sandbox-mail').filter({ hasText: customer.email }).first();
  await expect(mail).toContainText('Password Reset Confirmation');
  await expectNoAxeViolations(page);
  await mail.getByRole('link', { name: 'Reset your password' }).click();

  await page.getByLabel('New password', { exact: true }).fill('a-fresh-password-9');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByText('Your password was changed. Sign in with the new one.')).toBeVisible();
  await trySignIn(page, customer.email, 'a-fresh-password-9');
  await expect(page).toHaveURL(/\/account\/services$/);
});

test('GET /sign-out asks with a button instead of answering 405', async ({ page, request }) => {
  const customer = await createCustomerViaApi(request, 'get-signout');
  await signIn(page, customer.email, customer.password);
  const response = await page.goto('/sign-out');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign out?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/sign-out');
  await expect(page.getByRole('heading', { level: 1, name: 'You are signed out' })).toBeVisible();
});

test('a signed-out visitor opening an order or the account is told why to sign in', async ({ page }) => {
  await page.goto('/order/9');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Forder%2F9&required=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Sign in to see this order.' })).toBeVisible();
  await page.goto('/account/services');
  await expect(page.getByRole('status').filter({ hasText: 'Sign in to see your services and account.' })).toBeVisible();
  await page.goto('/sign-in');
  await expect(page.getByText(/Sign in to see/)).toHaveCount(0);
});

test('no Content-Security-Policy violations on home, product, cart and checkout; per-request pages carry a nonce', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const home = await page.goto('/');
  expect(home?.headers()['content-security-policy']).toMatch(/script-src 'self' 'unsafe-inline'/);
  await expect(page.getByRole('navigation', { name: 'Your account' })).toBeVisible();
  await page.goto(await productPath(page, 'Starter'));
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await addStarter(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const checkout = await page.goto('/checkout');
  const policy = checkout?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).toMatch(/frame-ancestors 'none'/);
  // The page works under it: its forms hydrate and react.
  await page.getByRole('radio', { name: 'I have an account' }).check();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  expect(violations).toEqual([]);
});
