import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { StoreDb } from '@/lib/store/db';

/**
 * "The catalogue changed", from one instance to every other on the same PostgreSQL, with
 * LISTEN/NOTIFY: no protocol of our own, no extra service. A notification carries the id of the
 * instance that sent it, so the sender does not act on its own announcement.
 */

const CHANNEL = 'hostfront_catalogue';
/** This process, as the sender of announcements. */
const THIS_INSTANCE: string = randomUUID();

export async function announceCatalogueChange(db: StoreDb, sender = THIS_INSTANCE): Promise<void> {
  await sql`SELECT pg_notify(${CHANNEL}, ${sender})`.execute(db);
}

interface Listener {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Calls `onChange` for each announcement of another instance. A lost connection is made again
 * (after `retryMs`), and `onChange` is then called once too: an announcement may have been missed.
 */
export function listenForCatalogueChanges(
  url: string,
  onChange: () => void,
  { self = THIS_INSTANCE, retryMs = 1000, log = console.error }: { self?: string; retryMs?: number; log?: (message: string) => void } = {},
): Listener {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const connect = async (reconnecting: boolean) => {
    const current = new pg.Client({ connectionString: url });
    client = current;
    const lost = (reason: string) => {
      if (stopped || client !== current) return;
      client = null;
      log(`[catalogue] lost the revalidation channel (${reason}); listening again in ${retryMs} ms`);
      void current.end().catch(() => {});
      retry = setTimeout(() => void connect(true), retryMs);
    };
    current.on('error', (error) => lost(error.message));
    current.on('end', () => lost('connection closed'));
    current.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload !== self) onChange();
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      lost((error as Error).message);
      return;
    }
    if (reconnecting) onChange();
    markReady();
  };
  void connect(false);

  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
