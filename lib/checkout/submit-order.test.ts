import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { priceCartWith } from '@/lib/cart/pricing';
import { catalogue, cartItem, SAVE15, vpsOptions } from '@/lib/cart/test-fixtures';
import type { Cart } from '@/lib/cart/types';
import type { SessionData } from '@/lib/session/data';
import { migrateStoreDb, openStoreDb, type StoreDb } from '@/lib/store/db';
import { describeEachDialect, warmUp } from '@/lib/store/test-databases';
import { WhmcsApiError, WhmcsUnavailableError } from '@/lib/whmcs/errors';
import type { Client, Order, OrderRequest, PlacedOrder } from '@/lib/whmcs/types';
import { createAttemptStore, type AttemptStore } from './attempt-store';
import { contentFingerprint } from './fingerprint';
import { MESSAGES } from './messages';
import { renewalEntry } from './find-order';
import { checkSubmittedOrder, isFreeOrder, placeOnce, prepareOrder, submitOrder, type CheckoutDeps, type OrderWording, type SubmitOrderInput } from './submit-order';

/**
 * The exactly-once protocol against a fake WHMCS that keeps its orders in memory and can be made
 * to refuse, to lose its answer after committing, or to commit late. Pricing is the real cart
 * pricing over the shared fixtures.
 */

const session: SessionData = { userId: 7, clientId: 1, email: 'demo@example.com', firstName: 'Dee' };

type AddOrderMode =
  | { kind: 'ok' }
  | { kind: 'refuse'; message: string }
  | { kind: 'lose-answer' }
  | { kind: 'commit-later' }
  | { kind: 'hold' }
  /** Answers only when released, then with a refusal. */
  | { kind: 'hold-then-refuse'; message: string };

interface Deferred {
  resolve: () => void;
}

function fakeWhmcs() {
  const orders: Order[] = [];
  let nextOrderId = 41;
  const sent: OrderRequest[] = [];
  const later: (() => void)[] = [];
  const held: Deferred[] = [];
  let mode: AddOrderMode = { kind: 'ok' };
  const client: Client = {
    id: 1,
    firstName: 'Dee',
    lastName: 'Mo',
    companyName: '',
    email: 'demo@example.com',
    status: 'Active',
    currencyId: 1,
    currencyCode: 'USD',
    country: 'US',
    state: 'Illinois',
    taxId: '',
    taxExempt: false,
  };

  function commit(request: OrderRequest): PlacedOrder {
    const id = nextOrderId++;
    const names = new Map(catalogue.products.map((p) => [p.pid, p.name]));
    orders.unshift({
      id,
      orderNumber: `${id}000`,
      clientId: request.clientId,
      date: '2025-06-01 12:00:00',
      status: 'Pending',
      paymentStatus: 'Unpaid',
      paymentMethod: request.paymentMethod,
      amount: 0,
      currencyCode: 'USD',
      promoCode: request.promoCode ?? '',
      invoiceId: id + 100,
      renewals: { services: request.serviceRenewals ?? [], addons: request.addonRenewals ?? [] },
      lines: request.items.map((item, i) => ({
        type: 'product',
        relId: i + 1,
        product: `Group - ${names.get(item.pid)}`,
        domain: item.domain ?? '',
        billingCycle: item.billingCycle,
        amount: 0,
        status: 'Pending',
      })),
    });
    return { orderId: id, serviceIds: [], invoiceId: id + 100 };
  }

  return {
    orders,
    sent,
    client,
    setMode(next: AddOrderMode) {
      mode = next;
    },
    /** Commits the orders whose AddOrder "is still running" at WHMCS. */
    runLate() {
      for (const run of later.splice(0)) run();
    },
    release() {
      for (const d of held.splice(0)) d.resolve();
    },
    addOrder: vi.fn(async (request: OrderRequest): Promise<PlacedOrder> => {
      sent.push(request);
      switch (mode.kind) {
        case 'ok':
          return commit(request);
        case 'refuse':
          throw new WhmcsApiError('AddOrder', mode.message);
        case 'lose-answer':
          commit(request);
          throw new WhmcsUnavailableError('AddOrder', 'timeout', 'no answer within 4000 ms');
        case 'commit-later':
          later.push(() => commit(request));
          throw new WhmcsUnavailableError('AddOrder', 'timeout', 'no answer within 4000 ms');
        case 'hold':
          await new Promise<void>((resolve) => held.push({ resolve }));
          return commit(request);
        case 'hold-then-refuse': {
          const { message } = mode;
          await new Promise<void>((resolve) => held.push({ resolve }));
          throw new WhmcsApiError('AddOrder', message);
        }
      }
    }),
    getOrders: vi.fn(async (filter: { clientId?: number; limitNum?: number }) => {
      const mine = orders.filter((o) => filter.clientId === undefined || o.clientId === filter.clientId);
      return { total: mine.length, orders: mine.slice(0, filter.limitNum ?? 25) };
    }),
    getClientDetails: vi.fn(async () => client),
    getPaymentMethods: vi.fn(async () => [
      { module: 'mailin', displayName: 'Bank transfer' },
      { module: 'paypal', displayName: 'PayPal' },
    ]),
  };
}

