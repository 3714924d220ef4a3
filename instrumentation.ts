/** Runs once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { validateConfigurationOrExit } = await import('./lib/config/startup');
    validateConfigurationOrExit();
    // Requests carry the address of their connection, and HTTPS shops send HSTS (see lib/security).
    const { installPeerStamp } = await import('./lib/security/peer-address');
    const { installStrictTransportSecurity } = await import('./lib/security/strict-transport');
    const { env } = await import('./lib/config/env');
    installPeerStamp();
    installStrictTransportSecurity(env().SHOP_URL);
    // The store's schema is brought up to date before the first request (not while building).
    if (process.env.NEXT_PHASE !== 'phase-production-build') {
      const { prepareStoreOrExit } = await import('./lib/config/startup');
      await prepareStoreOrExit();
      // Several instances on one database: revalidations reach every one (lib/catalogue/instances).
      const { listenToOtherInstances } = await import('./lib/catalogue/instances');
      listenToOtherInstances();
    }
  }
}
