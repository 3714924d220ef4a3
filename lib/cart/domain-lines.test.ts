import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreDb } from '@/lib/store/db';
import { describeEachDialect } from '@/lib/store/test-databases';
import type { Tld } from '@/lib/whmcs/types';
import { domainLineInputSchema, domainLineUpdateSchema, type AddDomainLineInput } from './domain-inputs';
import { addDomainLine, setNameservers, updateDomainLine } from './domain-lines';
import type { HostingDomainContext } from './hosting-domain';
import { addOrUpdateItem, applyPromotion, removeItem, type MutationContext } from './mutations';
import { itemInputSchema } from './inputs';
import { cartStore, type CartStore } from './store';
import { COM_TLD, DOTCOM20, TEST_CART, TEST_NOW, testCartContext } from './test-fixtures';

/** A TLD priced like the sandbox's .com (every extra), under another name. */
const tld = (name: string, fields: Partial<Tld> = {}): Tld => ({ ...COM_TLD, tld: name, categories: [], group: '', ...fields });
/** .com, .us (no ID protection; required fields), .uk (no transfers), .de (IDN names, language ger). */
const TLDS = [
  tld('com'),
  tld('us', { extras: { ...COM_TLD.extras, idprotection: false }, register: [{ years: 1, price: 799 }] }),
  tld('uk', { transfer: [] }),
  tld('de'),
];
const PRICES = { dnsmanagement: 150, emailforwarding: 100, idprotection: 300 };

let db: StoreDb;
let store: CartStore;
let ctx: HostingDomainContext;
const NOW = TEST_NOW;
const CART = TEST_CART;

const add = (input: AddDomainLineInput) => addDomainLine(ctx, CART, domainLineInputSchema.parse(input));
const load = () => store.load(CART, NOW);

