import { sql } from 'kysely';
import { describe, expect, inject, it, vi } from 'vitest';
import { openStoreDb } from '@/lib/store/db';
import { announceCatalogueChange, listenForCatalogueChanges } from './revalidation-channel';

describe('the catalogue revalidation channel (PostgreSQL LISTEN/NOTIFY)', () => {
  it("reaches every other instance, and not the sender's own listener", async () => {
    const url = inject('postgresUrl');
    const db = openStoreDb({ postgresUrl: url });
    const onB = vi.fn();
    const onA = vi.fn();
    const b = listenForCatalogueChanges(url, onB, { self: 'instance-b' });
    const a = listenForCatalogueChanges(url, onA, { self: 'instance-a' });
    try {
      await Promise.all([a.ready, b.ready]);
      await announceCatalogueChange(db, 'instance-a');
      await vi.waitFor(() => expect(onB).toHaveBeenCalledTimes(1), { timeout: 5000 });
      expect(onA).not.toHaveBeenCalled();
    } finally {
      await Promise.all([a.stop(), b.stop(), db.destroy()]);
    }
  });

  it('listens again after losing its connection, and then assumes it missed a change', async () => {
    const url = inject('postgresUrl');
    const db = openStoreDb({ postgresUrl: url });
    const onChange = vi.fn();
    const listener = listenForCatalogueChanges(url, onChange, { self: 'instance-b', retryMs: 50, log: () => {} });
    try {
      await listener.ready;
      // What a database restart or a network cut does to the listening connection.
      await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN hostfront_catalogue'`.execute(db);
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 5000 });
      await announceCatalogueChange(db, 'instance-a');
      await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2), { timeout: 5000 });
    } finally {
      await Promise.all([listener.stop(), db.destroy()]);
    }
  });
});
