import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The frame around every page: the header's product groups at every width, and the loading bar
 * between pages.
 */

/** The group names as the home page lists them (one card per group). */
async function groupNames(page: Page): Promise<string[]> {
  await page.goto('/');
  const names = await page.locator('main article h2').allTextContents();
  expect(names.length).toBeGreaterThan(1);
  return names.map((name) => name.trim());
}

const productsNav = (page: Page) => page.getByRole('navigation', { name: 'Products' });
const productsButton = (page: Page) => page.getByRole('button', { name: 'Products' });

for (const width of [320, 360, 800, 1024, 1280]) {
  test(`every product group is reachable from the header at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const names = await groupNames(page);
    await page.goto('/cart');
    if (width < 768) {
      // Small screens: behind a disclosure button, closed until asked.
      await expect(productsButton(page)).toHaveAttribute('aria-expanded', 'false');
      await expect(productsNav(page)).toBeHidden();
      await productsButton(page).click();
      await expect(productsButton(page)).toHaveAttribute('aria-expanded', 'true');
    } else {
      await expect(productsButton(page)).toBeHidden();
    }
    for (const name of names) {
      // Wholly on screen: not clipped by a scrolling row, not off the edge.
      await expect(productsNav(page).getByRole('link', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);
  });
}

test('the Products menu works with the keyboard and closes on the way to a group', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const [first] = await groupNames(page);
  const button = productsButton(page);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(productsNav(page).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();

  await page.keyboard.press('Space');
  await productsNav(page).getByRole('link', { name: first, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first!);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(productsNav(page)).toBeHidden();
});

test('a page that is slow to arrive shows a loading bar until it does', async ({ page }) => {
  // Hold back every request for the group page (prefetch included), as a slow network would.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/store\/vps(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await productsNav(page).getByRole('link', { name: 'Cloud VPS', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: 'Loading the page' })).toBeVisible();
  release();
  await expect(page).toHaveURL(/\/store\/vps$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});
