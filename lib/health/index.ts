import 'server-only';
import { sql } from 'kysely';
import { env } from '@/lib/config/env';
import { storeDb } from '@/lib/store/db';
import { getCurrencies } from '@/lib/whmcs';
import { cachedReadiness, checkReadiness, type ReadinessCheck } from './readiness';

/** What this instance needs to serve (`npm run doctor` can export and extend this list): the store database (SQLite or PostgreSQL) and WHMCS (or the sandbox). */
function storefrontChecks(): ReadinessCheck[] {
  return [
    {
      name: 'database',
      probe: async () => {
        await sql`SELECT 1`.execute(storeDb());
      },
    },
    {
      // The cheapest call every WHMCS answers, with the shop's credentials.
      name: 'whmcs',
      probe: async () => {
        await getCurrencies();
      },
    },
  ];
}

/** Answers are reused for this long; probes give up after the WHMCS timeout or 5 s, whichever is less. */
const READINESS_TTL_MS = 5_000;

export const storefrontReadiness = cachedReadiness(
  () => checkReadiness(storefrontChecks(), Math.min(5_000, env().WHMCS_TIMEOUT_MS)),
  READINESS_TTL_MS,
);
