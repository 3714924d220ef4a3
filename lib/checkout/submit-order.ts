import type { Cart, PricedCart } from '@/lib/cart/types';
import { orderNameservers, toOrderDomains, toOrderItems } from '@/lib/cart/order-items';
import { domainEntry } from './find-order';
import type { SessionData } from '@/lib/session/data';
import type { WhmcsApi } from '@/lib/whmcs/api';
import { WhmcsApiError, WhmcsError, WhmcsUnavailableError } from '@/lib/whmcs/errors';
import type { Client, OrderPage, OrderRequest, PaymentMethod, PlacedOrder } from '@/lib/whmcs/types';
import type { AttemptStore } from './attempt-store';
import { checkoutTiming, standingOf, type Attempt, type AttemptOrder, type NewAttempt } from './attempts';
import { findAttemptOrder } from './find-order';
import { attemptFingerprint, attemptKeyOf, contentFingerprint, type OrderContent } from './fingerprint';
import { MESSAGES, mapAddOrderError, type MappedOrderError } from './messages';

/**
 * "Place order", exactly once per cart. Everything it needs is I/O passed in (`CheckoutDeps`),
 * so the whole protocol runs in unit tests against fakes; `./deps` wires the real WHMCS, cart
 * and store. The rules themselves (states, moves, what a key already did) are in `./attempts`.
 *
 * 1. The key names the client's cart content (`attemptKeyOf`): every tab showing that cart
 *    submits the same key. What the key already did is the answer when it placed, is placing or
 *    may have placed an order, whatever the cart looks like now (that order took its items).
 * 2. The cart is re-read and re-priced in the client's currency; AddOrder is built from that
 *    alone. The payment method must be one WHMCS offers.
 * 3. The attempt is recorded (pending) before AddOrder is sent: an atomic insert, so a
 *    concurrent submission finds it and waits for its answer instead of sending again.
 * 4. No answer from WHMCS (timeout, dropped connection): the attempt becomes `unknown` and the
 *    client's newest orders are searched for it before anything may be retried.
 * 5. Only once WHMCS confirmed the order do its items leave the cart; anything added meanwhile
 *    stays.
 */

interface PlacingWhmcs extends Pick<WhmcsApi, 'getOrders' | 'addOrder'> {
  /** The timeout of one call: how long checkout waits for and on others follows from it. */
  timeoutMs: number;
}

interface CheckoutWhmcs extends PlacingWhmcs, Pick<WhmcsApi, 'getClientDetails' | 'getPaymentMethods'> {}

interface CheckoutCart {
  /** The visitor's cart. */
  load(): Promise<Cart>;
  /** The cart re-priced from the current catalogue and promotions, in `currencyCode`. */
  price(cart: Cart, currencyCode: string): Promise<PricedCart>;
  /** Takes a placed order's items out of the cart (the whole cart when `itemIds` is null). */
  removeOrdered(cartId: string, itemIds: readonly string[] | null): Promise<void>;
  /** The shop's nameservers for an order's domains when the customer set none (config `domains.nameservers`). */
  defaultNameservers?: readonly string[];
}

/** What the customer is told when an order is refused or its fate is unclear; checkout's own words unless another kind of order brings its own. */
export interface OrderWording {
  messages: Record<'unknown' | 'inProgress' | 'notPlacedAfterCheck' | 'neverSent' | 'unavailable' | 'expired', string>;
  refusal(whmcsMessage: string): MappedOrderError;
}

const CHECKOUT_WORDING: OrderWording = { messages: MESSAGES, refusal: mapAddOrderError };

/** What placing any order exactly once needs: the attempts, AddOrder and GetOrders, and what leaves the cart once it is placed. */
export interface PlacingDeps {
  whmcs: PlacingWhmcs;
  cart: Pick<CheckoutCart, 'removeOrdered'>;
  attempts: AttemptStore;
  clock: { now(): number; sleep(ms: number): Promise<void> };
  /** Where an unexpected problem is reported (the server log). */
  log(message: string, error?: unknown): void;
  wording?: OrderWording;
}

export interface CheckoutDeps extends PlacingDeps {
  whmcs: CheckoutWhmcs;
  cart: CheckoutCart;
}

function wordingOf(deps: PlacingDeps): OrderWording {
  return deps.wording ?? CHECKOUT_WORDING;
}

export interface SubmitOrderInput {
  key: string;
  /** Null when the customer was not asked: an order with nothing to pay (`isFreeOrder`). */
  paymentMethod: string | null;
  /** The content fingerprint of the review the customer saw; the order must still match it. */
  reviewed: string;
  clientIp: string | null;
  /** The referring affiliate (lib/visitor's attribution), sent as `affid`. */
  affiliateId?: number | null;
}

