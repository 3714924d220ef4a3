/**
 * Runs once when the server starts: a bad configuration stops it here, with a message naming the
 * variable, instead of failing on some later request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { parseEnv, ConfigError } = await import('./lib/config/env');
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
