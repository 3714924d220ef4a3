import path from 'node:path';

/**
 * Where the last good catalogue is kept on disk. Its own module, free of server-only imports,
 * because the proxy also checks for it (see proxy.ts: no snapshot yet means a visitor may have
 * to wait for, or be told about, an unreachable WHMCS).
 */
export const SNAPSHOT_FILE_NAME = 'catalogue-snapshot.json';

export function snapshotFile(dataDir: string): string {
  return path.join(dataDir, SNAPSHOT_FILE_NAME);
}