export type CheckoutOutcome =
  | { status: 'placed'; orderId: number }
  | { status: 'unknown'; message: string }
  | { status: 'in-progress'; message: string }
  | { status: 'not-placed'; message: string; field?: 'paymentMethod' }
  /** The review is out of date: show the customer the new one. */
  | { status: 'changed'; message: string }
  | { status: 'empty-cart'; message: string }
  | { status: 'not-orderable'; message: string };

/** The order an attempt will send, priced now from server-side data only. */
interface PreparedOrder {
  priced: PricedCart;
  content: OrderContent;
  cartId: string;
  /** The idempotency key of this cart content (`attemptKeyOf`). */
  key: string;
  itemIds: string[];
  expectedProducts: string[];
}

/** Why a cart cannot become an order right now. */
export type NotOrderable = Extract<CheckoutOutcome, { status: 'empty-cart' | 'not-orderable' }>;

type Preparation = { ok: true; order: PreparedOrder; client: Client } | { ok: false; outcome: NotOrderable };

/**
 * Nothing to pay, today or on renewal: WHMCS raises no invoice, so the customer is not asked
 * how to pay (AddOrder still needs a method: the first one WHMCS offers is sent).
 */
export function isFreeOrder(priced: Pick<PricedCart, 'totals'>): boolean {
  return priced.totals.dueToday === 0 && priced.totals.recurring.every((renewal) => renewal.amount === 0);
}

/** The client's cart, re-priced in the client's currency, as the order it would become. */
export async function prepareOrder(deps: Pick<CheckoutDeps, 'whmcs' | 'cart'>, clientId: number): Promise<Preparation> {
  const client = await deps.whmcs.getClientDetails(clientId);
  if (client.status.toLowerCase() === 'closed') return { ok: false, outcome: { status: 'not-orderable', message: MESSAGES.accountClosed } };
  const cart = await deps.cart.load();
  if (cart.items.length + cart.domains.length === 0) return { ok: false, outcome: { status: 'empty-cart', message: MESSAGES.emptyCart } };
  const priced = await deps.cart.price(cart, client.currencyCode);
  if (!priced.orderable) return { ok: false, outcome: { status: 'not-orderable', message: MESSAGES.notOrderable } };
  const content: OrderContent = {
    clientId: client.id,
    currencyCode: priced.currency.code,
    // Only a code the cart could apply is sent; one with a problem is shown as such, not ordered.
    promoCode: priced.promotion?.code ?? null,
    items: toOrderItems(priced),
    domains: toOrderDomains(priced),
    nameservers: orderNameservers(cart, deps.cart.defaultNameservers ?? []),
    dueToday: priced.totals.dueToday,
    recurring: priced.totals.recurring,
  };
  const itemIds = [...cart.items.map((item) => item.id), ...cart.domains.map((domain) => domain.id)];
  const expectedProducts = [
    ...new Set(priced.items.flatMap((line) => (line.product ? [line.product.name] : []))),
    ...priced.domains.map((line) => domainEntry(line.domain.type, line.domain.display)),
  ];
  return {
    ok: true,
    client,
    order: { priced, content, cartId: cart.id, key: attemptKeyOf(content, cart.id, itemIds), itemIds, expectedProducts },
  };
}

export async function submitOrder(deps: CheckoutDeps, session: SessionData, input: SubmitOrderInput): Promise<CheckoutOutcome> {
  const { clientId } = session;
  // 1. What this cart's key already did.
  const earlier = await outcomeOfKey(deps, clientId, input.key);
  if (earlier) return earlier;

  // 2. The order as it stands now, from server-side data only.
  let preparation: Preparation;
  let methods: PaymentMethod[];
  try {
    preparation = await prepareOrder(deps, clientId);
    methods = preparation.ok ? await deps.whmcs.getPaymentMethods() : [];
  } catch (error) {
    if (error instanceof WhmcsError) return { status: 'not-placed', message: MESSAGES.unavailable };
    throw error;
  }
  // The cart may have just been ordered from another tab: then that order is the answer.
  if (!preparation.ok) return (await outcomeOfKey(deps, clientId, input.key)) ?? preparation.outcome;
  const { order } = preparation;
  const content = contentFingerprint(order.content);
  if (order.key !== input.key || content !== input.reviewed) return { status: 'changed', message: MESSAGES.changed };
  const paymentMethod = input.paymentMethod ?? (isFreeOrder(order.priced) ? methods[0]?.module : undefined);
  if (!paymentMethod) return { status: 'not-placed', field: 'paymentMethod', message: MESSAGES.paymentMethod };
  if (!methods.some((method) => method.module === paymentMethod)) {
    return { status: 'not-placed', field: 'paymentMethod', message: MESSAGES.paymentMethodGone };
  }

  // 3. Own the attempt (a new one, or this cart's failed one again), or join whoever does.
  const sent: AttemptOrder = {
    fingerprint: attemptFingerprint(order.content, paymentMethod),
    contentFingerprint: content,
    itemIds: order.itemIds,
    expectedProducts: order.expectedProducts,
  };
  return placeOnce(deps, { ...sent, key: order.key, clientId, cartId: order.cartId }, {
    clientId,
    paymentMethod,
    items: [...order.content.items],
    ...(order.content.domains.length > 0 ? { domains: [...order.content.domains] } : {}),
    ...(order.content.nameservers.length > 0 ? { nameservers: [...order.content.nameservers] } : {}),
    promoCode: order.content.promoCode ?? undefined,
    clientIp: input.clientIp ?? undefined,
    ...(input.affiliateId ? { affiliateId: input.affiliateId } : {}),
  });
}

