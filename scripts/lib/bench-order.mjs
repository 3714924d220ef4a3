// `npm run bench`, the place-order part: how long a signed-in customer waits between pressing
// "Place order" and seeing the next step (the sandbox's invoice page, or the receipt when nothing
// is due). A real Chromium drives the real checkout page, as a customer would; only that wait is
// timed, not filling the form.
import { chromium } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium.mjs';

/** The sandbox seed's demo customer (lib/sandbox/seed.ts). */
const DEMO = { email: 'demo@example.com', password: 'demo1234' };
/** Where "Place order" lands: paying an invoice, or the order's receipt. */
const NEXT_STEP = /\/(sandbox\/invoice|order)\/\d+$/;

/**
 * Whether the browser has reached the next step. A shop that is not the sandbox itself (the
 * PostgreSQL instance) hands the customer to the sandbox's invoice page by WHMCS's single sign-on
 * link, on the sandbox's host; the sandbox does not redeem that link's token yet, so it asks for a
 * sign-in first, with the invoice as `next`: that page counts as the arrival too.
 */
function reachedNextStep(url) {
  return NEXT_STEP.test(url.pathname) || (url.pathname === '/sign-in' && NEXT_STEP.test(url.searchParams.get('next') ?? ''));
}
const TIMEOUT_MS = 60_000;

async function signIn(page, url) {
  await page.goto(`${url}/sign-in?next=${encodeURIComponent('/account/services')}`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email address').fill(DEMO.email);
  await form.getByLabel('Password').fill(DEMO.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/account\/services$/, { timeout: TIMEOUT_MS });
}

/** Places the order of cart `cartId` through the checkout page: the milliseconds from click to the next step's heading, and where that was. */
async function placeOrder(page, url, cartId) {
  const context = page.context();
  await context.clearCookies({ name: 'cart' });
  await context.addCookies([{ name: 'cart', value: cartId, url }]);
  await page.goto(`${url}/checkout`);
  const form = page.getByRole('form', { name: 'Place order' });
  await form.getByRole('radio', { name: 'Mail In Payment' }).check();
  await form.getByRole('checkbox', { name: /agree to the terms of service/ }).check();
  const button = form.getByRole('button', { name: 'Place order' });
  await button.waitFor();
  const start = performance.now();
  await button.click();
  await page.waitForURL(reachedNextStep, { timeout: TIMEOUT_MS });
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: TIMEOUT_MS });
  const ms = performance.now() - start;
  const landed = new URL(page.url());
  return { ms, landedOn: `${landed.host}${landed.pathname}` };
}

/** The value below which `share` (0..1) of the sorted `values` lie (nearest rank). */
export function percentile(sorted, share) {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

/**
 * Places one order per cart in `cartIds` (each already filled) as the demo customer on the shop at
 * `url`. The first order only warms caches and connections on the way and is not counted. Returns the timings of the rest in milliseconds, sorted, and where the last
 * order landed.
 */
export async function placeOrders(url, cartIds) {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await signIn(page, url);
    const [warmUp, ...measured] = cartIds;
    await placeOrder(page, url, warmUp);
    const results = [];
    for (const cartId of measured) results.push(await placeOrder(page, url, cartId));
    return { times: results.map((result) => result.ms).sort((a, b) => a - b), landedOn: results.at(-1)?.landedOn ?? '' };
  } finally {
    await browser.close();
  }
}
