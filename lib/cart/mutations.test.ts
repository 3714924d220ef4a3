import { beforeEach, describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/auth/rate-limit';
import type { StoreDb } from '@/lib/store/db';
import { describeEachDialect, warmUp } from '@/lib/store/test-databases';
import { itemInputSchema, type AddToCartInput } from './inputs';
import { NEW_CARTS_PER_IP, newCartGate } from './new-cart-limit';
import {
  acceptItemChanges,
  addOrUpdateItem,
  applyPromotion,
  duplicateItem,
  removeItem,
  removePromotion,
  setItemQuantity,
  type MutationContext,
} from './mutations';
import type { PromotionLookup } from './pricing';
import { CART_LIFETIME_DAYS, cartStore, MAX_CART_ITEMS, type CartStore } from './store';
import { catalogue, SAVE15, TEST_CART, TEST_NOW, testCartContext, vpsOptions, WELCOME5 } from './test-fixtures';
import { starterWithAddons } from '@/lib/pricing/fixtures';
import { priceCartWith } from './pricing';
import { toOrderItems } from './order-items';

let db: StoreDb;
let store: CartStore;
let ctx: MutationContext;
const NOW = TEST_NOW;
const CART = TEST_CART;

const count = async (table: 'cart_carts' | 'cart_items' | 'cart_item_servers') =>
  Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const add = (input: AddToCartInput, context = ctx) => addOrUpdateItem(context, CART, itemInputSchema.parse(input));
const load = () => store.load(CART, NOW);

const starterInput: AddToCartInput = { pid: 1, configuration: { cycle: 'monthly', options: {}, quantity: 1 }, domain: 'Example.COM' };
const SERVER = { hostname: 'vps1.example.com', rootPassword: 'Tr0ub4dor&3-horse', ns1Prefix: 'ns1', ns2Prefix: 'ns2' };
const vpsInput = (quantity = 1): AddToCartInput => ({
  pid: 10,
  configuration: { cycle: 'monthly', options: { ...vpsOptions }, quantity },
  customFields: { 7: 'vps1.example.com' },
  server: SERVER,
});

describeEachDialect('the cart', ({ open, connectAgain }) => {
  beforeEach(async () => {
    db = await open();
    store = cartStore(db);
    ctx = testCartContext(store, 'item-id');
  });

  describe('adding to the cart', () => {
    it('stores the configured item with its cleaned domain and its price in every currency', async () => {
      expect(await add(starterInput)).toEqual({ ok: true, message: 'Added Starter to your cart.' });
      const cart = await load();
      expect(cart?.items).toEqual([
        {
          id: 'item-id-001',
          pid: 1,
          configuration: { cycle: 'monthly', options: {}, quantity: 1 },
          domain: 'example.com',
          customFields: {},
          addedAt: NOW.toISOString(),
          addedPrices: { USD: { dueToday: 499, recurring: 499 }, EUR: { dueToday: 460, recurring: 460 } },
        },
      ]);
    });

    it('keeps the chosen addons (as the form sends them) through the store, and orders them as priced', async () => {
      const withAddons = { ...ctx, catalogue: { ...catalogue, products: [starterWithAddons] } };
      const input = { ...starterInput, configuration: { cycle: 'monthly', options: {}, quantity: 1, addons: { 1: true, 3: '2', 4: false } } };
      expect(await add(input, withAddons)).toMatchObject({ ok: true });
      expect((await load())?.items[0]?.configuration).toEqual({ cycle: 'monthly', options: {}, quantity: 1, addons: { 1: 1, 3: 2 } });
      const priced = priceCartWith((await load())!, 'USD', withAddons.catalogue, { status: 'none' }, '2025-01-20');
      expect(toOrderItems(priced)[0]?.addons).toEqual([
        { id: 1, quantity: 1 },
        { id: 3, quantity: 2 },
      ]);
    });

    it('asks a server for its hostname, nameserver prefixes and root password, and keeps the password sealed', async () => {
      const missing = await add({ ...vpsInput(), server: { hostname: 'vps1', rootPassword: 'short', ns1Prefix: 'ns1', ns2Prefix: '' } });
      expect(missing).toMatchObject({ ok: false, fieldErrors: { 'server.hostname': expect.any(String), 'server.rootPassword': expect.any(String), 'server.ns2Prefix': expect.any(String) } });
      expect(await load()).toBeNull();

      expect(await add({ ...vpsInput(), server: { ...SERVER, hostname: 'VPS1.Example.com.' } })).toMatchObject({ ok: true });
      const stored = (await load())?.items[0];
      expect(stored?.server).toEqual({ hostname: 'vps1.example.com', ns1Prefix: 'ns1', ns2Prefix: 'ns2', sealedRootPassword: 'sealed(17)' });
      expect(JSON.stringify(await db.selectFrom('cart_items').selectAll().execute())).not.toContain(SERVER.rootPassword);
      const priced = priceCartWith((await load())!, 'USD', catalogue, { status: 'none' }, '2025-01-20');
      expect(toOrderItems(priced)[0]?.server).toEqual({ hostname: 'vps1.example.com', ns1Prefix: 'ns1', ns2Prefix: 'ns2', rootPassword: 'sealed(17)' });

      // Not a server: server details are not asked for, nor kept.
      expect(await add({ ...starterInput, server: SERVER })).toMatchObject({ ok: true });
      expect((await load())?.items[1]?.server).toBeUndefined();
      await store.removeItem(CART, stored!.id, NOW);
      expect(await count('cart_item_servers')).toBe(0);
    });

    it('takes IDN domains and string option values as forms send them', async () => {
      const result = await add({ pid: 10, configuration: { cycle: 'monthly', options: { 1: '12', 2: '22', 3: '1', 4: '2', 5: '1' }, quantity: 1 }, customFields: { 7: 'a.example' }, server: SERVER });
      expect(result.ok).toBe(true);
      expect((await load())?.items[0]?.configuration.options).toEqual({ 1: 12, 2: 22, 3: 1, 4: 2, 5: 1 });
      expect((await add({ ...starterInput, domain: 'bücher.de' })).ok).toBe(true);
      expect((await load())?.items[1]?.domain).toBe('bücher.de');
    });

    it('refuses (and stores nothing) a product that is gone, sold out or not sold in the currency', async () => {
      expect(await add({ ...starterInput, pid: 999 })).toEqual({ ok: false, message: 'That product is no longer available.' });
      expect(await add({ pid: 50, configuration: { cycle: 'annually', options: {}, quantity: 1 }, server: SERVER })).toEqual({
        ok: false,
        message: 'Dedicated E-2388G is sold out.',
      });
      expect(await add({ pid: 50, configuration: { cycle: 'annually', options: {}, quantity: 1 } }, { ...ctx, currencyCode: 'EUR' })).toEqual({
        ok: false,
        message: 'Dedicated E-2388G is not sold in EUR.',
      });
      expect(await load()).toBeNull();
    });

    it('refuses a configuration the catalogue would have to repair, naming what is wrong', async () => {
      const result = await add({ ...starterInput, configuration: { cycle: 'quarterly', options: {}, quantity: 1 } });
      expect(result).toEqual({
        ok: false,
        message:
          "This configuration can't be ordered as it is: Quarterly billing is not available for Starter; using Monthly. Reload the page to see the current options.",
      });
      expect((await add({ ...vpsInput(), configuration: { cycle: 'monthly', options: { ...vpsOptions, 4: 17 }, quantity: 1 } })).ok).toBe(false);
      expect((await add({ ...starterInput, configuration: { cycle: 'monthly', options: {}, quantity: 2 } })).ok).toBe(false);
      expect(await load()).toBeNull();
    });

    it('asks for a domain when the product type needs one, and checks its syntax', async () => {
      expect(await add({ ...starterInput, domain: null })).toEqual({
        ok: false,
        message: 'Starter needs a domain name, like example.com.',
        fieldErrors: { domain: 'Starter needs a domain name, like example.com.' },
      });
      expect(await add({ ...starterInput, domain: 'not a domain' })).toMatchObject({ ok: false, fieldErrors: { domain: expect.any(String) } });
      expect(await add({ ...starterInput, domain: 'localhost' })).toMatchObject({
        ok: false,
        fieldErrors: { domain: 'Include the extension, like example.com.' },
      });
      expect(await load()).toBeNull();
    });

    it('asks for required custom fields and refuses fields the product does not have', async () => {
      expect(await add({ ...vpsInput(), customFields: { 7: '   ' } })).toEqual({
        ok: false,
        message: 'Please fill in the hostname.',
        fieldErrors: { 'customfield.7': 'Please fill in the hostname.' },
      });
      expect((await add({ ...vpsInput(), customFields: { 7: 'a.example', 8: 'x' } })).ok).toBe(false);
      expect(await load()).toBeNull();
    });

    it('refuses input of the wrong shape before anything else (zod)', async () => {
      expect(itemInputSchema.safeParse({ pid: 'abc', configuration: {} }).success).toBe(false);
      expect(itemInputSchema.safeParse({ ...starterInput, customFields: { 7: 'x'.repeat(1001) } }).success).toBe(false);
      expect(itemInputSchema.safeParse({ ...starterInput, itemId: '../../etc' }).success).toBe(false);
    });

    it('keeps the stock across the whole cart', async () => {
      expect((await add(vpsInput(3))).ok).toBe(true);
      expect(await add(vpsInput(3))).toEqual({ ok: false, message: 'Only 5 of Cloud VPS 2 left in stock; this cart asks for 6.' });
      expect((await add(vpsInput(2))).ok).toBe(true);
      expect((await load())?.items).toHaveLength(2);
    });

    it('replaces an item in place when the configurator edits it (itemId)', async () => {
      await add(starterInput);
      await add(vpsInput());
      const result = await add({ ...starterInput, configuration: { cycle: 'annually', options: {}, quantity: 1 }, domain: 'new.example', itemId: 'item-id-001' });
      expect(result).toEqual({ ok: true, message: 'Updated Starter in your cart.' });
      const items = (await load())?.items ?? [];
      expect(items.map((item) => [item.id, item.configuration.cycle, item.domain])).toEqual([
        ['item-id-001', 'annually', 'new.example'],
        ['item-id-002', 'monthly', null],
      ]);
      expect(items[0]?.addedPrices.USD).toEqual({ dueToday: 4995, recurring: 4995 });
      expect(await add({ ...starterInput, itemId: 'item-id-404' })).toEqual({ ok: false, message: 'That item is no longer in your cart.' });
    });

    it('stops at the cart size limit', async () => {
      for (let i = 0; i < MAX_CART_ITEMS; i++) expect((await add(starterInput)).ok).toBe(true);
      expect(await add(starterInput)).toEqual({ ok: false, message: `Your cart is full (${MAX_CART_ITEMS} items). Check out or remove something first.` });
    });
  });

  describe('changing items', () => {
    it('changes the quantity only where the product allows it, within the stock', async () => {
      await add(starterInput);
      await add(vpsInput(1));
      expect(await setItemQuantity(ctx, CART, 'item-id-001', 2)).toEqual({ ok: false, message: 'Starter can only be ordered one at a time.' });
      expect(await setItemQuantity(ctx, CART, 'item-id-002', 6)).toEqual({ ok: false, message: 'Choose a quantity between 1 and 5.' });
      expect(await setItemQuantity(ctx, CART, 'item-id-002', 4)).toEqual({ ok: true, message: 'Cloud VPS 2: quantity 4.' });
      const vps = (await load())?.items[1];
      expect(vps?.configuration.quantity).toBe(4);
      // 4 x (20.00 + 1.50 + 10.00 setup); renewals 4 x 21.50
      expect(vps?.addedPrices.USD).toEqual({ dueToday: 12600, recurring: 8600 });
      expect(await setItemQuantity(ctx, CART, 'nope-nope-nope', 1)).toEqual({ ok: false, message: 'That item is no longer in your cart.' });
    });

    it('duplicates an item right after the original, within the stock', async () => {
      await add(vpsInput(2));
      await add(starterInput);
      expect(await duplicateItem(ctx, CART, 'item-id-001')).toEqual({ ok: true, message: 'Added another Cloud VPS 2.' });
      expect((await load())?.items.map((item) => [item.id, item.pid])).toEqual([
        ['item-id-001', 10],
        ['item-id-003', 10],
        ['item-id-002', 1],
      ]);
      expect(await duplicateItem(ctx, CART, 'item-id-001')).toEqual({ ok: false, message: 'Only 5 of Cloud VPS 2 left in stock; this cart asks for 6.' });
      expect((await load())?.items).toHaveLength(3);
    });

    it('removes an item, and removing it again is not an error', async () => {
      await add(starterInput);
      expect(await removeItem(ctx, CART, 'item-id-001')).toEqual({ ok: true, message: 'Removed Starter from your cart.' });
      expect(await removeItem(ctx, CART, 'item-id-001')).toEqual({ ok: true, message: 'Removed the item from your cart.' });
      expect((await load())?.items).toEqual([]);
    });

    it('accepts the catalogue changes to an item: stored as it is now priced', async () => {
      await add(starterInput);
      const cart = (await load())!;
      const stale = { ...cart.items[0]!, configuration: { cycle: 'quarterly' as const, options: {}, quantity: 1 }, addedPrices: {} };
      await store.replaceItem(CART, stale, NOW);
      expect(await acceptItemChanges(ctx, CART, 'item-id-001')).toEqual({ ok: true, message: 'Starter is updated to the current options and prices.' });
      expect((await load())?.items[0]).toMatchObject({
        configuration: { cycle: 'monthly', options: {}, quantity: 1 },
        addedPrices: { USD: { dueToday: 499, recurring: 499 } },
      });
    });

    it('will not accept changes that need the customer to type something', async () => {
      await add(starterInput);
      const item = (await load())!.items[0]!;
      await store.replaceItem(CART, { ...item, domain: null }, NOW);
      expect(await acceptItemChanges(ctx, CART, item.id)).toEqual({
        ok: false,
        message: 'This item needs details only you can give: edit it to fill them in.',
      });
    });
  });

  describe('promo codes', () => {
    const found = (promotion: typeof SAVE15): PromotionLookup => ({ status: 'found', promotion });

    it('applies a code that takes something off, stored as WHMCS spells it', async () => {
      await add(starterInput);
      expect(await applyPromotion(ctx, CART, found(SAVE15), '2025-01-20')).toEqual({
        ok: true,
        message: 'SAVE15 applied: 15% off the first payment and every renewal.',
      });
      expect((await load())?.promoCode).toBe('SAVE15');
      expect(await removePromotion(ctx, CART)).toEqual({ ok: true, message: 'Promo code removed.' });
      expect((await load())?.promoCode).toBeNull();
    });

    it('refuses a code that does not apply and says why, storing nothing', async () => {
      await add(starterInput);
      expect(await applyPromotion(ctx, CART, found(WELCOME5), '2025-02-01')).toEqual({
        ok: false,
        message: 'WELCOME5 expired on 2025-01-31.',
        fieldErrors: { code: 'WELCOME5 expired on 2025-01-31.' },
      });
      expect(await applyPromotion(ctx, CART, { status: 'unknown', code: 'NOPE' }, '2025-01-20')).toMatchObject({
        ok: false,
        message: "We don't recognise the code NOPE.",
      });
      expect(await applyPromotion(ctx, CART, found({ ...SAVE15, maxUses: 3, uses: 3 }), '2025-01-20')).toMatchObject({
        ok: false,
        message: 'This code has been used up.',
      });
      expect(await applyPromotion(ctx, CART, found({ ...SAVE15, appliesTo: [40] }), '2025-01-20')).toMatchObject({
        ok: false,
        message: 'SAVE15 does not apply to the products in your cart.',
      });
      expect((await load())?.promoCode).toBeNull();
    });

    it('asks for something in the cart first', async () => {
      expect(await applyPromotion(ctx, CART, found(SAVE15), '2025-01-20')).toEqual({
        ok: false,
        message: 'Add something to your cart before entering a code.',
      });
    });
  });

  describe('starting a cart', () => {
    const cartCount = () => count('cart_carts');

    it('stores no cart for an item that cannot be added', async () => {
      expect((await add({ ...starterInput, domain: 'not a domain' })).ok).toBe(false);
      expect((await add({ ...starterInput, pid: 9999 })).ok).toBe(false);
      expect(await cartCount()).toBe(0);
    });

    it('limits how many new carts one IP starts, and never limits filling a cart', async () => {
      let clock = NOW.getTime();
      const limiter = createRateLimiter(db, () => clock);
      const limited: MutationContext = { ...ctx, allowNewCart: newCartGate(limiter, '198.51.100.7') };
      for (let i = 0; i < NEW_CARTS_PER_IP.maxFailures; i++) {
        expect((await addOrUpdateItem(limited, `cart-${i}`, itemInputSchema.parse(starterInput))).ok).toBe(true);
      }
      expect(await addOrUpdateItem(limited, 'cart-one-too-many', itemInputSchema.parse(starterInput))).toEqual({
        ok: false,
        message: 'Too many new carts were started from your network just now. Please try again in 10 minutes.',
      });
      expect(await store.load('cart-one-too-many', NOW)).toBeNull();
      // Carts already started fill up as usual; another address starts its own.
      expect((await addOrUpdateItem(limited, 'cart-0', itemInputSchema.parse(vpsInput()))).ok).toBe(true);
      const elsewhere = { ...ctx, allowNewCart: newCartGate(limiter, '203.0.113.1') };
      expect((await addOrUpdateItem(elsewhere, 'cart-elsewhere', itemInputSchema.parse(starterInput))).ok).toBe(true);
      // Once the window has passed, the first address may start carts again.
      clock += NEW_CARTS_PER_IP.windowMs + 1;
      expect((await addOrUpdateItem(limited, 'cart-later', itemInputSchema.parse(starterInput))).ok).toBe(true);
      expect(await cartCount()).toBe(NEW_CARTS_PER_IP.maxFailures + 2);
    });
  });

  describe('the cart store', () => {
    it('forgets carts untouched for the cart lifetime', async () => {
      await add(starterInput);
      const later = new Date(NOW.getTime() + (CART_LIFETIME_DAYS + 1) * 86_400_000);
      expect(await store.load(CART, later)).toBeNull();
      expect(await store.purgeIdle(new Date(later.getTime() - CART_LIFETIME_DAYS * 86_400_000))).toBe(1);
      expect(await count('cart_items')).toBe(0);
    });

    it('takes only the ordered items out of the cart: one added meanwhile stays, with the promotion', async () => {
      await add(starterInput);
      await add(vpsInput());
      await store.setPromoCode(CART, 'SAVE15', NOW);
      // item-id-002 was added in another tab while the order for item-id-001 was being placed.
      await store.removeOrdered(CART, ['item-id-001']);
      expect(await load()).toMatchObject({ promoCode: 'SAVE15', items: [{ id: 'item-id-002', pid: 10 }] });
    });

    it('deletes the cart once every item was ordered, and all of it for an order that did not name its items', async () => {
      await add(starterInput);
      await store.removeOrdered(CART, ['item-id-001', 'not-in-this-cart']);
      expect(await load()).toBeNull();
      await add(starterInput);
      await add(vpsInput());
      await store.removeOrdered(CART, null);
      expect(await load()).toBeNull();
      expect(await count('cart_items')).toBe(0);
    });

    it('skips an unreadable item row instead of losing the cart', async () => {
      await add(starterInput);
      await add(vpsInput());
      await db.updateTable('cart_items').set({ configuration: '{broken' }).where('id', '=', 'item-id-001').execute();
      const original = console.error;
      console.error = () => {};
      try {
        expect((await load())?.items.map((item) => item.id)).toEqual(['item-id-002']);
      } finally {
        console.error = original;
      }
    });
  });

  describe('on several instances', () => {
    it('items added to one cart at once on two instances all land, each in its own place', async () => {
      const connections = [db, connectAgain(db)];
      await warmUp(connections);
      const [a, b] = connections.map(cartStore);
      await add(starterInput);
      const original = (await load())!.items[0]!;
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a! : b!).addItem(CART, { ...original, id: `copy-${i}` }, NOW)),
      );
      const positions = await db.selectFrom('cart_items').select('position').where('cart_id', '=', CART).execute();
      expect(positions).toHaveLength(11);
      expect(new Set(positions.map((row) => row.position)).size).toBe(11);
    });

    it('an item added while an order takes the others out stays in the cart', async () => {
      const connections = [db, connectAgain(db)];
      await warmUp(connections);
      const [a, b] = connections.map(cartStore);
      await add(starterInput);
      const original = (await load())!.items[0]!;
      await Promise.all([a!.removeOrdered(CART, [original.id]), b!.addItem(CART, { ...original, id: 'added-meanwhile' }, NOW)]);
      const left = (await load())?.items.map((entry) => entry.id) ?? [];
      // Either the order emptied the cart first (the new item then starts it again) or the item
      // came first and the order took only its own item: never is the new item lost with the cart.
      expect(left).toEqual(['added-meanwhile']);
    });
  });
});
