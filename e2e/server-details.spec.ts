import path from 'node:path';
import Database from 'better-sqlite3';
import { addToCart, createCustomerViaApi, fillPayment, productPath, receiptFromPaymentStep, sandboxServices, signIn } from './checkout.helpers';
import { e2eDataDir, expect, expectNoAxeViolations, test } from './fixtures';

/**
 * A VPS ordered with its server details: the hostname becomes the service's domain in WHMCS and is
 * shown on the receipt and the services list; the root password reaches WHMCS and nowhere else
 * (no page, no URL, nothing stored in clear in the cart).
 */

const HOSTNAME = 'web01.e2e-server.example';
const ROOT_PASSWORD = 'Zq7!vortex-Lantern-42';

/** Everything the storefront's own database holds, as text. */
function storefrontDump(): string {
  const db = new Database(path.join(e2eDataDir(), 'storefront.sqlite'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

test('a VPS with hostname and root password: WHMCS gets both, no page, URL or cart storage holds the password', async ({ page, request }) => {
  test.setTimeout(120_000);
  const urls: string[] = [];
  page.on('request', (sent) => urls.push(sent.url()));
  const pages: string[] = [];
  const keepPage = async () => pages.push(await page.content());

  const customer = await createCustomerViaApi(request, 'server');
  await signIn(page, customer.email, customer.password, '/account/services');
  await page.goto(await productPath(page, 'VPS Small'));
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await page.getByLabel(/^Intended use/).fill('A build server');

  const server = page.getByRole('region', { name: 'Server' });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(server.getByLabel('Hostname')).toHaveAttribute('aria-invalid', 'true');
  await expect(server.getByLabel('Hostname')).toBeFocused();
  await server.getByLabel('Hostname').fill('web01');
  await expect(server.getByText('Enter the full hostname, like server1.example.com.')).toBeVisible();
  await server.getByLabel('Hostname').fill(HOSTNAME);
  await server.getByLabel('Root password').fill('abcdefgh');
  await expect(server.getByText('Strength: Weak')).toBeVisible();
  await server.getByLabel('Root password').fill(ROOT_PASSWORD);
  await expect(server.getByText('Strength: Strong')).toBeVisible();
  await expect(server.getByLabel('First nameserver prefix')).toHaveValue('ns1');
  await expectNoAxeViolations(page);
  await addToCart(page);

  const item = page.getByTestId('cart-item');
  await expect(item).toContainText(HOSTNAME);
  await expect(item).toContainText(`ns1.${HOSTNAME}, ns2.${HOSTNAME}`);
  await expect(item).toContainText('Root password');
  await keepPage();
  expect(storefrontDump()).not.toContain(ROOT_PASSWORD);

  await page.goto('/checkout');
  await expect(page.getByTestId('order-line')).toContainText(HOSTNAME);
  await keepPage();
  const form = await fillPayment(page, 'Mail In Payment');
  await form.getByRole('button', { name: 'Place order' }).click();
  await receiptFromPaymentStep(page);
  await expect(page.getByTestId('order-items')).toContainText(HOSTNAME);
  await keepPage();

  await page.goto('/account/services');
  await expect(page.getByRole('main')).toContainText(HOSTNAME);
  await keepPage();

  const [service] = await sandboxServices(request, customer.clientId);
  expect(service).toMatchObject({ name: 'VPS Small', domain: HOSTNAME, password: ROOT_PASSWORD });

  for (const html of pages) expect(html).not.toContain(ROOT_PASSWORD);
  for (const url of urls) expect(decodeURIComponent(url)).not.toContain(ROOT_PASSWORD);
  expect(storefrontDump()).not.toContain(ROOT_PASSWORD);
});
