import type { Page } from '@playwright/test';
import { openConfigurator } from './catalogue.helpers';
import { productPath } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The configurator's domain step for products that need a domain (Starter, a hosting account):
 * register a new name (searched inline), transfer one in with its EPP code, or use one the
 * customer owns. On the sandbox a name is taken when it starts with "taken"; the featured TLDs
 * are .com (hot) and .net (sale).
 */

const choice = (page: Page, name: RegExp) => page.getByRole('radio', { name });
const REGISTER = /^Register a new domain/;
const TRANSFER = /^Transfer my domain/;
const OWN = /^Use a domain I already own/;

test('keyboard only: the three ways are one radio group, each with its own labelled fields', async ({ page }) => {
  await openConfigurator(page, await productPath(page, 'Starter'));
  await expect(choice(page, OWN)).toBeChecked();
  await expect(page.getByLabel(/^Domain name/)).toBeVisible();

  // Arrow keys move through the group (Use my own -> Transfer -> Register), as in any radio group.
  await choice(page, OWN).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(choice(page, TRANSFER)).toBeChecked();
  await expect(choice(page, TRANSFER)).toBeFocused();
  await expect(page.getByLabel(/^Domain to transfer/)).toBeVisible();
  await expect(page.getByLabel(/^EPP code/)).toBeVisible();
  await expect(page.getByLabel(/^Domain name/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowLeft');
  await expect(choice(page, REGISTER)).toBeChecked();
  // Tab to the search box, type, Enter searches (and does not submit the configurator).
  await page.keyboard.press('Tab');
  const search = page.getByLabel('Find your new domain');
  await expect(search).toBeFocused();
  await page.keyboard.type('taken-keys-e2e');
  await page.keyboard.press('Enter');
  const results = page.getByRole('group', { name: 'Choose a name' });
  await expect(results.locator('[data-domain="taken-keys-e2e.com"]')).toContainText('Already registered.');
  await expect(results.locator('[data-domain="taken-keys-e2e.com"]')).toContainText('Transfer: $10.99 USD');
  await expect(page).toHaveURL(/\/store\//);

  await search.fill('keys-e2e');
  await search.press('Enter');
  const com = results.getByRole('radio', { name: /^keys-e2e\.com/ });
  await expect(com).toBeVisible();
  await expect(results.locator('[data-domain="keys-e2e.net"]')).toContainText('$9.99 USD for the first year');
  await expect(results.locator('[data-domain="keys-e2e.net"]')).toContainText('then $13.99 USD every year');
  // Tab into the results: the first name has the focus, Space picks it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(com).toBeFocused();
  await page.keyboard.press('Space');
  await expect(com).toBeChecked();
  await expect(page.getByText('Your new domain: keys-e2e.com')).toBeVisible();
  await expectNoAxeViolations(page);

  // Back to "use my own" with the keyboard: what was typed there is kept.
  await choice(page, REGISTER).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(choice(page, OWN)).toBeChecked();
  await expect(page.getByLabel(/^Domain name/)).toBeVisible();
});
