import fs from 'node:fs';
import { dataDir } from '@/lib/config/env';
import { snapshotFile } from './snapshot-file';

/**
 * The proxy's check before a catalogue page: has this shop ever had a catalogue? Until it has,
 * visitors go through /api/catalogue/warm-up, which fetches one or answers 503. Once the file
 * exists it is never removed, so the answer is remembered and costs nothing afterwards.
 */
export const WARM_UP_PATH = '/api/catalogue/warm-up';
export const RETURN_PATH_HEADER = 'x-hostfront-return-path';

let seen = false;

export function catalogueEverLoaded(): boolean {
  if (!seen) seen = fs.existsSync(snapshotFile(dataDir()));
  return seen;
}
