/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { validateConfigurationOrExit } = await import('./lib/config/startup');
    validateConfigurationOrExit();
  }
}
