import { canTakeOrders, type CheckResult } from '@/lib/doctor/checks';

/**
 * Readiness: can this instance serve a shop right now? Each check is a named probe of something
 * the storefront depends on (the store database, WHMCS); the instance is ready when every one
 * answers within the time limit. GET /api/health?ready=1 uses this, with `npm run doctor`'s
 * checklist as the WHMCS check.
 */

export interface ReadinessCheck {
  name: string;
  /** Resolves when the dependency answers; rejects (or outlasts the time limit) when it does not. */
  probe(): Promise<void>;
  /** Overrides the default time limit (the doctor makes a few dozen WHMCS calls, not one). */
  timeoutMs?: number;
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
    checks.map(async ({ name, probe, timeoutMs: own }) => {
      try {
        await Promise.race([probe(), timeout(own ?? timeoutMs)]);
        return { name, ok: true };
      } catch (error) {
        return { name, ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  return { ready: results.every((result) => result.ok), checks: results };
}

/**
 * The doctor's checklist as one readiness check: it passes when the shop can take orders (the
 * same verdict as `npm run doctor`'s exit status); when not, the error names each blocking
 * failure with its fix, for the server log.
 */
export function doctorCheck(runDoctor: () => Promise<readonly CheckResult[]>, timeoutMs: number): ReadinessCheck {
  return {
    name: 'whmcs (npm run doctor)',
    timeoutMs,
    probe: async () => {
      const results = await runDoctor();
      if (canTakeOrders(results)) return;
      const blocking = results.filter((result) => result.status === 'fail' && result.blocksOrders);
      throw new Error(blocking.map((result) => `${result.title}: ${result.detail ?? 'failed'}${result.fix ? ` (fix: ${result.fix})` : ''}`).join('; '));
    },
  };
}

/**
 * The last readiness, reused for `ttlMs` after it finished: load balancers ask every few seconds,
 * on every instance, and the answer must not cost the doctor's WHMCS calls each time. One run at
 * a time: askers while it runs (however long) share it.
 */
export function cachedReadiness(run: () => Promise<Readiness>, ttlMs: number, now: () => number = Date.now): () => Promise<Readiness> {
  let running: Promise<Readiness> | undefined;
  let last: { at: number; result: Readiness } | undefined;
  return async () => {
    if (last && now() - last.at < ttlMs) return last.result;
    running ??= run()
      .then((result) => {
        last = { at: now(), result };
        return result;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
}
