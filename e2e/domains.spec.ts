import type { APIRequestContext } from '@playwright/test';
import { sandboxApi } from './api';
import { DEMO, signIn } from './checkout.helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

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
    const results = page.getByRole('main').getByRole('listitem');
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
    await expect(field).toHaveAccessibleDescription(/We don't sell \.xyz domains/);
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
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

test.describe('My domains', () => {
  interface WireDomain {
    domainname: string;
    status: string;
    expirydate: string;
  }
  async function demoDomain(request: APIRequestContext, name: string): Promise<WireDomain | undefined> {
    const { body } = await sandboxApi<{ domains: { domain: WireDomain[] } }>(request, 'GetClientsDomains', { clientid: DEMO.clientId });
    return body.domains.domain.find((d) => d.domainname === name);
  }

  test('lists status, expiry and auto-renew, and renews a domain that expires soon: renewal invoice at the price shown, paid = expiry moved on', async ({ page }) => {
    await signIn(page, DEMO.email, DEMO.password, '/account/domains');
    const before = await demoDomain(page.request, 'demo-shop.net');
    expect(before?.status).toBe('Active');
    const row = page.locator('[data-domain="demo-shop.net"]');
    await expect(row).toContainText('Active');
    await expect(row).toContainText('Auto-renew on');
    await expect(page.locator('[data-domain="demo-shop.com"]')).toContainText('renews at $16.49 USD');
    const period = row.getByLabel('Renew demo-shop.net for');
    await expect(period.locator('option')).toHaveText(['1 year, $13.99 USD', '2 years, $27.98 USD', '3 years, $41.97 USD']);
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: 'Renew demo-shop.net' }).click();

    await expect(page).toHaveURL(/\/sandbox\/invoice\/\d+$/);
    const invoiceId = Number(/\/sandbox\/invoice\/(\d+)$/.exec(page.url())?.[1]);
    const { body: invoice } = await sandboxApi<{ total: string; items: { item: { description: string; amount: string }[] } }>(page.request, 'GetInvoice', {
      invoiceid: invoiceId,
    });
    expect(invoice.total).toBe('13.99');
    expect(invoice.items.item).toHaveLength(1);
    expect(invoice.items.item[0]?.description).toMatch(/^Domain Renewal - demo-shop\.net - 1 Year\/s/);
    expect(invoice.items.item[0]?.amount).toBe('13.99');

    await page.getByRole('button', { name: 'Mark as paid' }).click();
    await expect.poll(async () => (await demoDomain(page.request, 'demo-shop.net'))?.expirydate).not.toBe(before?.expirydate);
    const after = await demoDomain(page.request, 'demo-shop.net');
    const year = (iso: string | undefined) => Number(iso?.slice(0, 4));
    expect(year(after?.expirydate)).toBe(year(before?.expirydate) + 1);
    expect(after?.expirydate.slice(4)).toBe(before?.expirydate.slice(4));
  });
});
