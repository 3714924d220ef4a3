import { decode } from 'html-entities';
import { sandboxProducts, storePath } from './api';
import { expect, test } from './fixtures';

test('the home page shows the demo catalogue read through the WHMCS client', async ({ page, request }) => {
  const products = await sandboxProducts(request);
  expect(products.length).toBeGreaterThanOrEqual(8);

  await page.goto('/');
  const groupPaths = new Set(products.map((p) => storePath(p).split('/').slice(0, 3).join('/')));
  for (const groupPath of groupPaths) {
    await expect(page.locator(`main a[href="${groupPath}"]`).first()).toBeVisible();
  }

  for (const groupPath of groupPaths) {
    await page.goto(groupPath);
    for (const product of products.filter((p) => storePath(p).startsWith(`${groupPath}/`))) {
      await expect(page.getByRole('heading', { name: decode(product.name), exact: true })).toBeVisible();
    }
  }
});