describeEachDialect('domain lines in the cart', ({ open }) => {
  beforeEach(async () => {
    db = await open();
    store = cartStore(db);
    ctx = testCartContext(store, 'line-id', { currencyCode: 'USD', tlds: TLDS, extraPrices: PRICES, idnLanguages: { de: 'ger' } });
  });

  it('adds a registration with its period, extras and price, and reads it back from the store', async () => {
    expect(await add({ domain: 'Fresh-Idea.COM', type: 'register', years: 2, extras: { dnsmanagement: true } })).toEqual({
      ok: true,
      message: 'Added fresh-idea.com (registration, 2 years) to your cart.',
    });
    expect((await load())?.domains).toEqual([
      {
        id: 'line-id-001',
        type: 'register',
        domain: 'fresh-idea.com',
        display: 'fresh-idea.com',
        tld: 'com',
        years: 2,
        extras: { dnsmanagement: true, emailforwarding: false, idprotection: false },
        sealedEppCode: null,
        fields: {},
        idnLanguage: null,
        hostingItemId: null,
        addedAt: NOW.toISOString(),
        // 25.98 + DNS 1.50 x 2 = 28.98; renews at 29.98 + 3.00.
        addedPrices: { USD: { dueToday: 2898, recurring: 3298 } },
      },
    ]);
  });

  it('keeps an IDN name in ASCII for WHMCS, Unicode for people, with the TLD\'s IDN language', async () => {
    expect(await add({ domain: 'bücher-neu.de', type: 'register' })).toMatchObject({ ok: true });
    expect((await load())?.domains[0]).toMatchObject({ domain: 'xn--bcher-neu-q9a.de', display: 'bücher-neu.de', idnLanguage: 'ger', years: 1 });
  });

  it('adds a transfer with its EPP code sealed, never in clear', async () => {
    expect(await add({ domain: 'taken-shop.com', type: 'transfer', eppCode: ' s3cr3t-C0DE ' })).toMatchObject({ ok: true });
    const line = (await load())?.domains[0];
    expect(line).toMatchObject({ type: 'transfer', sealedEppCode: 'sealed(11)' });
    expect(JSON.stringify(await db.selectFrom('cart_domains').selectAll().execute())).not.toContain('s3cr3t');
  });

  it.each([
    [{ domain: 'not a name', type: 'register' }, 'domain', 'no spaces'],
    [{ domain: 'fresh-idea.xyz', type: 'register' }, 'domain', "We don't sell .xyz"],
    [{ domain: 'fresh-idea', type: 'register' }, 'domain', 'Include the extension'],
    [{ domain: 'fresh-idea.com', type: 'register', years: 3 }, 'years', '1 year, 2 years'],
    [{ domain: 'fresh-idea.us', type: 'register', extras: { idprotection: true } }, 'extras', 'ID protection is not available for .us'],
    [{ domain: 'taken-name.uk', type: 'transfer' }, 'type', "can't be transferred"],
    [{ domain: 'taken-name.com', type: 'register' }, 'domain', 'transfer it to us instead'],
    [{ domain: 'free-name.com', type: 'transfer' }, 'domain', 'register it instead'],
    [{ domain: 'fresh-idea.us', type: 'register', fields: { 'Nexus Category': 'C99' } }, 'fields.Nexus Category', 'listed values'],
  ] as const)('refuses %j beside the field, storing nothing', async (input, field, words) => {
    const result = await add(input as AddDomainLineInput);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors?.[field]).toContain(words);
    expect(await load()).toBeNull();
  });

  it('refuses a name already in the cart, whatever the type', async () => {
    await add({ domain: 'fresh-idea.com', type: 'register' });
    expect(await add({ domain: 'FRESH-IDEA.com', type: 'register' })).toMatchObject({ ok: false, fieldErrors: { domain: 'fresh-idea.com is already in your cart.' } });
    expect((await load())?.domains).toHaveLength(1);
  });

  it('binds a line to a hosting item in the cart, and removes it with that item', async () => {
    const mctx: MutationContext = ctx;
    await addOrUpdateItem(mctx, CART, itemInputSchema.parse({ pid: 1, configuration: { cycle: 'monthly' }, domain: 'fresh-idea.com' }));
    const hosting = (await load())!.items[0]!.id;
    expect(await add({ domain: 'fresh-idea.com', type: 'register', hostingItemId: 'no-such-item-id' })).toMatchObject({ ok: false });
    expect(await add({ domain: 'fresh-idea.com', type: 'register', hostingItemId: hosting })).toMatchObject({ ok: true });
    expect((await load())?.domains[0]?.hostingItemId).toBe(hosting);
    await removeItem(mctx, CART, hosting);
    expect((await load())?.domains ?? []).toEqual([]);
  });

  it('asks for missing required fields and the EPP code only when the line is changed from the cart', async () => {
    expect(await add({ domain: 'fresh-idea.us', type: 'register' })).toMatchObject({ ok: true });
    const update = (input: object) => updateDomainLine(ctx, CART, domainLineUpdateSchema.parse({ domainId: 'line-id-001', years: 1, ...input }));
    const refused = await update({});
    expect(refused).toMatchObject({ ok: false, fieldErrors: { 'fields.Nexus Category': expect.stringContaining('Choose your Nexus Category') } });
    expect(await update({ fields: { 'Nexus Category': 'C11', 'Application Purpose': 'Personal Use' }, extras: { dnsmanagement: true } })).toMatchObject({ ok: true });
    expect((await load())?.domains[0]).toMatchObject({
      fields: { 'Nexus Category': 'C11', 'Application Purpose': 'Personal Use' },
      addedPrices: { USD: { dueToday: 949, recurring: 1649 } },
    });

    await add({ domain: 'taken-shop.com', type: 'transfer' });
    const transfer = (input: object) => updateDomainLine(ctx, CART, domainLineUpdateSchema.parse({ domainId: 'line-id-002', years: 1, ...input }));
    expect(await transfer({})).toMatchObject({ ok: false, fieldErrors: { eppCode: expect.stringContaining('Enter the EPP code') } });
    expect(await transfer({ eppCode: 'abc-123' })).toMatchObject({ ok: true });
    // Left empty afterwards, the stored code stays.
    expect(await transfer({ years: 1 })).toMatchObject({ ok: true });
    expect((await load())?.domains[1]?.sealedEppCode).toBe('sealed(7)');
  });

  it('stores nameservers for the order, or none for the shop defaults, and refuses bad host names', async () => {
    await add({ domain: 'fresh-idea.com', type: 'register' });
    expect(await setNameservers(ctx, CART, ['ns1.example.net', 'ns2.example.net'])).toMatchObject({ ok: true });
    expect((await load())?.nameservers).toEqual(['ns1.example.net', 'ns2.example.net']);
    expect(await setNameservers(ctx, CART, ['ns1.example.net', 'not a host'])).toMatchObject({ ok: false, fieldErrors: { ns2: expect.any(String) } });
    expect(await setNameservers(ctx, CART, [])).toMatchObject({ ok: true });
    expect((await load())?.nameservers).toBeNull();
  });

  it('applies a TLD promotion to a cart holding only domains, priced from GetTLDPricing', async () => {
    await add({ domain: 'fresh-idea.com', type: 'register' });
    const mctx: MutationContext = { ...ctx, domainPricing: async () => ({ tlds: TLDS, extraPrices: PRICES }) };
    expect(await applyPromotion(mctx, CART, { status: 'found', promotion: DOTCOM20 }, '2025-01-20')).toEqual({
      ok: true,
      message: 'DOTCOM20 applied: 20% off the first payment.',
    });
    expect((await load())?.promoCode).toBe('DOTCOM20');
  });

  it('takes ordered domain lines out of the cart with the ordered items', async () => {
    await add({ domain: 'fresh-idea.com', type: 'register' });
    await add({ domain: 'other-idea.com', type: 'register' });
    await store.removeOrdered(CART, ['line-id-001']);
    expect((await load())?.domains.map((line) => line.domain)).toEqual(['other-idea.com']);
    await store.removeOrdered(CART, ['line-id-002']);
    expect(await load()).toBeNull();
  });
});

describe('domain line input', () => {
  it('fills extras left out as not chosen and refuses an over-long EPP code', () => {
    expect(domainLineInputSchema.parse({ domain: 'a.com', type: 'register' }).extras).toEqual({ dnsmanagement: false, emailforwarding: false, idprotection: false });
    expect(domainLineInputSchema.safeParse({ domain: 'a.com', type: 'transfer', eppCode: 'x'.repeat(65) }).success).toBe(false);
  });
});