function starterItem() {
  return cartItem({ pid: 1, configuration: { cycle: 'annually', options: {}, quantity: 1 }, domain: 'example.com' });
}

function vpsItem() {
  return cartItem({ pid: 10, configuration: { cycle: 'monthly', options: vpsOptions, quantity: 1 }, customFields: { 7: 'vps1.example.com' } });
}

let whmcs: ReturnType<typeof fakeWhmcs>;
let cart: Cart;
let clock: number;
let db: StoreDb;
let attempts: AttemptStore;
let deps: CheckoutDeps;
const emptied: string[] = [];

beforeEach(async () => {
  whmcs = fakeWhmcs();
  cart = { id: 'cart-1', items: [starterItem(), vpsItem()], promoCode: null };
  clock = 1_000_000;
  db = openStoreDb({ sqliteFile: ':memory:' });
  await migrateStoreDb(db);
  attempts = createAttemptStore(db);
  emptied.length = 0;
  deps = {
    whmcs: {
      getClientDetails: whmcs.getClientDetails,
      getPaymentMethods: whmcs.getPaymentMethods,
      getOrders: whmcs.getOrders,
      addOrder: whmcs.addOrder,
      // checkoutTiming(4000): stale after 21 s, settled after 60 s, others waited for 7 s.
      timeoutMs: 4000,
    },
    cart: {
      load: async () => structuredClone(cart),
      price: async (c, code) =>
        priceCartWith(c, code, catalogue, c.promoCode ? { status: 'found', promotion: SAVE15 } : { status: 'none' }, '2025-06-01'),
      removeOrdered: async (id, itemIds) => {
        emptied.push(id);
        if (id !== cart.id) return;
        const items = itemIds === null ? [] : cart.items.filter((item) => !itemIds.includes(item.id));
        cart = { ...cart, items, promoCode: items.length > 0 ? cart.promoCode : null };
      },
    },
    attempts,
    clock: {
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
        await new Promise((resolve) => setImmediate(resolve));
      },
    },
    log: () => {},
  };
});

afterEach(() => db.destroy());

/** What the checkout page would render now: the review's fingerprint and the cart's key. */
async function review(): Promise<{ reviewed: string; key: string }> {
  const prepared = await prepareOrder(deps, session.clientId);
  if (!prepared.ok) throw new Error(`not orderable: ${prepared.outcome.status}`);
  return { reviewed: contentFingerprint(prepared.order.content), key: prepared.order.key };
}

async function input(fields: Partial<SubmitOrderInput> = {}): Promise<SubmitOrderInput> {
  return { paymentMethod: 'mailin', clientIp: '203.0.113.9', ...(await review()), ...fields };
}

