/**
 * The life of one checkout attempt (one idempotency key), as a pure state machine:
 *
 *   pending ──AddOrder answered──▶ placed(orderId)
 *      │ ──WHMCS said no──────────▶ failed ──same key, same order, try again──▶ pending
 *      │ ──no answer (timeout...)─▶ unknown ──found by GetOrders──▶ placed
 *                                     └──────not found once it settled──▶ failed
 *
 * `placed` is final: whatever is submitted with that key afterwards gets the same order.
 */
export type AttemptState = 'pending' | 'placed' | 'failed' | 'unknown';

export const TRANSITIONS: Readonly<Record<AttemptState, readonly AttemptState[]>> = {
  pending: ['placed', 'failed', 'unknown'],
  unknown: ['placed', 'failed'],
  failed: ['pending'],
  placed: [],
};

export function canTransition(from: AttemptState, to: AttemptState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The states an attempt may be in for a move to `to`: what a guarded UPDATE ... WHERE state IN (...) checks. */
export function sourcesOf(to: AttemptState): AttemptState[] {
  return (Object.keys(TRANSITIONS) as AttemptState[]).filter((from) => canTransition(from, to));
}

export interface Attempt {
  key: string;
  clientId: number;
  /** The order as sent: cart, client, currency, prices and payment method (attemptFingerprint). */
  fingerprint: string;
  /** The order without the payment method (contentFingerprint). */
  contentFingerprint: string;
  cartId: string;
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

export interface ClaimRequest {
  key: string;
  clientId: number;
  fingerprint: string;
  contentFingerprint: string;
}

/**
 * What a submission with an existing key means, decided from the stored attempt alone:
 * - `placed`: answer with the order already placed (a double click, a reload, a retry).
 * - `foreign`: the key belongs to another client: never reveal or reuse it.
 * - `mismatch`: same key, different order (cart, prices or currency changed).
 * - `in-progress`: another request is placing it right now.
 * - `check`: nobody knows yet whether it was placed (no answer, or a worker died mid-way):
 *   look it up in WHMCS before anything else.
 * - `retry`: it failed cleanly before; the same order may be sent again, with another payment
 *   method if the customer changed it (a refused payment method is one way to fail).
 */
export type ClaimDecision = 'placed' | 'foreign' | 'mismatch' | 'in-progress' | 'check' | 'retry';

export function decideExisting(existing: Attempt, request: ClaimRequest, now: number, staleAfterMs: number): ClaimDecision {
  if (existing.clientId !== request.clientId) return 'foreign';
  switch (existing.state) {
    case 'placed':
      return 'placed';
    case 'unknown':
      return 'check';
    case 'pending':
      return isStale(existing, now, staleAfterMs) ? 'check' : 'in-progress';
    case 'failed':
      // Nothing was placed, so the only question is whether this is the same order.
      return existing.contentFingerprint === request.contentFingerprint ? 'retry' : 'mismatch';
  }
}

/** A pending attempt nobody has touched for longer than a request can take: its worker is gone. */
export function isStale(attempt: Pick<Attempt, 'updatedAt'>, now: number, staleAfterMs: number): boolean {
  return now - attempt.updatedAt > staleAfterMs;
}
