/**
 * The exactly-once rules of checkout, in one place: the life of one attempt (one idempotency
 * key, which names one client's cart content: see `attemptKeyOf`), every move it can make, and
 * what a submission meets when the key already has an attempt. Pure; `./attempt-store` keeps
 * attempts in the store db and derives each guarded `UPDATE ... WHERE state IN (...)` from
 * `MOVES`.
 *
 *   pending ──place──▶ placed(orderId)            (AddOrder answered, or the order was found)
 *      │ ──fail───▶ failed ──retry──▶ pending     (WHMCS said no; the same cart sent again)
 *      │ ──lose───▶ unknown ──place──▶ placed     (no answer: found by GetOrders)
 *      │                    └─fail───▶ failed     (not found once it settled)
 *      └──send───▶ pending                        (the baseline noted just before AddOrder)
 *
 * `placed` is final: whatever is submitted with that key afterwards gets the same order.
 */
export type AttemptState = 'pending' | 'placed' | 'failed' | 'unknown';

interface Move {
  from: readonly AttemptState[];
  to: AttemptState;
}

export const MOVES = {
  /** AddOrder is about to be sent: the client's newest order id is noted. Only while pending. */
  send: { from: ['pending'], to: 'pending' },
  /** WHMCS confirmed the order, or it was found among the client's orders. */
  place: { from: ['pending', 'unknown'], to: 'placed' },
  /** WHMCS refused it, it never reached WHMCS, or it was not found once it settled. */
  fail: { from: ['pending', 'unknown'], to: 'failed' },
  /** AddOrder got no answer: the order may exist. */
  lose: { from: ['pending'], to: 'unknown' },
  /** The same cart, sent again after a clean failure (nothing was placed). */
  retry: { from: ['failed'], to: 'pending' },
} as const satisfies Record<string, Move>;

export type MoveName = keyof typeof MOVES;

/** The states an attempt can still end `placed` from: while in one, its order may exist. */
export const OPEN_STATES: readonly AttemptState[] = MOVES.place.from;

export function canMove(state: AttemptState, move: MoveName): boolean {
  return (MOVES[move].from as readonly AttemptState[]).includes(state);
}

export interface Attempt {
  key: string;
  clientId: number;
  /** The order as sent: cart, client, currency, prices and payment method (attemptFingerprint). */
  fingerprint: string;
  /** The order without the payment method (contentFingerprint). */
  contentFingerprint: string;
  cartId: string;
  /** The cart items this attempt orders: only these leave the cart once it is placed. Null on attempts recorded before items were tracked (the whole cart). */
  itemIds: string[] | null;
  state: AttemptState;
  orderId: number | null;
  invoiceId: number | null;
  /** Why it failed, for the customer (failed only). */
  failure: string | null;
  /**
   * The client's newest order id just before AddOrder was sent: an order found later with a
   * higher id was created after this attempt started. Null until AddOrder is about to be sent,
   * so an attempt without one never reached WHMCS.
   */
  baselineOrderId: number | null;
  /** Product names the order will contain, to recognise it in GetOrders. */
  expectedProducts: string[];
  /** When AddOrder was (last) sent, or the attempt was claimed; ms since epoch. */
  startedAt: number;
  updatedAt: number;
  tries: number;
}

/** What an attempt sends: written when it is claimed, and again when a failed one is retried. */
export interface AttemptOrder {
  fingerprint: string;
  contentFingerprint: string;
  itemIds: string[];
  expectedProducts: string[];
}

export interface NewAttempt extends AttemptOrder {
  key: string;
  clientId: number;
  cartId: string;
}

/** What each move writes besides the state. */
export interface MoveFields {
  send: { baselineOrderId: number };
  place: { orderId: number; invoiceId: number | null };
  fail: { failure: string };
  lose: Record<string, never>;
  retry: AttemptOrder;
}

interface CheckoutTiming {
  /** A pending attempt untouched for this long lost its worker (longer than any request takes). */
  staleAfterMs: number;
  /** After AddOrder was sent, how long an order may still appear; until then "not found" means "not yet". */
  settleMs: number;
  /** How long a duplicate submission waits for the first one to finish. */
  waitForOtherMs: number;
  pollMs: number;
}

/**
 * Derived from the WHMCS timeout: a request that owns an attempt takes at most a few GetOrders
 * calls (retried reads) plus one AddOrder; an order may still appear for a while after
 * AddOrder's answer was lost, because WHMCS may still be running it.
 */
export function checkoutTiming(whmcsTimeoutMs: number): CheckoutTiming {
  return {
    staleAfterMs: 4 * whmcsTimeoutMs + 5_000,
    settleMs: Math.max(60_000, 3 * whmcsTimeoutMs),
    waitForOtherMs: whmcsTimeoutMs + 3_000,
    pollMs: 250,
  };
}

/**
 * What a submission meets when its key already has an attempt, decided from that attempt alone:
 * - `free`: it failed cleanly: this request may send the order again.
 * - `foreign`: the key belongs to another client: never reveal or reuse it.
 * - `placed`: answer with the order already placed (a double click, a reload, a second tab).
 * - `in-progress`: another request is placing it right now: wait for its answer.
 * - `check`: nobody knows yet whether it was placed (no answer, or a worker died mid-way):
 *   look it up in WHMCS before anything else.
 */
type Standing = 'free' | 'foreign' | 'placed' | 'in-progress' | 'check';

export function standingOf(attempt: Attempt, clientId: number, now: number, timing: Pick<CheckoutTiming, 'staleAfterMs'>): Standing {
  if (attempt.clientId !== clientId) return 'foreign';
  switch (attempt.state) {
    case 'placed':
      return 'placed';
    case 'failed':
      return 'free';
    case 'unknown':
      return 'check';
    case 'pending':
      return isStale(attempt, now, timing.staleAfterMs) ? 'check' : 'in-progress';
  }
}

/** A pending attempt nobody has touched for longer than a request can take: its worker is gone. */
function isStale(attempt: Pick<Attempt, 'updatedAt'>, now: number, staleAfterMs: number): boolean {
  return now - attempt.updatedAt > staleAfterMs;
}

/**
 * Pending or unknown attempts touched since then may still end placed: a checkout page rendered
 * meanwhile carries that attempt's key, so a reload cannot place a second order.
 */
export function openSince(now: number, timing: CheckoutTiming): number {
  return now - timing.staleAfterMs - timing.settleMs;
}