/** Lets the other submissions in flight run until they wait on something. */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('placing an order', () => {
  it("sends the referring affiliate the visitor's cookie named (server side) as the order's affid", async () => {
    await submitOrder(deps, session, await input({ affiliateId: 3 }));
    expect(whmcs.sent[0]).toMatchObject({ affiliateId: 3 });
  });

  it('sends AddOrder built from the server-side cart only, then empties the cart', async () => {
    cart.promoCode = 'SAVE15';
    const form = await input();
    const outcome = await submitOrder(deps, session, form);
    expect(outcome).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.sent).toEqual([
      {
        clientId: 1,
        paymentMethod: 'mailin',
        promoCode: 'SAVE15',
        clientIp: '203.0.113.9',
        items: [
          { pid: 1, billingCycle: 'annually', quantity: 1, domain: 'example.com', configOptions: {}, customFields: {} },
          { pid: 10, billingCycle: 'monthly', quantity: 1, configOptions: vpsOptions, customFields: { 7: 'vps1.example.com' } },
        ],
      },
    ]);
    expect(Object.keys(whmcs.sent[0]!).sort()).toEqual(['clientId', 'clientIp', 'items', 'paymentMethod', 'promoCode']);
    expect(emptied).toEqual(['cart-1']);
    expect(await attempts.get(form.key)).toMatchObject({ state: 'placed', orderId: 41, invoiceId: 141, baselineOrderId: 0 });
  });

  it('a double click or a resubmitted form returns the same order and sends AddOrder once', async () => {
    const form = await input();
    const first = await submitOrder(deps, session, form);
    const second = await submitOrder(deps, session, form);
    const third = await submitOrder(deps, session, { ...form, reviewed: 'f'.repeat(64) });
    expect([first, second, third]).toEqual([
      { status: 'placed', orderId: 41 },
      { status: 'placed', orderId: 41 },
      { status: 'placed', orderId: 41 },
    ]);
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });

  it('two concurrent submissions send AddOrder once: the second waits and gets the same order', async () => {
    whmcs.setMode({ kind: 'hold' });
    const form = await input();
    const first = submitOrder(deps, session, form);
    const second = submitOrder(deps, session, form);
    // Let the second one poll a few times while AddOrder is still running.
    await settle();
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
    whmcs.release();
    expect(await first).toEqual({ status: 'placed', orderId: 41 });
    expect(await second).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });

  it('a duplicate that outwaits the first is told the order is being placed, not sent again', async () => {
    whmcs.setMode({ kind: 'hold' });
    const form = await input();
    const first = submitOrder(deps, session, form);
    await new Promise((resolve) => setImmediate(resolve));
    const second = await submitOrder(deps, session, form);
    expect(second).toEqual({ status: 'in-progress', message: MESSAGES.inProgress });
    whmcs.release();
    expect(await first).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });

  it('refuses the same key with a different cart', async () => {
    whmcs.setMode({ kind: 'refuse', message: 'Out of Stock' });
    const form = await input();
    expect(await submitOrder(deps, session, form)).toMatchObject({ status: 'not-placed' });
    cart.items = [starterItem()];
    const outcome = await submitOrder(deps, session, { ...form, reviewed: (await review()).reviewed });
    expect(outcome).toEqual({ status: 'changed', message: MESSAGES.changed });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });

  it('refuses an order that no longer matches the review the customer saw', async () => {
    const form = await input();
    cart.promoCode = 'SAVE15';
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'changed', message: MESSAGES.changed });
    expect(whmcs.addOrder).not.toHaveBeenCalled();
    expect(await attempts.get(form.key)).toBeUndefined();
  });

  it("never lets another client's submission touch a key", async () => {
    const form = await input();
    await submitOrder(deps, session, form);
    const other = { ...session, clientId: 2, userId: 8 };
    whmcs.client.id = 2;
    cart = { id: 'cart-2', items: [starterItem()], promoCode: null };
    const outcome = await submitOrder(deps, other, { ...form, reviewed: await (async () => {
      const prepared = await prepareOrder(deps, 2);
      if (!prepared.ok) throw new Error('not orderable');
      return contentFingerprint(prepared.order.content);
    })() });
    expect(outcome).toEqual({ status: 'changed', message: MESSAGES.expired });
    expect(await checkSubmittedOrder(deps, other, form.key)).toEqual({ status: 'not-placed', message: MESSAGES.nothingToCheck });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });

  it('only accepts a payment method WHMCS offers', async () => {
    const outcome = await submitOrder(deps, session, await input({ paymentMethod: 'stripe' }));
    expect(outcome).toEqual({ status: 'not-placed', field: 'paymentMethod', message: MESSAGES.paymentMethodGone });
    expect(whmcs.addOrder).not.toHaveBeenCalled();
  });

  it('sends nothing for an empty cart, a cart that needs attention, or a closed account', async () => {
    const form = await input();
    whmcs.client.status = 'Closed';
    expect(await submitOrder(deps, session, form)).toMatchObject({ status: 'not-orderable', message: MESSAGES.accountClosed });
    whmcs.client.status = 'Active';
    cart.items = [cartItem({ pid: 9999, configuration: { cycle: 'monthly', options: {}, quantity: 1 } })];
    expect(await submitOrder(deps, session, form)).toMatchObject({ status: 'not-orderable' });
    cart.items = [];
    expect(await submitOrder(deps, session, form)).toMatchObject({ status: 'empty-cart' });
    expect(whmcs.addOrder).not.toHaveBeenCalled();
  });

  it('prices in the client currency, whatever the cart was browsed in', async () => {
    whmcs.client.currencyCode = 'EUR';
    const prepared = await prepareOrder(deps, 1);
    expect(prepared.ok && prepared.order.content.currencyCode).toBe('EUR');
    expect(await submitOrder(deps, session, await input())).toEqual({ status: 'placed', orderId: 41 });
  });
});

