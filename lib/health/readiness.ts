/**
 * Readiness: can this instance serve a shop right now? Each check is a named probe of something
 * the storefront depends on (the store database, WHMCS); the instance is ready when every one
 * answers within the time limit. `npm run doctor` and GET /api/health?ready=1 share this.
 */

export interface ReadinessCheck {
  name: string;
  /** Resolves when the dependency answers; rejects (or outlasts the time limit) when it does not. */
  probe(): Promise<void>;
}

export interface Readiness {
  ready: boolean;
  /** Per check, for the server log and the doctor: never shown to anonymous callers. */
  checks: { name: string; ok: boolean; error?: string }[];
}

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref?.());

export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs: number): Promise<Readiness> {
  const results = await Promise.all(
    checks.map(async ({ name, probe }) => {
      try {
        await Promise.race([probe(), timeout(timeoutMs)]);
        return { name, ok: true };
      } catch (error) {
        return { name, ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  return { ready: results.every((result) => result.ok), checks: results };
}

/**
 * The last readiness, reused for `ttlMs`: load balancers ask every few seconds, on every
 * instance, and the answer must not cost a WHMCS call each time. Concurrent askers share one run.
 */
export function cachedReadiness(run: () => Promise<Readiness>, ttlMs: number, now: () => number = Date.now): () => Promise<Readiness> {
  let last: { at: number; result: Promise<Readiness> } | undefined;
  return () => {
    if (!last || now() - last.at >= ttlMs) last = { at: now(), result: run() };
    return last.result;
  };
}
