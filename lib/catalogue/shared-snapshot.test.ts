import { expect, it } from 'vitest';
import { describeEachDialect } from '@/lib/store/test-databases';
import type { CatalogueData } from './model';
import { sharedSnapshotStore } from './shared-snapshot';

const catalogue = (fetchedAt: string): CatalogueData =>
  ({
    products: [{ pid: 1, slug: 'starter', groupSlug: 'hosting', pricing: {} }],
    currencies: [{ id: 1, code: 'USD' }],
    fetchedAt,
  }) as unknown as CatalogueData;

/** Writes do not hold up the page that fetched the catalogue; `load` waits for them. */
const settled = async (store: { load(): Promise<void> }) => store.load();

describeEachDialect('the shared catalogue snapshot', ({ open, connectAgain }) => {
  it('a copy one instance fetched is what a new instance serves', async () => {
    const db = await open();
    const first = sharedSnapshotStore(db, 'whmcs:https://billing.example.com');
    expect(first.persisted()).toBe(false);
    first.write(catalogue('2030-01-01T00:00:00.000Z'));
    await settled(first);
    expect(first.persisted()).toBe(true);

    const newcomer = sharedSnapshotStore(connectAgain(db), 'whmcs:https://billing.example.com');
    expect(newcomer.read()).toBeNull();
    await newcomer.load();
    expect(newcomer.read()?.fetchedAt).toBe('2030-01-01T00:00:00.000Z');
    // Another WHMCS's copy is never served.
    const other = sharedSnapshotStore(db, 'sandbox:/srv/data');
    await other.load();
    expect(other.read()).toBeNull();
  });

  it('keeps the newest copy, whichever instance writes last', async () => {
    const db = await open();
    const [a, b] = [sharedSnapshotStore(db, 's'), sharedSnapshotStore(connectAgain(db), 's')];
    b.write(catalogue('2030-01-02T00:00:00.000Z'));
    await settled(b);
    a.write(catalogue('2030-01-01T00:00:00.000Z'));
    await settled(a);
    const reader = sharedSnapshotStore(db, 's');
    await reader.load();
    expect(reader.read()?.fetchedAt).toBe('2030-01-02T00:00:00.000Z');
  });

  it('ignores a damaged row', async () => {
    const db = await open();
    await db.insertInto('catalogue_snapshots').values({ source: 's', snapshot: '{"version":1,', fetched_at: 'x' }).execute();
    const store = sharedSnapshotStore(db, 's');
    await store.load();
    expect(store.read()).toBeNull();
  });
});
