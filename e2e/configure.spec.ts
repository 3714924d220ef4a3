import type { Page } from '@playwright/test';
import {
  choice,
  currency,
  cyclePrice,
  dueToday,
  expectedTotals,
  money,
  openConfigurator,
  option,
  paths,
  product,
  renewal,
  wireCatalogue,
  type WireCatalogue,
} from './catalogue.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { MAX_CUSTOM_FIELD_LENGTH, MAX_DOMAIN_LENGTH, requiredFieldMessage } from '@/lib/cart/limits';

/**
 * The configurator: every kind of choice, details, the live summary checked against sums of the
 * sandbox's GetProducts prices, currencies, shareable links, errors, the keyboard and small screens.
 */

/** The VPS Large configuration these tests build: one choice of every kind of option. */
function vpsChoices(catalogue: WireCatalogue) {
  const vps = product(catalogue, 'vps-large');
  const os = option(vps, 'Operating System');
  const location = option(vps, 'Location');
  const backups = option(vps, 'Backups');
  const ram = option(vps, 'Extra RAM (GB)');
  const disk = option(vps, 'Extra disk (10 GB)');
  const windows = choice(os, 'Windows Server 2022');
  const london = choice(location, 'London');
  return {
    vps,
    windows,
    london,
    chosen: [
      { choice: windows, count: 1 },
      { choice: london, count: 1 },
      { choice: backups.options.option[0]!, count: 1 },
      { choice: ram.options.option[0]!, count: 4 },
      { choice: disk.options.option[0]!, count: 2 },
    ],
  };
}

async function configureVps(page: Page) {
  await page.getByRole('radio', { name: /^Quarterly/ }).check();
  await page.getByRole('radio', { name: /^Windows Server 2022/ }).check();
  await page.getByRole('radio', { name: /^London/ }).check();
  await page.getByRole('switch', { name: /^Backups/ }).check();
  await page.getByLabel('Extra RAM (GB)').fill('4');
  await page.getByLabel('Extra disk (10 GB)').fill('2');
  await page.getByLabel(/^Intended use/).fill('A web shop');
}

async function expectTotals(page: Page, catalogue: WireCatalogue, code: string) {
  const { vps, chosen } = vpsChoices(catalogue);
  const totals = expectedTotals(vps, code, 'quarterly', chosen);
  const c = currency(catalogue, code);
  await expect(dueToday(page)).toHaveText(money(totals.dueToday, c));
  await expect(renewal(page)).toHaveText(`Renews at ${money(totals.recurring, c)} every 3 months`);
}

test('every kind of option is priced for the chosen cycle, and the summary adds up to GetProducts', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const { vps, windows, london } = vpsChoices(catalogue);
  const usd = currency(catalogue, 'USD');
  await openConfigurator(page, paths(vps).product);

  // Before any choice: the defaults (monthly, first choices, no extras).
  const start = expectedTotals(vps, 'USD', 'monthly', []);
  await expect(dueToday(page)).toHaveText(money(start.dueToday, usd));

  await configureVps(page);
  await expectTotals(page, catalogue, 'USD');

  // Each choice shows what it adds for the chosen cycle (quarterly).
  const windowsPrice = cyclePrice(windows.pricing.USD, 'quarterly');
  const windowsCard = page.locator('label', { has: page.getByRole('radio', { name: /^Windows Server 2022/ }) });
  await expect(windowsCard).toContainText(`+${money(windowsPrice?.price ?? -1, usd, false)}/3 mo`);
  if (windowsPrice?.setup) await expect(windowsCard).toContainText(`+ ${money(windowsPrice.setup, usd, false)} setup`);
  const londonCard = page.locator('label', { has: page.getByRole('radio', { name: /^London/ }) });
  await expect(londonCard).toContainText(`+${money(cyclePrice(london.pricing.USD, 'quarterly')?.price ?? -1, usd, false)}/3 mo`);

  // Line by line: the product, each option, the setup fees.
  const summary = page.getByRole('complementary', { name: 'Order summary' });
  await expect(summary.getByRole('rowheader')).toHaveText([
    vps.name,
    'Operating System: Windows Server 2022',
    'Location: London',
    'Backups',
    'Extra RAM (GB) x 4',
    'Extra disk (10 GB) x 2',
    'Setup fee',
  ]);

  // The URL holds the whole configuration.
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    currency: 'USD',
    billingcycle: 'quarterly',
    [`configoption[${option(vps, 'Operating System').id}]`]: String(windows.id),
    [`configoption[${option(vps, 'Location').id}]`]: String(london.id),
    [`configoption[${option(vps, 'Backups').id}]`]: '1',
    [`configoption[${option(vps, 'Extra RAM (GB)').id}]`]: '4',
    [`configoption[${option(vps, 'Extra disk (10 GB)').id}]`]: '2',
  });
  await expectNoAxeViolations(page);
});

