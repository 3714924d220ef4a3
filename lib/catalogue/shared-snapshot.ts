import type { StoreDb } from '@/lib/store/db';
import type { CatalogueData } from './model';
import { parseSnapshot, snapshotJson, type SnapshotStore } from './snapshot';

/**
 * The last good catalogue in the store database, for several instances on one PostgreSQL
 * (DATABASE_URL): what one instance fetched, a new instance can serve while WHMCS is down.
 * Pages read it synchronously, so it is kept in memory; `load()` fills that from the database
 * (at start-up), and every write goes to both.
 */
export interface SharedSnapshotStore extends SnapshotStore {
  /** Reads the stored copy into memory (after this process's pending writes), unless this process has a newer one. */
  load(): Promise<void>;
}

export function sharedSnapshotStore(db: StoreDb, source: string, log: (message: string) => void = console.error): SharedSnapshotStore {
  let memory: CatalogueData | null = null;
  let stored = false;
  let writing: Promise<void> = Promise.resolve();

  return {
    async load() {
      // After this process's own writes, so that it reads what it wrote.
      await writing;
      const row = await db.selectFrom('catalogue_snapshots').select('snapshot').where('source', '=', source).executeTakeFirst();
      if (!row) return;
      stored = true;
      let json: unknown;
      try {
        json = JSON.parse(row.snapshot);
      } catch {
        return;
      }
      const data = parseSnapshot(json, source);
      if (data && (!memory || data.fetchedAt > memory.fetchedAt)) memory = data;
    },

    read: () => memory,

    write(data) {
      memory = data;
      // In order, so an older copy never lands after a newer one from this process.
      writing = writing.then(async () => {
        try {
          const snapshot = snapshotJson(source, data);
          await db
            .insertInto('catalogue_snapshots')
            .values({ source, snapshot, fetched_at: data.fetchedAt })
            .onConflict((oc) =>
              // Another instance may have stored a newer copy meanwhile: keep that one.
              oc.column('source').doUpdateSet({ snapshot, fetched_at: data.fetchedAt }).where('catalogue_snapshots.fetched_at', '<', data.fetchedAt),
            )
            .execute();
          stored = true;
        } catch (error) {
          // The in-memory copy still protects this process; the database only adds other instances.
          log(`Could not save the catalogue snapshot to the database: ${(error as Error).message}`);
        }
      });
    },

    persisted: () => stored,
  };
}
