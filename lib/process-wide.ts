/**
 * The one place process-wide state is held. Next.js loads a module once per bundle (pages, route
 * handlers, the proxy and instrumentation are separate bundles in one Node.js process), so a
 * module-level variable would give each bundle its own copy: a second catalogue loader that never
 * hears of the first one's failure, a second peer token. Everything that must exist once per
 * process is kept here, on globalThis, under one registry.
 *
 * Services (catalogue loader, stores, limiters) are created by the composition root,
 * lib/app-services.ts; the few slots the proxy and instrumentation share (sold currencies, the
 * peer token, request hooks) use this directly, since the proxy's bundle must stay free of the
 * services' imports. No imports here, for the same reason.
 */
const REGISTRY = Symbol.for('hostfront.process-wide');
type WithRegistry = typeof globalThis & { [REGISTRY]?: Map<string, unknown> };

function registry(): Map<string, unknown> {
  const global = globalThis as WithRegistry;
  global[REGISTRY] ??= new Map();
  return global[REGISTRY];
}

/** The process's one `name`, created by `create` on first use. */
export function processWide<T>(name: string, create: () => T): T {
  const held = registry();
  if (!held.has(name)) held.set(name, create());
  return held.get(name) as T;
}

/** Replaces the process's `name` (a value that changes, such as the currencies the shop sells). */
export function setProcessWide<T>(name: string, value: T): void {
  registry().set(name, value);
}

/** The process's `name`, or undefined while nothing set it. */
export function readProcessWide<T>(name: string): T | undefined {
  return registry().get(name) as T | undefined;
}
