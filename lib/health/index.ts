import 'server-only';
import { sql } from 'kysely';
import { loadCatalogueConfig } from '@/lib/catalogue/config-file';
import { env, usesSandbox } from '@/lib/config/env';
import { runDoctor } from '@/lib/doctor/checks';
import { storeDb } from '@/lib/store/db';
import { defaultClient } from '@/lib/whmcs/connection';
import { cachedReadiness, checkReadiness, doctorCheck, type ReadinessCheck } from './readiness';

/** Time for the doctor's whole checklist (a few dozen harmless WHMCS calls, a few at a time). */
const DOCTOR_TIMEOUT_MS = 30_000;

/** What this instance needs to serve: the store database (SQLite or PostgreSQL) answers, and `npm run doctor` says the shop can take orders. */
function storefrontChecks(): ReadinessCheck[] {
  return [
    {
      name: 'database',
      probe: async () => {
        await sql`SELECT 1`.execute(storeDb());
      },
    },
    doctorCheck(
      () => runDoctor({ call: defaultClient().call, config: loadCatalogueConfig(process.env, { sandbox: usesSandbox() }) }),
      DOCTOR_TIMEOUT_MS,
    ),
  ];
}

/** Answers are reused for a minute after each run; the database probe gives up after the WHMCS timeout or 5 s, whichever is less. */
const READINESS_TTL_MS = 60_000;

export const storefrontReadiness = cachedReadiness(
  () => checkReadiness(storefrontChecks(), Math.min(5_000, env().WHMCS_TIMEOUT_MS)),
  READINESS_TTL_MS,
);
