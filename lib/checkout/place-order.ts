import type { Cart, PricedCart } from '@/lib/cart/types';
import type { SessionData } from '@/lib/session/data';
import type { OrderFilter } from '@/lib/whmcs/api';
import { WhmcsApiError, WhmcsError, WhmcsUnavailableError } from '@/lib/whmcs/errors';
import type { Client, OrderItem, OrderPage, OrderRequest, PaymentMethod, PlacedOrder } from '@/lib/whmcs/types';
import { decideExisting, isStale, type Attempt } from './attempt-state';
import type { AttemptStore } from './attempt-store';
import { findAttemptOrder } from './find-order';
import { attemptFingerprint, contentFingerprint, type OrderContent } from './fingerprint';
import { MESSAGES, mapAddOrderError } from './messages';

/**
 * "Place order", exactly once. Everything it needs is passed in (`CheckoutDeps`), so the whole
 * protocol runs in unit tests against fakes; `./deps` wires the real WHMCS, cart and store.
 *
 * 1. The attempt (idempotency key) is looked up first: an order already placed with it is the
 *    answer, whatever the cart looks like now (it was emptied by that very order).
 * 2. The cart is re-read and re-priced in the client's currency; AddOrder is built from that
 *    alone. The payment method must be one WHMCS offers.
 * 3. The attempt is recorded (pending, with the order's fingerprint) before AddOrder is sent:
 *    an atomic insert, so a concurrent duplicate finds it and waits instead of sending again.
 * 4. No answer from WHMCS (timeout, dropped connection): the attempt becomes `unknown` and the
 *    client's newest orders are searched for it before anything may be retried.
 * 5. The cart is emptied only once WHMCS confirmed the order.
 */

export interface CheckoutTiming {
  /** A pending attempt untouched for this long lost its worker (longer than any request takes). */
  staleAfterMs: number;
  /** After AddOrder was sent, how long an order may still appear; until then "not found" means "not yet". */
  settleMs: number;
  /** How long a duplicate submission waits for the first one to finish. */
  waitForOtherMs: number;
  pollMs: number;
}

export interface CheckoutDeps {
  getClientDetails(clientId: number): Promise<Client>;
  getPaymentMethods(): Promise<PaymentMethod[]>;
  getOrders(filter: OrderFilter): Promise<OrderPage>;
  addOrder(order: OrderRequest): Promise<PlacedOrder>;
  loadCart(): Promise<Cart>;
  priceCart(cart: Cart, currencyCode: string): Promise<PricedCart>;
  toOrderItems(priced: PricedCart): OrderItem[];
  emptyCart(cartId: string): Promise<void>;
  attempts: AttemptStore;
  now(): number;
  sleep(ms: number): Promise<void>;
  timing: CheckoutTiming;
  /** Where an unexpected problem is reported (the server log). */
  log(message: string, error?: unknown): void;
}

export interface PlaceOrderInput {
  key: string;
  paymentMethod: string;
  /** The content fingerprint of the review the customer saw; the order must still match it. */
  reviewed: string;
  clientIp: string | null;
}

export type CheckoutOutcome =
  | { status: 'placed'; orderId: number }
  | { status: 'unknown'; message: string }
  | { status: 'in-progress'; message: string }
  | { status: 'not-placed'; message: string; field?: 'paymentMethod' }
  /** The review is out of date: show the customer the new one (and a new key). */
  | { status: 'changed'; message: string }
  | { status: 'empty-cart'; message: string }
  | { status: 'not-orderable'; message: string };

/** The order an attempt will send, priced now from server-side data only. */
export interface PreparedOrder {
  cart: Cart;
  priced: PricedCart;
  content: OrderContent;
  expectedProducts: string[];
}

export type Preparation = { ok: true; order: PreparedOrder; client: Client } | { ok: false; outcome: CheckoutOutcome };

/** The client's cart, re-priced in the client's currency, as the order it would become. */
export async function prepareOrder(deps: Pick<CheckoutDeps, 'getClientDetails' | 'loadCart' | 'priceCart' | 'toOrderItems'>, clientId: number): Promise<Preparation> {
  const client = await deps.getClientDetails(clientId);
  if (client.status.toLowerCase() === 'closed') return { ok: false, outcome: { status: 'not-orderable', message: MESSAGES.accountClosed } };
  const cart = await deps.loadCart();
  if (cart.items.length === 0) return { ok: false, outcome: { status: 'empty-cart', message: MESSAGES.emptyCart } };
  const priced = await deps.priceCart(cart, client.currencyCode);
  if (!priced.orderable) return { ok: false, outcome: { status: 'not-orderable', message: MESSAGES.notOrderable } };
  const items = deps.toOrderItems(priced);
  const content: OrderContent = {
    clientId: client.id,
    currencyCode: priced.currency.code,
    // Only a code the cart could apply is sent; one with a problem is shown as such, not ordered.
    promoCode: priced.promotion?.code ?? null,
    items,
    dueToday: priced.totals.dueToday,
    recurring: priced.totals.recurring,
  };
  const expectedProducts = [...new Set(priced.items.flatMap((line) => (line.product ? [line.product.name] : [])))];
  return { ok: true, client, order: { cart, priced, content, expectedProducts } };
}

