import { expect, expectNoAxeViolations, test } from './fixtures';
import { sandboxApi } from './api';

/**
 * Domain search on the sandbox. Its registry rule: names starting with "taken" (and a few
 * well-known ones, e.g. bücher.de) are registered, everything else on a sold TLD is free.
 * Featured TLDs by default: the ones WHMCS labels hot or sale (.com, .net).
 */
test.describe('domain search', () => {
  test('an available name shows its first-year price and what it renews at, and the featured TLDs', async ({ page }) => {
    await page.goto('/domains');
    await page.getByLabel('Domain name').fill('fresh-idea-e2e.io');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/domains\?query=fresh-idea-e2e\.io/);
    const results = page.getByRole('listitem');
    await expect(results).toHaveCount(3);
    const io = page.locator('[data-domain="fresh-idea-e2e.io"]');
    await expect(io).toContainText('Available');
    await expect(io).toContainText('$39.00 USD for the first year');
    await expect(io).toContainText('then $45.00 USD every year');
    // Featured: .com (hot) and .net (sale), after the name typed.
    await expect(results.nth(1)).toContainText('fresh-idea-e2e.com');
    await expect(page.locator('[data-domain="fresh-idea-e2e.net"]')).toContainText('$9.99 USD for the first year');
    await expect(page.locator('[data-domain="fresh-idea-e2e.net"]')).toContainText('then $13.99 USD every year');
    // The same prices GetTLDPricing gives.
    const { body: pricing } = await sandboxApi<{ pricing: Record<string, { register: Record<string, string> }> }>(page.request, 'GetTLDPricing', {
      currencyid: 1,
    });
    expect(pricing.pricing.io?.register['1']).toBe('39.00');
    await expectNoAxeViolations(page);
  });

  test('a taken name offers a transfer where the TLD allows one', async ({ page }) => {
    await page.goto('/domains?query=taken-by-someone.com');
    const com = page.locator('[data-domain="taken-by-someone.com"]');
    await expect(com).toContainText('Already registered: is it yours? Transfer it to us.');
    await expect(com).toContainText('Transfer: $10.99 USD');
    const { body: whois } = await sandboxApi<{ status: string }>(page.request, 'DomainWhois', { domain: 'taken-by-someone.com' });
    expect(whois.status).toBe('unavailable');
  });

  test('IDN names are shown in Unicode and looked up in punycode', async ({ page }) => {
    await page.goto(`/domains?query=${encodeURIComponent('bücher.de')}`);
    await expect(page.locator('[data-domain="bücher.de"]')).toContainText('Already registered');
    await page.goto(`/domains?query=${encodeURIComponent('neue-bücher-e2e.de')}`);
    await expect(page.locator('[data-domain="neue-bücher-e2e.de"]')).toContainText('Available');
    await expect(page.locator('[data-domain="neue-bücher-e2e.de"]')).toContainText('$8.49 USD');
  });

  test('bad input gets a message by the field', async ({ page }) => {
    await page.goto('/domains?query=fresh-idea.xyz');
    const field = page.getByLabel('Domain name');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText("We don't sell .xyz domains");
    await expect(page.getByRole('listitem')).toHaveCount(0);
  });

  test("WHMCS's cart links open the search", async ({ page }) => {
    await page.goto('/cart.php?a=add&domain=register&sld=linked-idea&tld=.org');
    await expect(page).toHaveURL(/\/domains\?query=linked-idea\.org$/);
    await expect(page.getByLabel('Domain name')).toHaveValue('linked-idea.org');
    await expect(page.locator('[data-domain="linked-idea.org"]')).toContainText('Available');
  });

  test('prices follow the visitor currency', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'currency', value: 'EUR', url: baseURL ?? '' }]);
    await page.goto('/domains?query=euro-idea-e2e.com');
    await expect(page.locator('[data-domain="euro-idea-e2e.com"]')).toContainText('€11.95 EUR');
  });
});
