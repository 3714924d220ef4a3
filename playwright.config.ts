import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium.mjs';

/**
 * Run through `npm run test:e2e` (scripts/e2e.mjs), which builds and starts the production server
 * and passes its address in BASE_URL. Specs named `*.faults.spec.ts` break the shared sandbox on
 * purpose (unreachable, failing AddOrder), so they run alone, after everything else.
 */
const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const use = {
  ...devices['Desktop Chrome'],
  baseURL,
  launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  trace: 'retain-on-failure' as const,
  screenshot: 'only-on-failure' as const,
};

export default defineConfig({
  testDir: './e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  projects: [
    { name: 'journeys', testIgnore: /\.faults\.spec\.ts$/, use },
    { name: 'faults', testMatch: /\.faults\.spec\.ts$/, dependencies: ['journeys'], fullyParallel: false, workers: 1, use },
  ],
});
