/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // First, so that requests carry the address of their connection (see lib/security/peer-address.ts).
    (await import('./lib/security/peer-address')).installPeerStamp();
    const { validateConfigurationOrExit } = await import('./lib/config/startup');
    validateConfigurationOrExit();
  }
}
