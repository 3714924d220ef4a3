import 'server-only';
import { createKnownSignIns, type KnownSignIns } from '@/lib/auth/known-sign-ins';
import { createRateLimiter, type RateLimiter } from '@/lib/auth/rate-limit';
import { cartStore, type CartStore } from '@/lib/cart/store';
import { catalogueSource } from '@/lib/catalogue/source-key';
import { CATALOGUE_RETRY_AFTER_FAILURE_MS } from '@/lib/catalogue/cache-policy.mjs';
import { sharedSnapshots } from '@/lib/catalogue/instances';
import { fileSnapshotStore } from '@/lib/catalogue/snapshot';
import { snapshotFile } from '@/lib/catalogue/snapshot-file';
import { createCatalogueLoader, type CatalogueLoader } from '@/lib/catalogue/source';
import { createAttemptStore, type AttemptStore } from '@/lib/checkout/attempt-store';
import { dataDir, env, usesSandbox } from '@/lib/config/env';
import { createSessionRegistry, type SessionRegistry } from '@/lib/session/revocation';
import { storeDb } from '@/lib/store/db';
import { createAvailabilityLookup } from '@/lib/domains/lookup';
import { domainWhois, getCurrencies, getProductAddons, getProductGroups, getProducts } from '@/lib/whmcs';
import { processWide } from '@/lib/process-wide';

/**
 * The composition root: every process-wide service of the shop is created here, wired to its
 * dependencies, once per process (held by lib/process-wide.ts, so every bundle of the server
 * shares it). Modules that use a service ask for it here instead of keeping their own copy.
 *
 * Not here: the store database connection itself (lib/store/db.ts owns opening it), and the
 * sandbox, which stands for a separate WHMCS and builds its own instance (lib/sandbox/index.ts).
 */

/**
 * Which WHMCS the catalogue comes from: part of its cache key and of its snapshot. Two servers
 * started from one build share its caches, so the sandbox (one per DATA_DIR) is named by its folder.
 */
export function catalogueSourceName(): string {
  return catalogueSource({ sandbox: usesSandbox(), dataDir: dataDir(), whmcsUrl: env().WHMCS_API_URL });
}

/**
 * The catalogue loader of a source (see catalogueSourceName): the last good copy and the pause
 * after a failure, which POST /api/revalidate must be able to end for the pages.
 */
export function catalogueLoader(source: string): CatalogueLoader {
  return processWide(`catalogue-loader:${source}`, () =>
    createCatalogueLoader({
      // GetProducts and GetCurrencies, plus the companion's group names and addons when WHMCS has it (null otherwise).
      fetch: async () => {
        const [products, currencies, groups, addons] = await Promise.all([getProducts(), getCurrencies(), getProductGroups(), getProductAddons()]);
        return { products, currencies, groups, addons, fetchedAt: new Date().toISOString() };
      },
      // Several instances on one database share the last good copy there (lib/catalogue/instances).
      snapshots: sharedSnapshots(source) ?? fileSnapshotStore(snapshotFile(dataDir()), source),
      retryAfterMs: CATALOGUE_RETRY_AFTER_FAILURE_MS,
    }),
  );
}

/** Sign-in attempts per email, IP and pair (lib/auth). */
export const authRateLimiter = (): RateLimiter => processWide('auth-rate-limiter', () => createRateLimiter(storeDb()));

/** The devices that signed in before (lib/auth). */
export const knownSignIns = (): KnownSignIns => processWide('known-sign-ins', () => createKnownSignIns(storeDb()));

/** Server-side sessions, which sign-out closes (lib/session). */
export const sessionRegistry = (): SessionRegistry => processWide('session-registry', () => createSessionRegistry(storeDb()));

/** Checkout attempts by idempotency key (lib/checkout). */
export const attemptStore = (): AttemptStore => processWide('attempt-store', () => createAttemptStore(storeDb()));

/** The carts table (lib/cart). */
export const cartTable = (): CartStore => processWide('cart-store', () => cartStore(storeDb()));

/** New carts per IP (lib/cart). */
export const newCartLimiter = (): RateLimiter => processWide('new-cart-limiter', () => createRateLimiter(storeDb()));

/** Domain searches per visitor (lib/domains/search-limit.ts). */
export const domainSearchLimiter = (): RateLimiter => processWide('domain-search-limiter', () => createRateLimiter(storeDb()));

/** How long one WHOIS answer is trusted, and how many lookups may run at once in this process. */
const WHOIS_TTL_MS = 5 * 60_000;
const WHOIS_CONCURRENCY = 4;

/** WHOIS lookups (lib/domains): cached briefly and bounded, shared by every request. */
export const domainAvailabilityLookup = () =>
  processWide('domain-availability', () => createAvailabilityLookup({ lookup: domainWhois, ttlMs: WHOIS_TTL_MS, concurrency: WHOIS_CONCURRENCY }));
