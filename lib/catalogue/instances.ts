import 'server-only';
import { env } from '@/lib/config/env';
import { secret } from '@/lib/config/secrets';
import { processWide } from '@/lib/process-wide';
import { storeDb } from '@/lib/store/db';
import { announceCatalogueChange, listenForCatalogueChanges } from './revalidation-channel';
import { sharedSnapshotStore, type SharedSnapshotStore } from './shared-snapshot';

/**
 * One catalogue across the instances of a shop on one PostgreSQL (DATABASE_URL); nothing at all
 * on a single server. The last good copy lives in the database, and a revalidation on one
 * instance (POST /api/revalidate) is announced to the others, which revalidate their own cache:
 * each still asks WHMCS at most once per window.
 */

/** Marks POST /api/revalidate requests an instance sends itself for a change announced elsewhere. */
export const RELAYED_HEADER = 'x-hostfront-relayed';

/**
 * The shared last good copy for `source`, or null on a single server. One per process (held by
 * lib/process-wide.ts, so every bundle of the server shares it); it starts reading the stored copy
 * as soon as it is made.
 */
export function sharedSnapshots(source: string): SharedSnapshotStore | null {
  if (!env().DATABASE_URL) return null;
  return processWide(`catalogue-shared-snapshots:${source}`, () => {
    const store = sharedSnapshotStore(storeDb(), source);
    store.load().catch((error: unknown) => console.error('[catalogue] could not read the shared snapshot', error));
    return store;
  });
}

/** After a revalidation asked of this instance: the others revalidate too. */
export async function announceToOtherInstances(): Promise<void> {
  if (!env().DATABASE_URL) return;
  try {
    await announceCatalogueChange(storeDb());
  } catch (error) {
    console.error('[catalogue] could not tell the other instances about the revalidation', error);
  }
}

/** At start-up (instrumentation.ts): listen for revalidations announced by the other instances. */
export function listenToOtherInstances(): void {
  const url = env().DATABASE_URL;
  if (url) listenForCatalogueChanges(url, () => void revalidateThisInstance());
}

/**
 * Next.js revalidates a tag only within a request of the server that holds the cache, so an
 * announced change is passed to this instance's own POST /api/revalidate (marked as relayed, so
 * that it is not announced again). `next start` puts its port in PORT.
 */
async function revalidateThisInstance(): Promise<void> {
  try {
    const response = await fetch(`http://127.0.0.1:${process.env.PORT ?? '3000'}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret('REVALIDATE_SECRET')}`, [RELAYED_HEADER]: '1' },
    });
    if (!response.ok) console.error(`[catalogue] revalidating after another instance's change failed: HTTP ${response.status}`);
  } catch (error) {
    console.error("[catalogue] could not revalidate after another instance's change", error);
  }
}
