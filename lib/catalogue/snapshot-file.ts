import path from 'node:path';

/** Where the last good catalogue is kept on disk (in DATA_DIR). */
const SNAPSHOT_FILE_NAME = 'catalogue-snapshot.json';

export function snapshotFile(dataDir: string): string {
  return path.join(dataDir, SNAPSHOT_FILE_NAME);
}
