import Database from 'better-sqlite3';
import path from 'node:path';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { sandboxProducts, storePath } from './api';
import { addToCart, createCustomerViaApi, fillPayment, sandboxOrders, signIn } from './checkout.helpers';
import { e2eDataDir, expect, setSandboxFaults, test } from './fixtures';

/**
 * Two instances of one build on one PostgreSQL (A and B, started by scripts/e2e.mjs), with the
 * first server's sandbox as their WHMCS: they behave as one shop. The browser reaches both on
 * 127.0.0.1, so it sends both the same cookies, as behind a load balancer. A faults spec: it
 * slows the shared sandbox down and changes a price, so it runs alone; its last test stops A.
 */

function instanceUrl(name: 'A' | 'B'): string {
  const url = process.env[`E2E_INSTANCE_${name}_URL`];
  if (!url) throw new Error(`E2E_INSTANCE_${name}_URL is not set: run this spec with \`npm run test:e2e -- e2e/instances.faults.spec.ts\``);
  return url;
}
const A = instanceUrl('A');
const B = instanceUrl('B');

test.afterEach(() => setSandboxFaults(null));

/** A page whose relative links go to instance A; B is reached by absolute URLs. */
async function shopperOnA(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: A });
  return context.newPage();
}

async function starterPath(request: APIRequestContext): Promise<string> {
  const starter = (await sandboxProducts(request)).find((product) => product.name === 'Starter');
  if (!starter) throw new Error('The sandbox has no Starter');
  return storePath(starter);
}

async function addStarterOn(page: Page, url: string, domain: string) {
  await page.goto(url);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await page.getByLabel(/^Domain name/).fill(domain);
  await addToCart(page);
}

async function cartCountOn(page: Page, origin: string): Promise<number> {
  const response = await page.request.get(`${origin}/api/cart`);
  return ((await response.json()) as { count: number }).count;
}

test('a cart filled on A is checked out on B, signed in on A', async ({ browser, request }) => {
  const page = await shopperOnA(browser);
  const customer = await createCustomerViaApi(request, 'instances-cart');
  await signIn(page, customer.email, customer.password);
  await addStarterOn(page, `${A}${await starterPath(request)}`, 'two-instances.example');
  expect(await cartCountOn(page, B)).toBe(1);

  await page.goto(`${B}/checkout`);
  const form = await fillPayment(page);
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect.poll(async () => (await sandboxOrders(request, customer.clientId)).length, { timeout: 20_000 }).toBe(1);
  await expect.poll(() => cartCountOn(page, A)).toBe(0);
});

test('"Place order" on A and on B at once for one cart places one order', async ({ browser, request }) => {
  const page = await shopperOnA(browser);
  const customer = await createCustomerViaApi(request, 'instances-race');
  await signIn(page, customer.email, customer.password);
  await addStarterOn(page, `${A}${await starterPath(request)}`, 'race.example');
  const onB = await page.context().newPage();
  await page.goto(`${A}/checkout`);
  await onB.goto(`${B}/checkout`);
  const [formA, formB] = [await fillPayment(page), await fillPayment(onB)];

  // Slow enough that both submissions are in flight together.
  setSandboxFaults({ actions: { addorder: { delayMs: 2000 } } });
  await Promise.all([formA.getByRole('button', { name: 'Place order' }).click(), formB.getByRole('button', { name: 'Place order' }).click()]);
  await expect(page).not.toHaveURL(/\/checkout$/, { timeout: 20_000 });
  await expect(onB).not.toHaveURL(/\/checkout$/, { timeout: 20_000 });
  expect(await sandboxOrders(request, customer.clientId)).toHaveLength(1);
});

test('a sign-in lockout on A holds on B', async ({ browser }) => {
  const page = await shopperOnA(browser);
  const email = `instances-locked-${Date.now()}@example.com`;
  const form = page.getByRole('form', { name: 'Sign in' });
  const attempt = async (origin: string, password: string) => {
    await page.goto(`${origin}/sign-in`);
    await form.getByLabel('Email address').fill(email);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
  };
  for (let i = 1; i <= 5; i++) {
    await attempt(A, `guess-${i}`);
    await expect(form.getByRole('alert')).toHaveText(/do not match an account/);
  }
  await attempt(B, 'guess-6');
  await expect(form.getByRole('alert')).toHaveText(/Too many unsuccessful sign-in attempts/);
});

test('a revalidation on A shows the new price on B within seconds', async ({ browser, request }) => {
  const page = await shopperOnA(browser);
  const product = `${B}${await starterPath(request)}`;
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret) throw new Error('REVALIDATE_SECRET is not set: run the suite with `npm run test:e2e`');
  const priceShown = async (price: string) => {
    await page.goto(product);
    return (await page.locator('main').innerText()).includes(price);
  };
  // B has the page cached at the current price.
  expect(await priceShown('$4.99')).toBe(true);

  const sandbox = new Database(path.join(e2eDataDir(), 'sandbox.sqlite'));
  const setStarterMonthly = (cents: number) =>
    sandbox.prepare("UPDATE pricing SET monthly = ? WHERE type = 'product' AND relid = 1 AND currency = 1").run(cents);
  const revalidateOnA = async () =>
    expect((await request.post(`${A}/api/revalidate`, { headers: { authorization: `Bearer ${secret}` } })).status()).toBe(200);
  try {
    setStarterMonthly(777);
    await revalidateOnA();
    await expect.poll(() => priceShown('$7.77'), { timeout: 10_000 }).toBe(true);
  } finally {
    setStarterMonthly(499);
    sandbox.close();
    await revalidateOnA();
  }
  await expect.poll(() => priceShown('$4.99'), { timeout: 10_000 }).toBe(true);
});

test('killing A mid-order leaves B able to settle the attempt: one order, the cart emptied', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const page = await shopperOnA(browser);
  const customer = await createCustomerViaApi(request, 'instances-killed');
  await signIn(page, customer.email, customer.password);
  await addStarterOn(page, `${A}${await starterPath(request)}`, 'killed.example');
  await page.goto(`${A}/checkout`);
  const form = await fillPayment(page);

  // WHMCS places the order, then takes long to answer: A is gone before it hears back.
  setSandboxFaults({ actions: { addorder: { delayAfterCommitMs: 8000 } } });
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect.poll(async () => (await sandboxOrders(request, customer.clientId)).length, { timeout: 10_000 }).toBe(1);
  process.kill(Number(process.env.E2E_INSTANCE_A_PID), 'SIGKILL');
  setSandboxFaults(null);

  // On B, checkout finds the attempt A left pending and offers to check it; once it is stale
  // (21 s with WHMCS_TIMEOUT_MS=4000) B looks the order up in WHMCS, records it and empties the cart.
  const onB = await page.context().newPage();
  await onB.goto(`${B}/checkout`);
  const checkAgain = onB.getByRole('button', { name: 'Check again' });
  await expect(checkAgain).toBeVisible();
  await expect
    .poll(
      async () => {
        if ((await checkAgain.isVisible()) && (await checkAgain.isEnabled())) await checkAgain.click();
        return cartCountOn(onB, B);
      },
      { timeout: 60_000, intervals: [3_000] },
    )
    .toBe(0);
  expect(await sandboxOrders(request, customer.clientId)).toHaveLength(1);
});