test('switching currency reprices the same configuration, and the link restores it after a reload and elsewhere', async ({ page, request, browser }) => {
  const catalogue = await wireCatalogue(request);
  const { vps } = vpsChoices(catalogue);
  await openConfigurator(page, paths(vps).product);
  await configureVps(page);

  await page.getByLabel('Currency').selectOption('EUR');
  await expect(page).toHaveURL(/currency=EUR/);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expectTotals(page, catalogue, 'EUR');
  // What was typed and is not in the link is kept too.
  await expect(page.getByLabel(/^Intended use/)).toHaveValue('A web shop');

  await page.reload();
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
  await expectTotals(page, catalogue, 'EUR');
  await expect(page.getByRole('radio', { name: /^Quarterly/ })).toBeChecked();
  await expect(page.getByRole('switch', { name: /^Backups/ })).toBeChecked();

  // Shared with someone who never visited: same configuration, same currency.
  const other = await browser.newContext();
  const shared = await other.newPage();
  await openConfigurator(shared, page.url());
  await expectTotals(shared, catalogue, 'EUR');
  await expect(shared.getByLabel('Extra RAM (GB)')).toHaveValue('4');
  await other.close();
});

test('an out-of-range count is shown as typed, not priced or repaired, and keeps the configuration out of the cart', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const { vps } = vpsChoices(catalogue);
  const ram = option(vps, 'Extra RAM (GB)');
  await openConfigurator(page, paths(vps).product);
  await page.getByLabel(/^Intended use/).fill('A web shop');

  const field = page.getByLabel('Extra RAM (GB)');
  await field.fill('20');
  await field.blur();
  const message = `Extra RAM (GB) must be a whole number from ${ram.minqty} to ${ram.maxqty}.`;
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(message)).toHaveCount(2); // next to the field, and in the summary
  await expect(page.getByTestId('summary-problems')).toHaveText(message);
  await expect(dueToday(page)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`configoption%5B${ram.id}%5D=20(&|$)`));

  let posts = 0;
  page.on('request', (sent) => {
    if (sent.method() === 'POST') posts += 1;
  });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(new RegExp(paths(vps).product));
  expect(posts).toBe(0);

  await field.fill(String(ram.maxqty));
  const ramChoice = ram.options.option[0]!;
  const totals = expectedTotals(vps, 'USD', 'monthly', [{ choice: ramChoice, count: ram.maxqty }]);
  await expect(dueToday(page)).toHaveText(money(totals.dueToday, currency(catalogue, 'USD')));
  await expect(page.getByTestId('summary-problems')).toHaveCount(0);
});

test('a link with choices that do not fit falls back to the defaults and says so', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const vps = product(catalogue, 'vps-large');
  const os = option(vps, 'Operating System');
  await openConfigurator(page, `${paths(vps).product}?billingcycle=weekly&configoption[${os.id}]=99999&currency=XYZ`);
  const notice = page.getByRole('status').filter({ hasText: 'did not fit this product' });
  await expect(notice).toContainText('Billing cycle "weekly" is not available');
  await expect(notice).toContainText('Operating System: "99999" is not one of the choices');
  await expect(notice).toContainText('XYZ is not one of our currencies');
  await expect(page.getByRole('radio', { name: /^Monthly/ })).toBeChecked();
  await expect(dueToday(page)).toHaveText(money(expectedTotals(vps, 'USD', 'monthly', []).dueToday, currency(catalogue, 'USD')));
  // The address bar now holds the repaired configuration.
  await expect(page).toHaveURL(/billingcycle=monthly/);
});

test('required details are enforced next to their fields, announced, and a domain may be internationalised', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const starter = product(catalogue, 'starter');
  await openConfigurator(page, paths(starter).product);

  await page.getByRole('button', { name: 'Add to cart' }).click();
  const domain = page.getByLabel(/^Domain name/);
  await expect(domain).toHaveAttribute('aria-invalid', 'true');
  await expect(domain).toHaveAttribute('maxlength', String(MAX_DOMAIN_LENGTH));
  await expect(domain).toBeFocused();
  const errorId = (await domain.getAttribute('aria-describedby'))?.split(' ').pop();
  const message = page.locator(`[id="${errorId}"]`);
  await expect(message).toHaveText('Enter a domain name, like example.com.');
  await expect(message).toHaveAttribute('aria-live', 'polite');
  await expectNoAxeViolations(page);

  await domain.fill('example');
  await expect(message).toHaveText('Include the extension, like example.com.');
  await domain.fill('exa mple.com');
  await expect(message).toHaveText('A domain name has no spaces, @ or :, like example.com.');
  await domain.fill('bücher.de');
  await expect(message).toHaveText('');
  await expect(domain).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/domain=b%C3%BCcher\.de/);

  // A product with two required custom fields.
  const migration = product(catalogue, 'website-migration');
  await openConfigurator(page, paths(migration).product);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  for (const field of migration.customfields.customfield.filter((f) => f.required)) {
    const input = page.getByLabel(new RegExp(`^${field.name}`));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAttribute('maxlength', String(MAX_CUSTOM_FIELD_LENGTH));
    await expect(page.getByText(requiredFieldMessage(field.name))).toBeVisible();
    await expect(page.getByText(field.description)).toBeVisible();
  }
});