export async function placeOrder(deps: CheckoutDeps, session: SessionData, input: PlaceOrderInput): Promise<CheckoutOutcome> {
  // 1. What this key already did.
  const earlier = deps.attempts.get(input.key);
  if (earlier && earlier.clientId === session.clientId && earlier.state !== 'failed') {
    const settled = await settleExisting(deps, earlier);
    if (settled) return settled;
  }

  // 2. The order as it stands now, from server-side data only.
  let preparation: Preparation;
  let methods: PaymentMethod[];
  try {
    preparation = await prepareOrder(deps, session.clientId);
    methods = preparation.ok ? await deps.getPaymentMethods() : [];
  } catch (error) {
    if (error instanceof WhmcsError) return { status: 'not-placed', message: MESSAGES.unavailable };
    throw error;
  }
  if (!preparation.ok) return preparation.outcome;
  const { order } = preparation;
  const content = contentFingerprint(order.content);
  if (content !== input.reviewed) return { status: 'changed', message: MESSAGES.changed };
  if (!methods.some((method) => method.module === input.paymentMethod)) {
    return { status: 'not-placed', field: 'paymentMethod', message: MESSAGES.paymentMethodGone };
  }
  const request = {
    key: input.key,
    clientId: session.clientId,
    fingerprint: attemptFingerprint(order.content, input.paymentMethod),
    contentFingerprint: content,
    cartId: order.cart.id,
  };

  // 3. Record the attempt, or learn what the key is already doing.
  const claimed = deps.attempts.claim({ ...request, expectedProducts: order.expectedProducts }, deps.now());
  let attempt: Attempt | null = claimed.created ? claimed.attempt : null;
  let existing = claimed.attempt;
  // A few rounds at most: each is a guarded state change someone else may have won.
  for (let round = 0; attempt === null && round < 3; round++) {
    switch (decideExisting(existing, request, deps.now(), deps.timing.staleAfterMs)) {
      case 'placed':
        return placedOutcome(existing);
      case 'foreign':
        return { status: 'changed', message: MESSAGES.expired };
      case 'mismatch':
        return { status: 'changed', message: MESSAGES.changed };
      case 'in-progress':
      case 'check': {
        const settled = await settleExisting(deps, existing);
        if (settled) return settled;
        break;
      }
      case 'retry':
        attempt = deps.attempts.retry(input.key, session.clientId, request, deps.now());
        break;
    }
    if (attempt === null) {
      const reread = deps.attempts.get(input.key);
      if (!reread) return { status: 'changed', message: MESSAGES.expired };
      existing = reread;
    }
  }
  if (attempt === null) return { status: 'in-progress', message: MESSAGES.inProgress };

  // 4. This request owns the attempt: send AddOrder, once.
  return send(deps, attempt, {
    clientId: session.clientId,
    paymentMethod: input.paymentMethod,
    items: [...order.content.items],
    promoCode: order.content.promoCode ?? undefined,
    clientIp: input.clientIp ?? undefined,
  });
}

/** "Check again": what became of the attempt with this key. */
export async function checkAttempt(deps: CheckoutDeps, session: SessionData, key: string): Promise<CheckoutOutcome> {
  const attempt = deps.attempts.get(key);
  if (!attempt || attempt.clientId !== session.clientId) return { status: 'not-placed', message: MESSAGES.nothingToCheck };
  if (attempt.state === 'failed') return { status: 'not-placed', message: attempt.failure ?? MESSAGES.notPlacedAfterCheck };
  return (await settleExisting(deps, attempt)) ?? { status: 'not-placed', message: attempt.failure ?? MESSAGES.notPlacedAfterCheck };
}

/**
 * Brings an attempt someone else started to a known state where possible: placed, still being
 * placed, unknown, or failed. Null when it ended failed, so the caller may go on (retry).
 */
async function settleExisting(deps: CheckoutDeps, first: Attempt): Promise<CheckoutOutcome | null> {
  let attempt = first;
  if (attempt.state === 'pending' && !isStale(attempt, deps.now(), deps.timing.staleAfterMs)) {
    attempt = await waitWhilePending(deps, attempt);
  }
  switch (attempt.state) {
    case 'placed':
      return placedOutcome(attempt);
    case 'failed':
      return null;
    case 'pending':
      if (!isStale(attempt, deps.now(), deps.timing.staleAfterMs)) return { status: 'in-progress', message: MESSAGES.inProgress };
      return reconcile(deps, attempt);
    case 'unknown':
      return reconcile(deps, attempt);
  }
}

async function waitWhilePending(deps: CheckoutDeps, attempt: Attempt): Promise<Attempt> {
  const deadline = deps.now() + deps.timing.waitForOtherMs;
  let current = attempt;
  while (current.state === 'pending' && deps.now() < deadline) {
    await deps.sleep(deps.timing.pollMs);
    current = deps.attempts.get(attempt.key) ?? current;
  }
  return current;
}

