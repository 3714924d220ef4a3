import path from 'node:path';

/**
 * The name of the WHMCS a catalogue came from, which keys every cached copy of it (Next.js's data
 * cache, the snapshot in DATA_DIR): a real WHMCS by its API URL, the built-in sandbox by its data
 * folder (each DATA_DIR holds its own sandbox, and two servers may run from one build).
 */
export function catalogueSource({ sandbox, dataDir, whmcsUrl }: { sandbox: boolean; dataDir: string; whmcsUrl: string | undefined }): string {
  return sandbox ? `sandbox:${path.resolve(dataDir)}` : `whmcs:${whmcsUrl ?? 'unknown'}`;
}
