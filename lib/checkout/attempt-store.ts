import type { StoreDb } from '@/lib/store/db';
import { sourcesOf, type Attempt, type AttemptState } from './attempt-state';

/**
 * Checkout attempts in the store db (DATA_DIR): the record that makes "Place order" happen once.
 * An attempt is written BEFORE AddOrder is sent; every change of state is a guarded
 * `UPDATE ... WHERE state IN (...)`, so of two workers racing on one key exactly one wins.
 */

const TABLE = `
  CREATE TABLE IF NOT EXISTS checkout_attempts (
    key TEXT PRIMARY KEY,
    client_id INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    content_fingerprint TEXT NOT NULL,
    cart_id TEXT NOT NULL,
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

function toAttempt(row: Row): Attempt {
  let expectedProducts: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.expected_products);
    if (Array.isArray(parsed)) expectedProducts = parsed.filter((name): name is string => typeof name === 'string');
  } catch {
    // A damaged row only weakens recognising the order; it never invents one.
  }
  return {
    key: row.key,
    clientId: row.client_id,
    fingerprint: row.fingerprint,
    contentFingerprint: row.content_fingerprint,
    cartId: row.cart_id,
    state: row.state,
    orderId: row.order_id,
    invoiceId: row.invoice_id,
    failure: row.failure,
    baselineOrderId: row.baseline_order_id,
    expectedProducts,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    tries: row.tries,
  };
}

export interface NewAttempt {
  key: string;
  clientId: number;
  fingerprint: string;
  contentFingerprint: string;
  cartId: string;
  expectedProducts: string[];
}

export interface TransitionFields {
  orderId?: number;
  invoiceId?: number | null;
  failure?: string;
}

export interface AttemptStore {
  get(key: string): Attempt | undefined;
  /** Records a new pending attempt; `created: false` with the stored one when the key exists. */
  claim(attempt: NewAttempt, now: number): { created: boolean; attempt: Attempt };
  /**
   * failed -> pending for the same client and order content (now sent with `fingerprint`, which
   * differs when the payment method changed); null when someone else got there first.
   */
  retry(key: string, clientId: number, request: { fingerprint: string; contentFingerprint: string; cartId: string }, now: number): Attempt | null;
  /** Notes the client's newest order id just before AddOrder is sent; only while pending. */
  setBaseline(key: string, baselineOrderId: number, now: number): boolean;
  /** Moves to `to` if the current state allows it; null when it did not (someone else moved it). */
  transition(key: string, to: AttemptState, fields: TransitionFields, now: number): Attempt | null;
  /** Order ids other attempts of this client already account for. */
  claimedOrderIds(clientId: number, exceptKey: string): Set<number>;
  /**
   * The client's newest attempt still pending or unknown and touched since `since`: a checkout
   * page rendered meanwhile reuses its key, so a reload cannot place the order a second time.
   */
  openAttempt(clientId: number, since: number): Attempt | undefined;
}

export function createAttemptStore(db: StoreDb): AttemptStore {
  db.exec(TABLE);
  const select = db.prepare<[string], Row>('SELECT * FROM checkout_attempts WHERE key = ?');
  const get = (key: string) => {
    const row = select.get(key);
    return row ? toAttempt(row) : undefined;
  };
  const insert = db.prepare(
    `INSERT INTO checkout_attempts
       (key, client_id, fingerprint, content_fingerprint, cart_id, state, expected_products, started_at, updated_at)
     VALUES (@key, @clientId, @fingerprint, @contentFingerprint, @cartId, 'pending', @expectedProducts, @now, @now)
     ON CONFLICT (key) DO NOTHING`,
  );
  const prune = db.prepare<[number]>('DELETE FROM checkout_attempts WHERE updated_at < ?');

  return {
    get,

    claim(attempt, now) {
      prune.run(now - KEEP_MS);
      const { changes } = insert.run({ ...attempt, expectedProducts: JSON.stringify(attempt.expectedProducts), now });
      const stored = get(attempt.key);
      if (!stored) throw new Error(`Checkout attempt ${attempt.key} vanished after being written`);
      return { created: changes === 1, attempt: stored };
    },

    retry(key, clientId, request, now) {
      const { changes } = db
        .prepare(
          `UPDATE checkout_attempts
              SET state = 'pending', tries = tries + 1, failure = NULL, baseline_order_id = NULL,
                  order_id = NULL, invoice_id = NULL, fingerprint = ?, cart_id = ?, started_at = ?, updated_at = ?
            WHERE key = ? AND state = 'failed' AND client_id = ? AND content_fingerprint = ?`,
        )
        .run(request.fingerprint, request.cartId, now, now, key, clientId, request.contentFingerprint);
      return changes === 1 ? (get(key) ?? null) : null;
    },

    setBaseline(key, baselineOrderId, now) {
      const { changes } = db
        .prepare(
          `UPDATE checkout_attempts SET baseline_order_id = ?, started_at = ?, updated_at = ?
            WHERE key = ? AND state = 'pending'`,
        )
        .run(baselineOrderId, now, now, key);
      return changes === 1;
    },

    transition(key, to, fields, now) {
      const from = sourcesOf(to);
      const placeholders = from.map(() => '?').join(', ');
      const { changes } = db
        .prepare(
          `UPDATE checkout_attempts
              SET state = ?, order_id = COALESCE(?, order_id), invoice_id = COALESCE(?, invoice_id),
                  failure = ?, updated_at = ?
            WHERE key = ? AND state IN (${placeholders})`,
        )
        .run(to, fields.orderId ?? null, fields.invoiceId ?? null, fields.failure ?? null, now, key, ...from);
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
        .prepare<[number, number], Row>(
          `SELECT * FROM checkout_attempts
            WHERE client_id = ? AND state IN ('pending', 'unknown') AND updated_at >= ?
            ORDER BY updated_at DESC LIMIT 1`,
        )
        .get(clientId, since);
      return row ? toAttempt(row) : undefined;
    },
  };
}