describe('when WHMCS refuses', () => {
  it('keeps the cart, says why, and lets the same key try again once fixed', async () => {
    whmcs.setMode({ kind: 'refuse', message: 'Invalid Payment Method. Valid options include paypal' });
    const form = await input();
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'not-placed', field: 'paymentMethod', message: MESSAGES.paymentMethodGone });
    expect(emptied).toEqual([]);
    expect(await attempts.get(form.key)).toMatchObject({ state: 'failed' });

    whmcs.setMode({ kind: 'ok' });
    expect(await submitOrder(deps, session, { ...form, paymentMethod: 'paypal' })).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(2);
    expect(await attempts.get(form.key)).toMatchObject({ state: 'placed', tries: 2 });
  });

  it('says nothing was ordered when WHMCS cannot be reached before sending', async () => {
    whmcs.getOrders.mockRejectedValueOnce(new WhmcsUnavailableError('GetOrders', 'network', 'ECONNREFUSED'));
    const form = await input();
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'not-placed', message: MESSAGES.unavailable });
    expect(whmcs.addOrder).not.toHaveBeenCalled();
    expect(await attempts.get(form.key)).toMatchObject({ state: 'failed' });
  });
});

describe('when the answer is lost', () => {
  it('finds an order WHMCS committed before timing out, and only then empties the cart', async () => {
    whmcs.setMode({ kind: 'lose-answer' });
    const form = await input();
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'placed', orderId: 41 });
    expect(emptied).toEqual(['cart-1']);
    expect(await attempts.get(form.key)).toMatchObject({ state: 'placed', orderId: 41, invoiceId: 141 });
    // A retry with the key: the same order, nothing sent.
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });

  it('says "we are checking" while the order may still appear, and finds it when it does', async () => {
    whmcs.setMode({ kind: 'commit-later' });
    const form = await input();
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'unknown', message: MESSAGES.unknown });
    expect(emptied).toEqual([]);
    // Placing again is not sending again: the order's fate is looked up first.
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'unknown', message: MESSAGES.unknown });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);

    whmcs.runLate();
    clock += 5_000;
    expect(await checkSubmittedOrder(deps, session, form.key)).toEqual({ status: 'placed', orderId: 41 });
    expect(emptied).toEqual(['cart-1']);
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });

  it('says "not placed" only once the order had time to appear, and then allows a retry', async () => {
    whmcs.setMode({ kind: 'commit-later' });
    const form = await input();
    await submitOrder(deps, session, form);
    clock += 59_000;
    expect(await checkSubmittedOrder(deps, session, form.key)).toMatchObject({ status: 'unknown' });
    clock += 2_000;
    expect(await checkSubmittedOrder(deps, session, form.key)).toEqual({ status: 'not-placed', message: MESSAGES.notPlacedAfterCheck });
    expect(await attempts.get(form.key)).toMatchObject({ state: 'failed' });

    whmcs.setMode({ kind: 'ok' });
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'placed', orderId: 41 });
  });

  it('does not mistake an older order or one of another attempt for this one', async () => {
    await submitOrder(deps, session, await input());
    // The same products ordered again: new cart items, so a new key.
    cart = { id: 'cart-1', items: [starterItem(), vpsItem()], promoCode: null };
    whmcs.setMode({ kind: 'commit-later' });
    const form = await input();
    expect(await submitOrder(deps, session, form)).toMatchObject({ status: 'unknown' });
    expect(await attempts.get(form.key)).toMatchObject({ state: 'unknown', baselineOrderId: 41 });
  });

  it('keeps saying "unknown" while GetOrders itself is down', async () => {
    whmcs.setMode({ kind: 'lose-answer' });
    const form = await input();
    whmcs.getOrders.mockImplementation(async (filter: { limitNum?: number }) => {
      if (filter.limitNum === 1) return { total: 0, orders: [] };
      throw new WhmcsUnavailableError('GetOrders', 'timeout', 'slow');
    });
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'unknown', message: MESSAGES.unknown });
    clock += 120_000;
    expect(await checkSubmittedOrder(deps, session, form.key)).toMatchObject({ status: 'unknown' });
  });

  it('an attempt whose worker died before sending is declared not placed once stale', async () => {
    const form = await input();
    const prepared = await prepareOrder(deps, 1);
    if (!prepared.ok) throw new Error('not orderable');
    const { key, cartId, itemIds } = prepared.order;
    await attempts.claim({ key, clientId: 1, fingerprint: 'x', contentFingerprint: contentFingerprint(prepared.order.content), cartId, itemIds, expectedProducts: ['Starter'] }, clock);
    expect(await checkSubmittedOrder(deps, session, form.key)).toMatchObject({ status: 'in-progress' });
    clock += 30_000;
    expect(await checkSubmittedOrder(deps, session, form.key)).toEqual({ status: 'not-placed', message: MESSAGES.neverSent });
    expect(await submitOrder(deps, session, form)).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });
});

