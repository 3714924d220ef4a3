import type { StoreDb } from '@/lib/store/db';
import { MOVES, OPEN_STATES, type Attempt, type AttemptState, type MoveFields, type MoveName, type NewAttempt } from './attempts';

/**
 * Checkout attempts in the store db (DATA_DIR): all of checkout's SQL. An attempt is written
 * BEFORE AddOrder is sent; every change of state is a guarded `UPDATE ... WHERE state IN (...)`
 * built from `MOVES`, so of two workers racing on one key exactly one wins.
 */

const TABLE = `
  CREATE TABLE IF NOT EXISTS checkout_attempts (
    key TEXT PRIMARY KEY,
    client_id INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    content_fingerprint TEXT NOT NULL,
    cart_id TEXT NOT NULL,
    item_ids TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'placed', 'failed', 'unknown')),
    order_id INTEGER,
    invoice_id INTEGER,
    failure TEXT,
    baseline_order_id INTEGER,
    expected_products TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    tries INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX IF NOT EXISTS checkout_attempts_client ON checkout_attempts (client_id, order_id);
`;

/** Attempts are kept this long: far beyond any retry, short enough to stay small. */
const KEEP_MS = 30 * 24 * 60 * 60_000;

interface Row {
  key: string;
  client_id: number;
  fingerprint: string;
  content_fingerprint: string;
  cart_id: string;
  item_ids: string | null;
  state: AttemptState;
  order_id: number | null;
  invoice_id: number | null;
  failure: string | null;
  baseline_order_id: number | null;
  expected_products: string;
  started_at: number;
  updated_at: number;
  tries: number;
}

/** A JSON list of strings; a damaged one reads as `fallback`. */
function stringList<T>(text: string | null, fallback: T): string[] | T {
  if (text === null) return fallback;
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.filter((entry): entry is string => typeof entry === 'string');
  } catch {
    // A damaged row only weakens what is recognised or tidied up; it never invents an order.
  }
  return fallback;
}

function toAttempt(row: Row): Attempt {
  return {
    key: row.key,
    clientId: row.client_id,
    fingerprint: row.fingerprint,
    contentFingerprint: row.content_fingerprint,
    cartId: row.cart_id,
    itemIds: stringList(row.item_ids, null),
    state: row.state,
    orderId: row.order_id,
    invoiceId: row.invoice_id,
    failure: row.failure,
    baselineOrderId: row.baseline_order_id,
    expectedProducts: stringList(row.expected_products, []),
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    tries: row.tries,
  };
}

/** The columns each move writes besides `state` and `updated_at` (named parameters of its fields). */
const WRITES: { [M in MoveName]: (fields: MoveFields[M], now: number) => { sql: string; params: Record<string, unknown> } } = {
  send: ({ baselineOrderId }, now) => ({ sql: 'baseline_order_id = @baselineOrderId, started_at = @now', params: { baselineOrderId, now } }),
  place: ({ orderId, invoiceId }) => ({ sql: 'order_id = @orderId, invoice_id = @invoiceId, failure = NULL', params: { orderId, invoiceId } }),
  fail: ({ failure }) => ({ sql: 'failure = @failure', params: { failure } }),
  lose: () => ({ sql: '', params: {} }),
  retry: (order, now) => ({
    sql: `tries = tries + 1, failure = NULL, baseline_order_id = NULL, order_id = NULL, invoice_id = NULL,
          fingerprint = @fingerprint, content_fingerprint = @contentFingerprint, item_ids = @itemIds,
          expected_products = @expectedProducts, started_at = @now`,
    params: {
      fingerprint: order.fingerprint,
      contentFingerprint: order.contentFingerprint,
      itemIds: JSON.stringify(order.itemIds),
      expectedProducts: JSON.stringify(order.expectedProducts),
      now,
    },
  }),
};

export interface AttemptStore {
  get(key: string): Attempt | undefined;
  /** Records a new pending attempt; `created: false` with the stored one when the key exists. */
  claim(attempt: NewAttempt, now: number): { created: boolean; attempt: Attempt };
  /** Makes `move` if the attempt's state allows it (MOVES); null when it did not (someone else moved it first). */
  move<M extends MoveName>(key: string, move: M, fields: MoveFields[M], now: number): Attempt | null;
  /** Order ids other attempts of this client already account for. */
  claimedOrderIds(clientId: number, exceptKey: string): Set<number>;
  /** The client's newest attempt still pending or unknown and touched since `since`. */
  openAttempt(clientId: number, since: number): Attempt | undefined;
}

export function createAttemptStore(db: StoreDb): AttemptStore {
  db.exec(TABLE);
  // Tables created before attempts named their items: those rows mean "the whole cart" (null).
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(checkout_attempts)').all();
  if (!columns.some((column) => column.name === 'item_ids')) db.exec('ALTER TABLE checkout_attempts ADD COLUMN item_ids TEXT');

  const select = db.prepare<[string], Row>('SELECT * FROM checkout_attempts WHERE key = ?');
  const get = (key: string) => {
    const row = select.get(key);
    return row ? toAttempt(row) : undefined;
  };
  const insert = db.prepare(
    `INSERT INTO checkout_attempts
       (key, client_id, fingerprint, content_fingerprint, cart_id, item_ids, state, expected_products, started_at, updated_at)
     VALUES (@key, @clientId, @fingerprint, @contentFingerprint, @cartId, @itemIds, 'pending', @expectedProducts, @now, @now)
     ON CONFLICT (key) DO NOTHING`,
  );
  const prune = db.prepare<[number]>('DELETE FROM checkout_attempts WHERE updated_at < ?');

  return {
    get,

    claim(attempt, now) {
      prune.run(now - KEEP_MS);
      const { changes } = insert.run({
        ...attempt,
        itemIds: JSON.stringify(attempt.itemIds),
        expectedProducts: JSON.stringify(attempt.expectedProducts),
        now,
      });
      const stored = get(attempt.key);
      if (!stored) throw new Error(`Checkout attempt ${attempt.key} vanished after being written`);
      return { created: changes === 1, attempt: stored };
    },

    move(key, move, fields, now) {
      const { from, to } = MOVES[move];
      const writes = WRITES[move](fields, now);
      const sources = from.map((_, index) => `@from${index}`).join(', ');
      const { changes } = db
        .prepare(
          `UPDATE checkout_attempts SET state = @to, updated_at = @now${writes.sql ? `, ${writes.sql}` : ''}
            WHERE key = @key AND state IN (${sources})`,
        )
        .run({ ...writes.params, ...Object.fromEntries(from.map((state, index) => [`from${index}`, state])), to, now, key });
      return changes === 1 ? (get(key) ?? null) : null;
    },

    claimedOrderIds(clientId, exceptKey) {
      const rows = db
        .prepare<[number, string], { order_id: number }>(
          'SELECT order_id FROM checkout_attempts WHERE client_id = ? AND key != ? AND order_id IS NOT NULL',
        )
        .all(clientId, exceptKey);
      return new Set(rows.map((row) => row.order_id));
    },

    openAttempt(clientId, since) {
      const row = db
        .prepare<unknown[], Row>(
          `SELECT * FROM checkout_attempts
            WHERE client_id = ? AND state IN (${OPEN_STATES.map(() => '?').join(', ')}) AND updated_at >= ?
            ORDER BY updated_at DESC LIMIT 1`,
        )
        .get(clientId, ...OPEN_STATES, since);
      return row ? toAttempt(row) : undefined;
    },
  };
}
