import { ConfigError, parseEnv } from './env';

/**
 * Stops the server at start-up when the configuration is bad, with a message naming the variable,
 * instead of failing on some later request. Node.js only (see instrumentation.ts).
 */
export function validateConfigurationOrExit(): void {
  try {
    parseEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\nHostfront cannot start. ${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * Opens the store database and runs its migrations (lib/store/db), so that an unreachable
 * DATABASE_URL or a failed migration stops the server at start-up with the reason.
 */
export async function prepareStoreOrExit(): Promise<void> {
  const { storeDb } = await import('@/lib/store/db');
  const { sql } = await import('kysely');
  try {
    // The first query runs the migrations.
    await sql`SELECT 1`.execute(storeDb());
  } catch (error) {
    const where = process.env.DATABASE_URL ? 'the PostgreSQL database in DATABASE_URL' : 'the SQLite store in DATA_DIR';
    console.error(`\nHostfront cannot start: ${where} could not be opened and migrated.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