describe('one order per cart, whatever the tabs', () => {
  it('every page showing one cart carries one key; the same products added again are another', async () => {
    const first = await review();
    expect((await review()).key).toBe(first.key);
    cart = { ...cart, items: [starterItem(), vpsItem()] };
    expect((await review()).key).not.toBe(first.key);
    expect((await review()).reviewed).toBe(first.reviewed);
  });

  it('two tabs submitting one cart send AddOrder once, and both land on the order', async () => {
    whmcs.setMode({ kind: 'hold' });
    // Both tabs rendered before either submitted; the second chose another payment method.
    const [tabA, tabB] = [await input(), await input({ paymentMethod: 'paypal' })];
    const first = submitOrder(deps, session, tabA);
    await settle();
    const second = submitOrder(deps, session, tabB);
    await settle();
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
    whmcs.release();
    expect(await first).toEqual({ status: 'placed', orderId: 41 });
    expect(await second).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
    expect(whmcs.orders).toHaveLength(1);
  });

  it('a tab submitting after the cart was ordered from another lands on that order', async () => {
    const [tabA, tabB] = [await input(), await input()];
    expect(await submitOrder(deps, session, tabA)).toEqual({ status: 'placed', orderId: 41 });
    expect(cart.items).toEqual([]);
    expect(await submitOrder(deps, session, tabB)).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
  });

  it('a tab that joined an attempt WHMCS refused gets the same answer, without a second AddOrder', async () => {
    whmcs.setMode({ kind: 'hold-then-refuse', message: 'Out of Stock' });
    const [tabA, tabB] = [await input(), await input()];
    const first = submitOrder(deps, session, tabA);
    await settle();
    const second = submitOrder(deps, session, tabB);
    await settle();
    whmcs.release();
    const answer = await first;
    expect(answer).toMatchObject({ status: 'not-placed', message: expect.stringContaining('sold out') });
    expect(await second).toEqual(answer);
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
    expect(cart.items).toHaveLength(2);
  });
});

describeEachDialect('one order per cart across instances', ({ open, connectAgain }) => {
  it('"Place order" on two instances at once for one cart sends AddOrder once', async () => {
    const shared = await open();
    const connections = [shared, connectAgain(shared)];
    await warmUp(connections);
    const [onA, onB] = connections.map((connection) => ({ ...deps, attempts: createAttemptStore(connection) }));
    const form = await input();
    const outcomes = await Promise.all([submitOrder(onA!, session, form), submitOrder(onB!, session, form)]);
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
    expect(whmcs.orders).toHaveLength(1);
    // Whichever lost the race waited for the winner's answer, or says the order is being placed.
    for (const outcome of outcomes) expect(['placed', 'in-progress']).toContain(outcome.status);
    expect(await checkSubmittedOrder(onB!, session, form.key)).toEqual({ status: 'placed', orderId: 41 });
  });
});