/**
 * Steps 3 and 4 for any order (a cart, renewals): own the attempt of `wanted.key` (a new one, or
 * its failed one again) or join whoever does, then send AddOrder once.
 */
export async function placeOnce(deps: PlacingDeps, wanted: NewAttempt, request: OrderRequest): Promise<CheckoutOutcome> {
  const attempt = await own(deps, wanted);
  if (!attempt) return (await outcomeOfKey(deps, wanted.clientId, wanted.key)) ?? { status: 'in-progress', message: wordingOf(deps).messages.inProgress };
  return send(deps, attempt, request);
}

/** "Check again": what became of the attempt with this key. */
export async function checkSubmittedOrder(deps: CheckoutDeps, session: SessionData, key: string): Promise<CheckoutOutcome> {
  const attempt = await deps.attempts.get(key);
  if (!attempt || attempt.clientId !== session.clientId) return { status: 'not-placed', message: MESSAGES.nothingToCheck };
  const notPlaced: CheckoutOutcome = { status: 'not-placed', message: attempt.failure ?? MESSAGES.notPlacedAfterCheck };
  return (await outcomeOfKey(deps, session.clientId, key)) ?? notPlaced;
}

/** The new attempt this request records, or the failed one it takes over; null when another request has the key. */
async function own(deps: PlacingDeps, wanted: NewAttempt): Promise<Attempt | null> {
  const now = deps.clock.now();
  const claimed = await deps.attempts.claim(wanted, now);
  if (claimed.created) return claimed.attempt;
  if (standingOf(claimed.attempt, wanted.clientId, now, checkoutTiming(deps.whmcs.timeoutMs)) !== 'free') return null;
  return deps.attempts.move(wanted.key, 'retry', wanted, now);
}

/**
 * What the key's attempt says, as the customer's answer: its order, "being placed" after
 * waiting a while for it, or what WHMCS knows of one whose answer was lost. Null when the key
 * is free: no attempt, or one that failed cleanly, so this request may send the order.
 */
export async function outcomeOfKey(deps: PlacingDeps, clientId: number, key: string): Promise<CheckoutOutcome | null> {
  const timing = checkoutTiming(deps.whmcs.timeoutMs);
  const deadline = deps.clock.now() + timing.waitForOtherMs;
  let attempt = await deps.attempts.get(key);
  let joined = false;
  while (attempt) {
    switch (standingOf(attempt, clientId, deps.clock.now(), timing)) {
      case 'free':
        // The attempt this request waited for failed: its answer is this request's answer too.
        return joined ? { status: 'not-placed', message: attempt.failure ?? wordingOf(deps).messages.notPlacedAfterCheck } : null;
      case 'foreign':
        return { status: 'changed', message: wordingOf(deps).messages.expired };
      case 'placed':
        return placedOutcome(attempt);
      case 'check':
        return reconcile(deps, attempt);
      case 'in-progress':
        if (deps.clock.now() >= deadline) return { status: 'in-progress', message: wordingOf(deps).messages.inProgress };
        joined = true;
        await deps.clock.sleep(timing.pollMs);
        attempt = await deps.attempts.get(key);
    }
  }
  return null;
}

