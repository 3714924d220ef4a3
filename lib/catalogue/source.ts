import type { CatalogueData } from './model';
import type { SnapshotStore } from './snapshot';

/**
 * Fetching the catalogue from WHMCS without ever letting an outage reach a customer:
 * - concurrent callers share one request (single flight), so a burst of page regenerations
 *   costs one GetProducts;
 * - every success is remembered as the last good catalogue;
 * - after a failure, WHMCS is left alone for a while (`retryAfterMs`) and callers fall back to
 *   the last good catalogue at once instead of each waiting for a timeout.
 */

export class CatalogueUnavailableError extends Error {
  override name = 'CatalogueUnavailableError';
}

export interface CatalogueLoaderDeps {
  /** Asks WHMCS (GetProducts + GetCurrencies). */
  fetch: () => Promise<CatalogueData>;
  snapshots: SnapshotStore;
  retryAfterMs: number;
  now?: () => number;
}

export interface CatalogueLoader {
  /** A fresh catalogue from WHMCS, remembered as the last good one; throws when WHMCS fails. */
  fetchFresh(): Promise<CatalogueData>;
  /** The last good catalogue, or null when WHMCS never answered (or not this WHMCS). */
  lastGood(): CatalogueData | null;
  /**
   * Keeps `data` as the last good catalogue unless it is that already: what a cache served (it
   * may hold a copy this process never fetched itself) must survive that cache being refreshed
   * while WHMCS is down.
   */
  remember(data: CatalogueData): void;
  /** Ends the pause after a failure: the next call asks WHMCS again. */
  forgetFailure(): void;
}

export function createCatalogueLoader({ fetch, snapshots, retryAfterMs, now = Date.now }: CatalogueLoaderDeps): CatalogueLoader {
  let inFlight: Promise<CatalogueData> | null = null;
  let lastFailure: { at: number; error: unknown } | null = null;

  async function attempt(): Promise<CatalogueData> {
    try {
      const data = await fetch();
      snapshots.write(data);
      lastFailure = null;
      return data;
    } catch (error) {
      lastFailure = { at: now(), error };
      throw error;
    }
  }

  return {
    fetchFresh() {
      if (lastFailure && now() - lastFailure.at < retryAfterMs) {
        return Promise.reject(
          new CatalogueUnavailableError('WHMCS failed moments ago; not asking again yet', { cause: lastFailure.error }),
        );
      }
      inFlight ??= attempt().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    lastGood: () => snapshots.read(),
    remember(data) {
      if (snapshots.read()?.fetchedAt !== data.fetchedAt) snapshots.write(data);
    },
    forgetFailure() {
      lastFailure = null;
    },
  };
}

/**
 * The catalogue data to render: what `load` gives (normally the cached fetch), remembered as the
 * last good copy, or that copy, marked stale, when `load` fails. Throws CatalogueUnavailableError
 * when there is neither.
 */
export async function loadWithFallback(
  load: () => Promise<CatalogueData>,
  loader: Pick<CatalogueLoader, 'lastGood' | 'remember'>,
  log: (message: string) => void = console.error,
): Promise<{ data: CatalogueData; stale: boolean }> {
  let data: CatalogueData;
  try {
    data = await load();
  } catch (error) {
    const last = loader.lastGood();
    if (last) {
      log(`Catalogue: WHMCS unavailable (${describe(error)}); serving the copy from ${last.fetchedAt}`);
      return { data: last, stale: true };
    }
    throw new CatalogueUnavailableError(`The catalogue cannot be loaded and no earlier copy exists: ${describe(error)}`, {
      cause: error,
    });
  }
  loader.remember(data);
  return { data, stale: false };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
