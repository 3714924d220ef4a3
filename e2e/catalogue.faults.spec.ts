import { cyclePrice, dueToday, money, openConfigurator, paths, product, wireCatalogue, currency } from './catalogue.helpers';
import { expect, setSandboxFaults, test } from './fixtures';

/**
 * WHMCS goes down after the shop has loaded its catalogue once: every catalogue page keeps
 * working from the last good copy, even after a revalidation asked for fresh data, and says that
 * prices are from the last update. When WHMCS is back, a revalidation brings fresh pages.
 */

test.afterEach(() => setSandboxFaults(null));

const secret = () => {
  const value = process.env.REVALIDATE_SECRET;
  if (!value) throw new Error('REVALIDATE_SECRET is not set: run the suite with `npm run test:e2e`');
  return value;
};

test('the catalogue survives the billing system becoming unreachable', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const usd = currency(catalogue, 'USD');
  const vps = product(catalogue, 'vps-large');
  const monthly = cyclePrice(vps.pricing.USD, 'monthly');
  if (!monthly) throw new Error('the demo VPS Large is billed monthly');
  const pages = ['/', paths(vps).group, paths(vps).product];

  // A first load, while WHMCS answers: pages kept for the catalogue's window (5 minutes).
  for (const path of pages) expect((await page.goto(path))?.status()).toBe(200);
  expect((await request.get(paths(vps).group)).headers()['cache-control']).toMatch(/\bs-maxage=300\b/);

  setSandboxFaults({ unavailable: true });
  const down = await request.post('/includes/api.php', { form: { action: 'GetProducts' } });
  expect(down.status()).toBe(503);
  // Ask for fresh data: the shop must try WHMCS, fail, and fall back to its last good copy.
  expect((await request.post('/api/revalidate', { headers: { authorization: `Bearer ${secret()}` } })).status()).toBe(200);

  for (const path of pages) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByText('Prices shown are from our last update')).toBeVisible();
  }
  await expect(page.getByRole('heading', { level: 1, name: vps.name })).toBeVisible();
  // A page rendered from the last good copy is rendered again soon (30 s), not kept a window.
  expect((await request.get(paths(vps).group)).headers()['cache-control']).toMatch(/\bs-maxage=30\b/);
  await page.goto(paths(vps).group);
  await expect(page.locator('main article', { has: page.getByRole('heading', { name: vps.name, exact: true }) })).toContainText(
    `${money(monthly.price, usd, false)}/mo`,
  );
  // The configurator still prices on its own.
  await openConfigurator(page, paths(vps).product);
  await expect(dueToday(page)).toHaveText(money(monthly.price + monthly.setup, usd));

  // WHMCS is back: the next revalidation serves fresh pages again.
  setSandboxFaults(null);
  expect((await request.post('/api/revalidate', { headers: { authorization: `Bearer ${secret()}` } })).status()).toBe(200);
  await page.goto(paths(vps).group);
  await expect(page.getByText('Prices shown are from our last update')).toHaveCount(0);
});
