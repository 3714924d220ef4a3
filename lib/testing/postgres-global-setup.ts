import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../scripts/lib/postgres.mjs';

/**
 * One throw-away PostgreSQL for the whole unit-test run: every store's tests run against it as
 * well as SQLite (lib/store/test-databases.ts). Without PostgreSQL installed this fails, naming
 * the package to install, rather than quietly testing SQLite only.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const postgres = await startPostgres();
  project.provide('postgresUrl', postgres.url);
  return () => postgres.stop();
}
