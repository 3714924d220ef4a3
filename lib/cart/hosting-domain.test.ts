import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '@/lib/store/test-databases';
import type { Tld } from '@/lib/whmcs/types';
import { addHostingWithDomain, type HostingDomainContext } from './hosting-domain';
import { itemInputSchema, stepDomainOrderSchema, type StepDomainOrder } from './inputs';
import { cartStore, type CartStore } from './store';
import { TEST_CART, TEST_NOW, testCartContext } from './test-fixtures';

const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };
const tld = (name: string, transfer: boolean): Tld => ({
  tld: name,
  categories: [],
  group: '',
  extras: NO_EXTRAS,
  register: [{ years: 1, price: 1299 }],
  transfer: transfer ? [{ years: 1, price: 1099 }] : [],
  renew: [{ years: 1, price: 1499 }],
});
const TLDS = [tld('com', true), tld('uk', false)];

let store: CartStore;
let ctx: HostingDomainContext;
const NOW = TEST_NOW;
const CART = TEST_CART;

/** Starter (a hosting account) on its domain; `itemId` edits that item. */
const starter = (domain: string, itemId?: string) =>
  itemInputSchema.parse({ pid: 1, configuration: { cycle: 'monthly' }, domain, ...(itemId ? { itemId } : {}) });
const order = (input: object): StepDomainOrder => stepDomainOrderSchema.parse(input);
const add = (domain: string, step: object | null, itemId?: string) => addHostingWithDomain(ctx, CART, starter(domain, itemId), step && order(step));
const load = () => store.load(CART, NOW);

describeEachDialect('hosting with its domain step', ({ open }) => {
  beforeEach(async () => {
    store = cartStore(await open());
    ctx = testCartContext(store, 'line-id', { currencyCode: 'USD', tlds: TLDS, extraPrices: null, idnLanguages: {} });
  });

  it('adds the plan on the new name and the registration bound to it, priced as the cart prices it', async () => {
    expect(await add('', { type: 'register', domain: 'Fresh-Idea.com' })).toMatchObject({ ok: true });
    const cart = await load();
    expect(cart?.items).toEqual([expect.objectContaining({ id: 'line-id-001', domain: 'fresh-idea.com' })]);
    expect(cart?.domains).toEqual([
      expect.objectContaining({ type: 'register', domain: 'fresh-idea.com', years: 1, hostingItemId: 'line-id-001', addedPrices: { USD: { dueToday: 1299, recurring: 1499 } } }),
    ]);
  });

  it('adds neither when the domain line is refused, with the message on the step field', async () => {
    const taken = await add('', { type: 'register', domain: 'taken-idea.com' });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { 'domainStep.register': expect.stringContaining('already registered') } });
    const noTransfer = await add('', { type: 'transfer', domain: 'taken-shop.uk', eppCode: 'abc' });
    expect(noTransfer).toMatchObject({ ok: false, fieldErrors: { 'domainStep.transfer': expect.stringContaining("can't be transferred") } });
    const noCode = await add('', { type: 'transfer', domain: 'taken-shop.com', eppCode: ' ' });
    expect(noCode).toMatchObject({ ok: false, fieldErrors: { 'domainStep.eppCode': expect.stringContaining('Enter the EPP code') } });
    const notHosting = await addHostingWithDomain(ctx, CART, itemInputSchema.parse({ pid: 20, configuration: { cycle: 'annually' } }), order({ type: 'register', domain: 'fresh-idea.com' }));
    expect(notHosting).toMatchObject({ ok: false, message: expect.stringContaining('is not set up on a domain') });
    expect((await load())?.items ?? []).toEqual([]);
    expect((await load())?.domains ?? []).toEqual([]);
  });

  it('adds a transfer with its EPP code sealed; editing keeps it, or takes a new one', async () => {
    expect(await add('', { type: 'transfer', domain: 'taken-shop.com', eppCode: 'abc-123' })).toMatchObject({ ok: true });
    expect((await load())?.domains[0]).toMatchObject({ type: 'transfer', sealedEppCode: 'sealed(7)', hostingItemId: 'line-id-001' });
    expect(await add('', { type: 'transfer', domain: 'taken-shop.com', eppCode: '' }, 'line-id-001')).toMatchObject({ ok: true });
    expect((await load())?.domains).toEqual([expect.objectContaining({ id: 'line-id-002', sealedEppCode: 'sealed(7)' })]);
    expect(await add('', { type: 'transfer', domain: 'taken-shop.com', eppCode: 'longer-code' }, 'line-id-001')).toMatchObject({ ok: true });
    expect((await load())?.domains).toEqual([expect.objectContaining({ id: 'line-id-002', sealedEppCode: 'sealed(11)' })]);
  });

  it('editing the plan to another way replaces its line; to an own domain removes it', async () => {
    await add('', { type: 'register', domain: 'first-idea.com' });
    expect(await add('', { type: 'register', domain: 'second-idea.com' }, 'line-id-001')).toMatchObject({ ok: true });
    let cart = await load();
    expect(cart?.items.map((item) => item.domain)).toEqual(['second-idea.com']);
    expect(cart?.domains.map((line) => [line.domain, line.hostingItemId])).toEqual([['second-idea.com', 'line-id-001']]);

    expect(await add('mine.com', null, 'line-id-001')).toMatchObject({ ok: true });
    cart = await load();
    expect(cart?.items.map((item) => item.domain)).toEqual(['mine.com']);
    expect(cart?.domains).toEqual([]);
  });

  it('an edit whose new line is refused leaves the plan and its line as they were', async () => {
    await add('', { type: 'register', domain: 'first-idea.com' });
    const before = await load();
    expect(await add('', { type: 'register', domain: 'taken-too.com' }, 'line-id-001')).toMatchObject({ ok: false });
    const after = await load();
    expect(after?.items).toEqual(before?.items);
    expect(after?.domains).toEqual(before?.domains);
  });
});