async function send(deps: PlacingDeps, attempt: Attempt, request: OrderRequest): Promise<CheckoutOutcome> {
  // The client's newest order before ours: how a lost answer's order is recognised later.
  let baselineOrderId: number;
  try {
    const latest = await deps.whmcs.getOrders({ clientId: request.clientId, limitNum: 1 });
    baselineOrderId = latest.orders[0]?.id ?? 0;
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    return fail(deps, attempt, wordingOf(deps).messages.unavailable);
  }
  if (!(await deps.attempts.move(attempt.key, 'send', { baselineOrderId }, deps.clock.now()))) {
    // Someone declared this attempt dead meanwhile (it took longer than staleAfterMs): do not send.
    return { status: 'in-progress', message: wordingOf(deps).messages.inProgress };
  }

  let placed: PlacedOrder;
  try {
    placed = await deps.whmcs.addOrder(request);
  } catch (error) {
    if (error instanceof WhmcsUnavailableError) {
      // The order may exist: never say "not placed" until WHMCS has been asked.
      deps.log(`AddOrder for checkout ${attempt.key} got no usable answer (${error.reason}); looking for the order`, error);
      const unknown = await deps.attempts.move(attempt.key, 'lose', {}, deps.clock.now());
      return reconcile(deps, unknown ?? (await deps.attempts.get(attempt.key)) ?? attempt);
    }
    if (error instanceof WhmcsApiError) {
      const mapped = wordingOf(deps).refusal(error.message);
      const outcome = await fail(deps, attempt, mapped.message);
      return mapped.field && outcome.status === 'not-placed' ? { ...outcome, field: mapped.field } : outcome;
    }
    if (error instanceof WhmcsError) {
      // Credentials refused: WHMCS did not run the action.
      deps.log(`AddOrder for checkout ${attempt.key} was refused`, error);
      return fail(deps, attempt, wordingOf(deps).messages.unavailable);
    }
    throw error;
  }
  return recordPlaced(deps, attempt, placed.orderId, placed.invoiceId);
}

async function fail(deps: PlacingDeps, attempt: Attempt, failure: string): Promise<CheckoutOutcome> {
  if (await deps.attempts.move(attempt.key, 'fail', { failure }, deps.clock.now())) return { status: 'not-placed', message: failure };
  // Someone else found it placed meanwhile: that is the truth to tell.
  const current = await deps.attempts.get(attempt.key);
  return current?.state === 'placed' ? placedOutcome(current) : { status: 'not-placed', message: failure };
}

async function recordPlaced(deps: PlacingDeps, attempt: Attempt, orderId: number, invoiceId: number | null): Promise<CheckoutOutcome> {
  if (!(await deps.attempts.move(attempt.key, 'place', { orderId, invoiceId }, deps.clock.now()))) {
    const current = await deps.attempts.get(attempt.key);
    if (current?.state === 'placed' && current.orderId !== orderId) {
      deps.log(`Checkout ${attempt.key}: WHMCS placed order ${orderId} but the attempt records order ${current.orderId}`);
    }
  }
  // WHMCS confirmed the order: only now do its items leave the cart.
  try {
    await deps.cart.removeOrdered(attempt.cartId, attempt.itemIds);
  } catch (error) {
    deps.log(`Order ${orderId} was placed but its items could not be taken out of cart ${attempt.cartId}`, error);
  }
  return { status: 'placed', orderId };
}

/** Looks for the attempt's order among the client's newest orders and records what is found. */
async function reconcile(deps: PlacingDeps, attempt: Attempt): Promise<CheckoutOutcome> {
  if (attempt.baselineOrderId === null) {
    // AddOrder is only ever sent after the baseline is stored: this one never reached WHMCS.
    return fail(deps, attempt, wordingOf(deps).messages.neverSent);
  }
  const unknown: CheckoutOutcome = { status: 'unknown', message: wordingOf(deps).messages.unknown };
  let page: OrderPage;
  try {
    page = await deps.whmcs.getOrders({ clientId: attempt.clientId, limitStart: 0, limitNum: 25 });
  } catch (error) {
    if (!(error instanceof WhmcsError)) throw error;
    await deps.attempts.move(attempt.key, 'lose', {}, deps.clock.now());
    return unknown;
  }
  const found = findAttemptOrder(page.orders, attempt, await deps.attempts.claimedOrderIds(attempt.clientId, attempt.key));
  if (found) return recordPlaced(deps, attempt, found.id, found.invoiceId);
  if (deps.clock.now() - attempt.startedAt < checkoutTiming(deps.whmcs.timeoutMs).settleMs) {
    await deps.attempts.move(attempt.key, 'lose', {}, deps.clock.now());
    return unknown;
  }
  return fail(deps, attempt, wordingOf(deps).messages.notPlacedAfterCheck);
}

function placedOutcome(attempt: Attempt): CheckoutOutcome {
  if (attempt.orderId === null) throw new Error(`Checkout attempt ${attempt.key} is placed without an order id`);
  return { status: 'placed', orderId: attempt.orderId };
}