describe('the cart after the order', () => {
  it('keeps an item added in another tab while AddOrder was running', async () => {
    whmcs.setMode({ kind: 'hold' });
    const form = await input();
    const placing = submitOrder(deps, session, form);
    await settle();
    const addedMeanwhile = cartItem({ pid: 1, configuration: { cycle: 'monthly', options: {}, quantity: 1 }, domain: 'later.example' });
    cart = { ...cart, items: [...cart.items, addedMeanwhile] };
    whmcs.release();
    expect(await placing).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.sent[0]?.items).toHaveLength(2);
    expect(cart.items).toEqual([addedMeanwhile]);
  });
});

describe('an order with nothing to pay', () => {
  const freeTrialItem = () => cartItem({ pid: 3, configuration: { cycle: 'free', options: { 8: 81 }, quantity: 1 }, domain: 'trial.example' });

  it('is placed without asking how to pay: AddOrder gets the first method WHMCS offers', async () => {
    cart = { id: 'cart-1', items: [freeTrialItem()], promoCode: null };
    const prepared = await prepareOrder(deps, 1);
    expect(prepared.ok && isFreeOrder(prepared.order.priced)).toBe(true);
    expect(await submitOrder(deps, session, await input({ paymentMethod: null }))).toEqual({ status: 'placed', orderId: 41 });
    expect(whmcs.sent[0]?.paymentMethod).toBe('mailin');
  });

  it('an order with something to pay still needs a payment method', async () => {
    const prepared = await prepareOrder(deps, 1);
    expect(prepared.ok && isFreeOrder(prepared.order.priced)).toBe(false);
    expect(await submitOrder(deps, session, await input({ paymentMethod: null }))).toEqual({
      status: 'not-placed',
      field: 'paymentMethod',
      message: MESSAGES.paymentMethod,
    });
    expect(whmcs.addOrder).not.toHaveBeenCalled();
  });
});

describe('placeOnce: an order that is not a cart (renewals)', () => {
  const wanted = {
    key: 'renewal-key',
    clientId: 1,
    cartId: 'renewal',
    fingerprint: 'f',
    contentFingerprint: 'c',
    itemIds: [],
    expectedProducts: [renewalEntry('service', 5)],
  };
  const request: OrderRequest = { clientId: 1, paymentMethod: 'mailin', items: [], serviceRenewals: [5] };
  const wording: OrderWording = {
    messages: { ...MESSAGES, notPlacedAfterCheck: 'renewal not made' },
    refusal: (message) => ({ field: null, message: `renewal refused: ${message}` }),
  };

  it('sends AddOrder once for one key, leaves the cart alone, and answers a second submission with the same order', async () => {
    const first = await placeOnce({ ...deps, wording }, wanted, request);
    const second = await placeOnce({ ...deps, wording }, wanted, request);
    expect(first).toEqual({ status: 'placed', orderId: 41 });
    expect(second).toEqual(first);
    expect(whmcs.addOrder).toHaveBeenCalledTimes(1);
    expect(whmcs.sent[0]).toMatchObject({ items: [], serviceRenewals: [5] });
    expect(cart.items).toHaveLength(2);
  });

  it('finds the renewal by what GetOrders says it renews when the answer was lost', async () => {
    whmcs.setMode({ kind: 'lose-answer' });
    expect(await placeOnce({ ...deps, wording }, wanted, request)).toEqual({ status: 'placed', orderId: 41 });
  });

  it("words WHMCS's refusal as the kind of order says", async () => {
    whmcs.setMode({ kind: 'refuse', message: 'Service ID 5 can not be renewed at this time.' });
    expect(await placeOnce({ ...deps, wording }, wanted, request)).toEqual({
      status: 'not-placed',
      message: 'renewal refused: Service ID 5 can not be renewed at this time.',
    });
  });
});