async function send(deps: CheckoutDeps, attempt: Attempt, request: OrderRequest): Promise<CheckoutOutcome> {
  // The client's newest order before ours: how a lost answer's order is recognised later.
  let baseline: number;
  try {
    const latest = await deps.getOrders({ clientId: request.clientId, limitNum: 1 });
    baseline = latest.orders[0]?.id ?? 0;
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    return fail(deps, attempt, MESSAGES.unavailable);
  }
  if (!deps.attempts.setBaseline(attempt.key, baseline, deps.now())) {
    // Someone declared this attempt dead meanwhile (it took longer than staleAfterMs): do not send.
    return { status: 'in-progress', message: MESSAGES.inProgress };
  }

  let placed: PlacedOrder;
  try {
    placed = await deps.addOrder(request);
  } catch (error) {
    if (error instanceof WhmcsUnavailableError) {
      // The order may exist: never say "not placed" until WHMCS has been asked.
      deps.log(`AddOrder for checkout ${attempt.key} got no usable answer (${error.reason}); looking for the order`, error);
      const unknown = deps.attempts.transition(attempt.key, 'unknown', {}, deps.now());
      return reconcile(deps, unknown ?? deps.attempts.get(attempt.key) ?? attempt);
    }
    if (error instanceof WhmcsApiError) {
      const mapped = mapAddOrderError(error.message);
      const outcome = await fail(deps, attempt, mapped.message);
      return mapped.field && outcome.status === 'not-placed' ? { ...outcome, field: mapped.field } : outcome;
    }
    if (error instanceof WhmcsError) {
      // Credentials refused: WHMCS did not run the action.
      deps.log(`AddOrder for checkout ${attempt.key} was refused`, error);
      return fail(deps, attempt, MESSAGES.unavailable);
    }
    throw error;
  }
  return recordPlaced(deps, attempt, placed.orderId, placed.invoiceId);
}

async function fail(deps: CheckoutDeps, attempt: Attempt, message: string): Promise<CheckoutOutcome> {
  const failed = deps.attempts.transition(attempt.key, 'failed', { failure: message }, deps.now());
  if (failed) return { status: 'not-placed', message };
  // Someone else found it placed meanwhile: that is the truth to tell.
  const current = deps.attempts.get(attempt.key);
  return current?.state === 'placed' ? placedOutcome(current) : { status: 'not-placed', message };
}

async function recordPlaced(deps: CheckoutDeps, attempt: Attempt, orderId: number, invoiceId: number | null): Promise<CheckoutOutcome> {
  const placed = deps.attempts.transition(attempt.key, 'placed', { orderId, invoiceId }, deps.now());
  if (!placed) {
    const current = deps.attempts.get(attempt.key);
    if (current?.state === 'placed' && current.orderId !== orderId) {
      deps.log(`Checkout ${attempt.key}: WHMCS placed order ${orderId} but the attempt records order ${current.orderId}`);
    }
  }
  // WHMCS confirmed the order: only now does the cart go.
  try {
    await deps.emptyCart(attempt.cartId);
  } catch (error) {
    deps.log(`Order ${orderId} was placed but cart ${attempt.cartId} could not be emptied`, error);
  }
  return { status: 'placed', orderId };
}

/** Looks for the attempt's order among the client's newest orders and records what is found. */
async function reconcile(deps: CheckoutDeps, attempt: Attempt): Promise<CheckoutOutcome> {
  if (attempt.baselineOrderId === null) {
    // AddOrder is only ever sent after the baseline is stored: this one never reached WHMCS.
    return fail(deps, attempt, MESSAGES.neverSent);
  }
  let page: OrderPage;
  try {
    page = await deps.getOrders({ clientId: attempt.clientId, limitStart: 0, limitNum: 25 });
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    markUnknown(deps, attempt);
    return { status: 'unknown', message: MESSAGES.unknown };
  }
  const found = findAttemptOrder(page.orders, attempt, deps.attempts.claimedOrderIds(attempt.clientId, attempt.key));
  if (found) return recordPlaced(deps, attempt, found.id, found.invoiceId);
  if (deps.now() - attempt.startedAt < deps.timing.settleMs) {
    markUnknown(deps, attempt);
    return { status: 'unknown', message: MESSAGES.unknown };
  }
  return fail(deps, attempt, MESSAGES.notPlacedAfterCheck);
}

function markUnknown(deps: CheckoutDeps, attempt: Attempt): void {
  if (attempt.state === 'pending') deps.attempts.transition(attempt.key, 'unknown', {}, deps.now());
}

function placedOutcome(attempt: Attempt): CheckoutOutcome {
  if (attempt.orderId === null) throw new Error(`Checkout attempt ${attempt.key} is placed without an order id`);
  return { status: 'placed', orderId: attempt.orderId };
}
