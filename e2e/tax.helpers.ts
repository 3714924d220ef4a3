import type { Page } from '@playwright/test';

/**
 * Screenshots of the tax pages at 360 and 1280 px, only when TAX_SHOTS_DIR names a folder (a
 * look at the pages for review; the suite itself takes none).
 */
export async function screenshots(page: Page, name: string) {
  const dir = process.env.TAX_SHOTS_DIR;
  if (!dir) return;
  const size = page.viewportSize();
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}
