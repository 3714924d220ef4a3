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