test('quantity multiplies the order and is bounded', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const mail = product(catalogue, 'business-mail');
  const usd = currency(catalogue, 'USD');
  const size = option(mail, 'Mailbox size');
  const big = size.options.option[size.options.option.length - 1]!;
  await openConfigurator(page, paths(mail).product);

  await page.getByRole('radio', { name: new RegExp(`^${big.name}`) }).check();
  await page.getByLabel('Quantity').fill('3');
  const unit = expectedTotals(mail, 'USD', 'monthly', [{ choice: big, count: 1 }]);
  await expect(dueToday(page)).toHaveText(money(unit.dueToday * 3, usd));
  await expect(renewal(page)).toHaveText(`Renews at ${money(unit.recurring * 3, usd)} every month`);
  await expect(page).toHaveURL(/qty=3/);

  await page.getByLabel('Quantity').fill('0');
  await page.getByLabel('Quantity').blur();
  const problem = 'The quantity must be a whole number, 1 or more.';
  await expect(page.getByRole('form', { name: `Configure ${mail.name}` }).getByText(problem)).toBeVisible();
  await expect(page.getByTestId('summary-problems')).toHaveText(problem);
});

test('one-time and free products offer no billing cycle to choose', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const usd = currency(catalogue, 'USD');
  const migration = product(catalogue, 'website-migration');
  await openConfigurator(page, paths(migration).product);
  await expect(page.getByRole('radio')).toHaveCount(0);
  const once = money(cyclePrice(migration.pricing.USD, 'monthly')?.price ?? -1, usd, false);
  await expect(page.getByText(`One-time payment of ${once}.`)).toBeVisible();
  await expect(renewal(page)).toHaveText('One-time payment: nothing renews');

  const free = catalogue.products.find((p) => p.paytype === 'free');
  if (!free) throw new Error('the demo has a free product');
  await openConfigurator(page, paths(free).product);
  await expect(page.getByText('Free: nothing to pay.')).toBeVisible();
  await expect(dueToday(page)).toHaveText(money(0, usd));
  await expect(renewal(page)).toHaveText('Free: nothing renews');
});

test('the whole configuration can be made with the keyboard alone', async ({ page, request }) => {
  const catalogue = await wireCatalogue(request);
  const { vps } = vpsChoices(catalogue);
  await openConfigurator(page, paths(vps).product);

  // Tab from the top of the page to the billing cycle, as a keyboard user would.
  const monthly = page.getByRole('radio', { name: /^Monthly/ });
  for (let presses = 0; presses < 40 && !(await monthly.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(monthly).toBeFocused();
  await page.keyboard.press('ArrowRight'); // Quarterly
  await page.keyboard.press('Tab'); // Operating System, on its chosen radio
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // Windows Server 2022
  await page.keyboard.press('Tab'); // Location
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown'); // London
  await page.keyboard.press('Tab'); // Backups
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // Extra RAM
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab'); // Extra disk
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // past the addons: two checkboxes and a count
  await page.keyboard.press('Tab'); // Hostname
  await page.keyboard.type('shop1.example.com');
  await page.keyboard.press('Tab'); // First nameserver prefix (ns1 already)
  await page.keyboard.press('Tab'); // Second nameserver prefix (ns2 already)
  await page.keyboard.press('Tab'); // Root password
  await page.keyboard.type('Kb-only-Passw0rd!');
  await page.keyboard.press('Tab'); // Intended use
  await page.keyboard.type('A web shop');
  await expectTotals(page, catalogue, 'USD');

  // Enter in a field submits the form, as anywhere on the web: into the cart.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cart$/);
});

test('on a small screen the price stays in view and the summary is one tap away', async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const catalogue = await wireCatalogue(request);
  const { vps } = vpsChoices(catalogue);
  const usd = currency(catalogue, 'USD');
  await openConfigurator(page, paths(vps).product);
  const totals = expectedTotals(vps, 'USD', 'monthly', []);
  await expect(page.getByText(`${money(totals.dueToday, usd)} today`)).toBeInViewport();
  await page.getByRole('link', { name: 'Summary' }).click();
  await expect(page.getByRole('heading', { name: 'Order summary' })).toBeInViewport();
  await expectNoAxeViolations(page);
});
