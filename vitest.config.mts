import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // `server-only` throws outside React Server Components; unit tests run server code directly.
      'server-only': path.join(import.meta.dirname, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
    // A throw-away PostgreSQL: the stores' tests run on it as well as on SQLite.
    globalSetup: ['lib/testing/postgres-global-setup.ts'],
    pool: 'forks',
    testTimeout: 15_000,
  },
});
