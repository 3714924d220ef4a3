import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENCIES, starter } from '@/lib/pricing/fixtures';
import type { CatalogueData } from './model';
import { fileSnapshotStore } from './snapshot';
import { snapshotFile } from './snapshot-file';
import { CatalogueUnavailableError, createCatalogueLoader, loadWithFallback } from './source';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-source-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const good: CatalogueData = { products: [starter], currencies: CURRENCIES, fetchedAt: '2025-01-01T00:00:00.000Z' };
const down = () => Promise.reject(new Error('WHMCS did not answer GetProducts within 10000 ms'));
const quiet = () => {};

function setup(fetch: () => Promise<CatalogueData>, now = () => 0) {
  const snapshots = fileSnapshotStore(snapshotFile(dir), 'sandbox', quiet);
  const loader = createCatalogueLoader({ fetch, snapshots, retryAfterMs: 30_000, now });
  return { snapshots, loader };
}

describe('catalogue loader', () => {
  it('remembers every successful fetch on disk', async () => {
    const { loader } = setup(() => Promise.resolve(good));
    await expect(loader.fetchFresh()).resolves.toEqual(good);
    const onDisk = JSON.parse(fs.readFileSync(snapshotFile(dir), 'utf8'));
    expect(onDisk).toMatchObject({ version: 1, source: 'sandbox', data: good });
  });

  it('shares one WHMCS request between concurrent callers', async () => {
    const fetch = vi.fn(() => new Promise<CatalogueData>((resolve) => setTimeout(() => resolve(good), 10)));
    const { loader } = setup(fetch);
    const results = await Promise.all([loader.fetchFresh(), loader.fetchFresh(), loader.fetchFresh()]);
    expect(results).toEqual([good, good, good]);
    expect(fetch).toHaveBeenCalledTimes(1);
    await loader.fetchFresh();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('leaves WHMCS alone for a while after a failure, then asks again', async () => {
    let time = 0;
    const fetch = vi.fn<() => Promise<CatalogueData>>(down);
    const { loader } = setup(fetch, () => time);
    await expect(loader.fetchFresh()).rejects.toThrow(/did not answer/);
    time = 29_999;
    await expect(loader.fetchFresh()).rejects.toThrow(CatalogueUnavailableError);
    expect(fetch).toHaveBeenCalledTimes(1);
    time = 30_000;
    fetch.mockImplementation(() => Promise.resolve(good));
    await expect(loader.fetchFresh()).resolves.toEqual(good);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again at once when told the failure is over (a revalidation request)', async () => {
    const fetch = vi.fn<() => Promise<CatalogueData>>(down);
    const { loader } = setup(fetch);
    await expect(loader.fetchFresh()).rejects.toThrow();
    loader.forgetFailure();
    fetch.mockImplementation(() => Promise.resolve(good));
    await expect(loader.fetchFresh()).resolves.toEqual(good);
  });
});

describe('loadWithFallback', () => {
  it('serves the fresh catalogue when WHMCS answers', async () => {
    const { loader } = setup(() => Promise.resolve(good));
    await expect(loadWithFallback(() => loader.fetchFresh(), loader, quiet)).resolves.toEqual({ data: good, stale: false });
  });

  it('serves the last good catalogue, marked stale, when the fetch throws', async () => {
    let answer: () => Promise<CatalogueData> = () => Promise.resolve(good);
    const { loader } = setup(() => answer());
    await loader.fetchFresh();
    answer = down;
    const log = vi.fn();
    await expect(loadWithFallback(down, loader, log)).resolves.toEqual({ data: good, stale: true });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('did not answer'));
  });

  it('survives a restart: a new process reads the copy from disk', async () => {
    const first = setup(() => Promise.resolve(good));
    await first.loader.fetchFresh();
    const second = setup(down);
    await expect(loadWithFallback(down, second.loader, quiet)).resolves.toEqual({ data: good, stale: true });
  });

  it('never serves a copy taken from another WHMCS', async () => {
    await setup(() => Promise.resolve(good)).loader.fetchFresh();
    const snapshots = fileSnapshotStore(snapshotFile(dir), 'https://billing.example.com/includes/api.php', quiet);
    const loader = createCatalogueLoader({ fetch: down, snapshots, retryAfterMs: 0 });
    await expect(loadWithFallback(down, loader, quiet)).rejects.toThrow(CatalogueUnavailableError);
  });

  it('ignores a damaged snapshot file', async () => {
    fs.writeFileSync(snapshotFile(dir), '{"version":1,"source":"sandbox","data":{"products":[');
    const { loader } = setup(down);
    await expect(loadWithFallback(down, loader, quiet)).rejects.toThrow(CatalogueUnavailableError);
  });

  it('says the catalogue is unavailable when there is no earlier copy', async () => {
    const { loader } = setup(down);
    const failure = loadWithFallback(down, loader, quiet);
    await expect(failure).rejects.toThrow(CatalogueUnavailableError);
    await expect(failure).rejects.toThrow(/no earlier copy/);
  });

  it('keeps serving from memory when the data directory cannot be written', async () => {
    fs.writeFileSync(path.join(dir, 'blocker'), '');
    const snapshots = fileSnapshotStore(path.join(dir, 'blocker', 'snapshot.json'), 'sandbox', quiet);
    let answer: () => Promise<CatalogueData> = () => Promise.resolve(good);
    const loader = createCatalogueLoader({ fetch: () => answer(), snapshots, retryAfterMs: 0 });
    await loader.fetchFresh();
    expect(snapshots.persisted()).toBe(false);
    answer = down;
    await expect(loadWithFallback(down, loader, quiet)).resolves.toEqual({ data: good, stale: true });
  });

  it('keeps what a cache served as the last good copy, so a refresh during an outage does not lose it', async () => {
    // The page's data cache held a catalogue this process never fetched itself (fetched by an
    // earlier process, whose DATA_DIR copy is gone); then it is refreshed while WHMCS is down.
    const { loader, snapshots } = setup(down);
    let cache: () => Promise<CatalogueData> = () => Promise.resolve(good);
    await expect(loadWithFallback(() => cache(), loader, quiet)).resolves.toEqual({ data: good, stale: false });
    expect(snapshots.persisted()).toBe(true);
    cache = () => loader.fetchFresh();
    await expect(loadWithFallback(() => cache(), loader, quiet)).resolves.toEqual({ data: good, stale: true });
  });

  it('writes the copy a cache serves once, not on every read', async () => {
    const { loader, snapshots } = setup(down);
    const write = vi.spyOn(snapshots, 'write');
    for (let i = 0; i < 3; i++) await loadWithFallback(() => Promise.resolve(good), loader, quiet);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
