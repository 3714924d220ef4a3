import type { Selectable, Updateable } from 'kysely';
import type { StoreDb } from '@/lib/store/db';
import type { StoreTables } from '@/lib/store/schema';
import { MOVES, OPEN_STATES, type Attempt, type AttemptState, type MoveFields, type MoveName, type NewAttempt } from './attempts';

/**
 * Checkout attempts in the store db (SQLite, or PostgreSQL shared by every instance): all of
 * checkout's queries. An attempt is written BEFORE AddOrder is sent, under a unique key; every
 * change of state is a guarded `UPDATE ... WHERE state IN (...)` built from `MOVES`, so of two
 * workers (or instances) racing on one key exactly one wins.
 */

/** Attempts are kept this long: far beyond any retry, short enough to stay small. */
const KEEP_MS = 30 * 24 * 60 * 60_000;

type Row = Selectable<StoreTables['checkout_attempts']>;
type Writes = Updateable<StoreTables['checkout_attempts']>;

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
    // The column's CHECK constraint admits these states only.
    state: row.state as AttemptState,
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

/** The columns each move writes besides `state` and `updated_at`. */
const WRITES: { [M in MoveName]: (fields: MoveFields[M], now: number) => Writes } = {
  send: ({ baselineOrderId }, now) => ({ baseline_order_id: baselineOrderId, started_at: now }),
  place: ({ orderId, invoiceId }) => ({ order_id: orderId, invoice_id: invoiceId, failure: null }),
  fail: ({ failure }) => ({ failure }),
  lose: () => ({}),
  retry: (order, now) => ({
    failure: null,
    baseline_order_id: null,
    order_id: null,
    invoice_id: null,
    fingerprint: order.fingerprint,
    content_fingerprint: order.contentFingerprint,
    item_ids: JSON.stringify(order.itemIds),
    expected_products: JSON.stringify(order.expectedProducts),
    started_at: now,
  }),
};

export interface AttemptStore {
  get(key: string): Promise<Attempt | undefined>;
  /** Records a new pending attempt; `created: false` with the stored one when the key exists. */
  claim(attempt: NewAttempt, now: number): Promise<{ created: boolean; attempt: Attempt }>;
  /** Makes `move` if the attempt's state allows it (MOVES); null when it did not (someone else moved it first). */
  move<M extends MoveName>(key: string, move: M, fields: MoveFields[M], now: number): Promise<Attempt | null>;
  /** Order ids other attempts of this client already account for. */
  claimedOrderIds(clientId: number, exceptKey: string): Promise<Set<number>>;
  /** The client's newest attempt still pending or unknown and touched since `since`. */
  openAttempt(clientId: number, since: number): Promise<Attempt | undefined>;
}

export function createAttemptStore(db: StoreDb): AttemptStore {
  const get = async (key: string) => {
    const row = await db.selectFrom('checkout_attempts').selectAll().where('key', '=', key).executeTakeFirst();
    return row ? toAttempt(row) : undefined;
  };

  return {
    get,

    async claim(attempt, now) {
      await db.deleteFrom('checkout_attempts').where('updated_at', '<', now - KEEP_MS).execute();
      const result = await db
        .insertInto('checkout_attempts')
        .values({
          key: attempt.key,
          client_id: attempt.clientId,
          fingerprint: attempt.fingerprint,
          content_fingerprint: attempt.contentFingerprint,
          cart_id: attempt.cartId,
          item_ids: JSON.stringify(attempt.itemIds),
          state: 'pending',
          expected_products: JSON.stringify(attempt.expectedProducts),
          started_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      const stored = await get(attempt.key);
      if (!stored) throw new Error(`Checkout attempt ${attempt.key} vanished after being written`);
      return { created: Number(result.numInsertedOrUpdatedRows ?? 0) === 1, attempt: stored };
    },

    async move(key, move, fields, now) {
      const { from, to } = MOVES[move];
      const base = db
        .updateTable('checkout_attempts')
        .set({ ...WRITES[move](fields, now), state: to, updated_at: now })
        .where('key', '=', key)
        .where('state', 'in', from);
      // A retry counts itself, from the stored count.
      const update = move === 'retry' ? base.set((eb) => ({ tries: eb('tries', '+', 1) })) : base;
      const result = await update.executeTakeFirst();
      return result.numUpdatedRows === 1n ? ((await get(key)) ?? null) : null;
    },

    async claimedOrderIds(clientId, exceptKey) {
      const rows = await db
        .selectFrom('checkout_attempts')
        .select('order_id')
        .where('client_id', '=', clientId)
        .where('key', '!=', exceptKey)
        .where('order_id', 'is not', null)
        .execute();
      return new Set(rows.flatMap((row) => (row.order_id === null ? [] : [row.order_id])));
    },

    async openAttempt(clientId, since) {
      const row = await db
        .selectFrom('checkout_attempts')
        .selectAll()
        .where('client_id', '=', clientId)
        .where('state', 'in', OPEN_STATES)
        .where('updated_at', '>=', since)
        .orderBy('updated_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toAttempt(row) : undefined;
    },
  };
}
