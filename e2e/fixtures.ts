import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { clearSandboxFaults, writeSandboxFaults, type SandboxFaults } from '../lib/sandbox/faults';

/** WCAG 2.2 AA, as UI.md asks. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The running server's DATA_DIR (a throw-away folder made by scripts/e2e.mjs). */
export function e2eDataDir(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run the suite with `npm run test:e2e`');
  return dir;
}

/** Makes the sandbox misbehave (see lib/sandbox/faults.ts); only for `*.faults.spec.ts`. */
export function setSandboxFaults(faults: SandboxFaults | null) {
  if (faults) writeSandboxFaults(e2eDataDir(), faults);
  else clearSandboxFaults(e2eDataDir());
}

/** The sandbox API credentials `npm run test:e2e` gives the server (there are no published defaults). */
export const SANDBOX_CREDENTIALS = {
  identifier: process.env.SANDBOX_API_IDENTIFIER ?? '',
  secret: process.env.SANDBOX_API_SECRET ?? '',
};

export const test = base;
export { expect };
