import { describe, expect, it } from 'vitest';
import official from './fixtures/getproducts-official.json';
import live from './fixtures/getproducts-live.json';
import type { Product } from './types';
import { getProductsResponse } from './wire/products';

/** Every JSON number as a string, as older PHP versions send them. */
function numbersAsStrings(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(numbersAsStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, numbersAsStrings(v)]));
  return value;
}

type WireProduct = Record<string, unknown>;

/** The live example's product with some fields replaced, wrapped in a GetProducts answer. */
function answerWith(overrides: WireProduct): unknown {
  const product = { ...structuredClone(live.products.product[0]), ...overrides };
  return { result: 'success', totalresults: 1, products: { product: [product] } };
}

function parseOne(overrides: WireProduct): Product {
  const products = getProductsResponse.parse(answerWith(overrides));
  expect(products).toHaveLength(1);
  return products[0]!;
}

const liveProduct: Product = {
  pid: 1,
  gid: 1,
  type: 'hostingaccount',
  name: 'Starter',
  slug: 'starter',
  groupSlug: 'shared-hosting',
  description: 'Disk Space: 1GB\nBandwidth: 3GB',
  module: 'cpanel',
  payType: 'recurring',
  quantityMode: 'none',
  stockLevel: 5,
  pricing: {
    USD: {
      code: 'USD',
      prefix: '$',
      suffix: ' USD',
      cycles: {
        monthly: { price: 499, setupFee: 0 },
        semiannually: { price: 2895, setupFee: 0 },
        annually: { price: 4995, setupFee: 0 },
      },
    },
  },
  configOptions: [
    {
      id: 4,
      name: 'Extra disk',
      kind: 'quantity',
      minQty: null,
      maxQty: 10,
      choices: [
        {
          id: 9,
          name: 'GB',
          pricing: {
            USD: {
              monthly: { price: 50, setupFee: 0 },
              quarterly: { price: 150, setupFee: 0 },
              semiannually: { price: 300, setupFee: 0 },
              annually: { price: 600, setupFee: 0 },
              biennially: { price: 1200, setupFee: 0 },
              triennially: { price: 1800, setupFee: 0 },
            },
          },
        },
      ],
    },
  ],
  customFields: [{ id: 2, name: 'Site purpose', description: '', required: true }],
};

describe('GetProducts', () => {
  it('reads the official example (numbers as strings, `customfield: ""`, no product_url)', () => {
    expect(getProductsResponse.parse(official)).toEqual([
      {
        pid: 1,
        gid: 1,
        type: 'hostingaccount',
        name: 'Starter Package',
        slug: 'product-1',
        groupSlug: 'group-1',
        description: 'Disk Space:1GB\nBandwidth: 3GB\nEmail Accounts:5\nSubdomains:0\nDatabases:0\nAddon Domains:0',
        module: '',
        payType: 'recurring',
        quantityMode: 'none',
        stockLevel: null,
        pricing: {
          USD: {
            code: 'USD',
            prefix: '$',
            suffix: ' USD',
            cycles: { semiannually: { price: 2895, setupFee: 0 }, annually: { price: 4995, setupFee: 0 } },
          },
        },
        configOptions: [],
        customFields: [],
      },
    ]);
  });

  it('reads the live WHMCS 8.12 shape from NOTES.md', () => {
    expect(getProductsResponse.parse(live)).toEqual([liveProduct]);
  });

  it('reads the same answer with every number sent as a string', () => {
    expect(getProductsResponse.parse(numbersAsStrings(live))).toEqual([liveProduct]);
  });

  it.each([
    ['missing products key', { result: 'success', totalresults: 0 }],
    ['products: ""', { result: 'success', totalresults: 0, products: '' }],
    ['products: []', { result: 'success', totalresults: 0, products: [] }],
    ['products: { product: [] }', { result: 'success', totalresults: 0, products: { product: [] } }],
  ])('reads an empty catalogue given as %s', (_, answer) => {
    expect(getProductsResponse.parse(answer)).toEqual([]);
  });

  it.each([
    ['[]', [], []],
    ['""', '', ''],
    ['a wrapper holding []', { customfield: [] }, { configoption: [] }],
    ['a wrapper holding ""', { customfield: '' }, { configoption: '' }],
    ['missing', undefined, undefined],
  ])('reads empty custom fields and config options given as %s', (_, customfields, configoptions) => {
    const product = parseOne({ customfields, configoptions });
    expect(product.customFields).toEqual([]);
    expect(product.configOptions).toEqual([]);
  });

  it('reads a config option whose choices list is []', () => {
    const product = parseOne({ configoptions: { configoption: [{ id: 1, name: 'Backups', type: '3', options: [] }] } });
    expect(product.configOptions).toEqual([{ id: 1, name: 'Backups', kind: 'yesno', minQty: null, maxQty: null, choices: [] }]);
  });

  it('decodes HTML entities in names, descriptions, field names and currency prefixes', () => {
    const product = parseOne({
      name: 'Tom &amp; Jerry&#039;s Plan',
      description: '&lt;b&gt;Fast&lt;/b&gt; &amp; cheap\r\nline two\rthree',
      customfields: { customfield: [{ id: 2, name: 'Site&#039;s purpose', description: 'What &quot;it&quot; does', required: '' }] },
      configoptions: {
        configoption: [{ id: 5, name: 'Disk &amp; RAM', type: 1, options: { option: [{ id: 6, name: '1 GB &amp; 1 core', pricing: [] }] } }],
      },
      pricing: {
        GBP: { ...live.products.product[0]!.pricing.USD, prefix: '&pound;', suffix: ' GBP' },
      },
    });
    expect(product.name).toBe("Tom & Jerry's Plan");
    expect(product.description).toBe('<b>Fast</b> & cheap\nline two\nthree');
    expect(product.customFields).toEqual([{ id: 2, name: "Site's purpose", description: 'What "it" does', required: false }]);
    expect(product.configOptions[0]?.name).toBe('Disk & RAM');
    expect(product.configOptions[0]?.choices[0]).toEqual({ id: 6, name: '1 GB & 1 core', pricing: {} });
    expect(product.pricing.GBP?.prefix).toBe('£');
  });

  it('reads required "*" as required and "" as optional', () => {
    const product = parseOne({
      customfields: {
        customfield: [
          { id: 1, name: 'A', description: '', required: '*' },
          { id: 2, name: 'B', description: '', required: '' },
          { id: 3, name: 'C', description: '' },
        ],
      },
    });
    expect(product.customFields.map((f) => f.required)).toEqual([true, false, false]);
  });

  it('leaves out cycles priced -1.00 and keeps free (0.00) cycles', () => {
    const usd = { ...live.products.product[0]!.pricing.USD, monthly: '-1.00', quarterly: '0.00', qsetupfee: '1.50', annually: '-1.00', asetupfee: '-1.00' };
    const product = parseOne({ pricing: { USD: usd } });
    expect(product.pricing.USD?.cycles).toEqual({
      quarterly: { price: 0, setupFee: 150 },
      semiannually: { price: 2895, setupFee: 0 },
    });
  });

  it('prices a one-time product from monthly/msetupfee under `onetime`, and copies option prices to `onetime`', () => {
    const product = parseOne({
      paytype: 'onetime',
      pricing: {
        USD: { prefix: '$', suffix: ' USD', msetupfee: '5.00', qsetupfee: '0.00', monthly: '10.00', quarterly: '-1.00', annually: '-1.00' },
      },
    });
    expect(product.payType).toBe('onetime');
    expect(product.pricing.USD?.cycles).toEqual({ onetime: { price: 1000, setupFee: 500 } });
    const choicePricing = product.configOptions[0]?.choices[0]?.pricing.USD;
    expect(choicePricing?.onetime).toEqual({ price: 50, setupFee: 0 });
    expect(choicePricing?.monthly).toEqual({ price: 50, setupFee: 0 });
  });

  it('offers a one-time product with a disabled price in no cycle', () => {
    const product = parseOne({ paytype: 'onetime', pricing: { USD: { prefix: '$', suffix: '', monthly: '-1.00', msetupfee: '0.00' } } });
    expect(product.pricing.USD?.cycles).toEqual({});
  });

  it('prices a free product as `free` at zero whatever the columns say, and its options at nothing', () => {
    const product = parseOne({ paytype: 'free' });
    expect(product.pricing.USD?.cycles).toEqual({ free: { price: 0, setupFee: 0 } });
    expect(product.configOptions[0]?.choices[0]?.pricing).toEqual({ USD: {} });
  });

  it('keeps negative config option prices (discount choices)', () => {
    const product = parseOne({
      configoptions: {
        configoption: [
          {
            id: 7,
            name: 'Support',
            type: '2',
            options: { option: [{ id: 8, name: 'None', pricing: { USD: { monthly: '-2.00', msetupfee: '0.00' } } }] },
          },
        ],
      },
    });
    expect(product.configOptions[0]?.choices[0]?.pricing.USD).toEqual({ monthly: { price: -200, setupFee: 0 } });
  });

  it.each([
    ['"true" with a level', { stockcontrol: 'true', stocklevel: '3' }, 3],
    ['true with level 0 (sold out)', { stockcontrol: true, stocklevel: 0 }, 0],
    ['absent', { stockcontrol: undefined, stocklevel: undefined }, null],
    ['absent but a stale stocklevel', { stockcontrol: undefined, stocklevel: 5 }, null],
    ['"false"', { stockcontrol: 'false', stocklevel: 5 }, null],
  ])('reads stock control %s', (_, overrides, expected) => {
    expect(parseOne(overrides).stockLevel).toBe(expected);
  });

  it.each([
    ['1', 'dropdown'],
    ['2', 'radio'],
    ['3', 'yesno'],
    ['4', 'quantity'],
    [2, 'radio'],
  ] as const)('maps config option type %j to %s', (type, kind) => {
    const product = parseOne({ configoptions: { configoption: [{ id: 1, name: 'X', type, minqty: 2, maxqty: 0, options: [] }] } });
    expect(product.configOptions[0]?.kind).toBe(kind);
    // Bounds only mean something for quantity options; 0 means no limit.
    expect(product.configOptions[0]?.minQty).toBe(kind === 'quantity' ? 2 : null);
    expect(product.configOptions[0]?.maxQty).toBeNull();
  });

  it('leaves out a config option of a type WHMCS does not define', () => {
    const product = parseOne({ configoptions: { configoption: [{ id: 1, name: 'X', type: '9', options: [] }] } });
    expect(product.configOptions).toEqual([]);
  });

  it.each([
    [0, 'none'],
    ['1', 'multiple'],
    [2, 'scaling'],
    [undefined, 'none'],
  ] as const)('maps allowqty %j to %s', (allowqty, mode) => {
    expect(parseOne({ allowqty }).quantityMode).toBe(mode);
  });

  it.each([
    ['https://host/store/shared-hosting/starter', 'shared-hosting'],
    ['https://host/index.php?rp=/store/vps-plans/small', 'vps-plans'],
    ['https://host/billing/store/caf%C3%A9/x', 'café'],
    ['https://host/cart.php?a=add&pid=1', 'group-1'],
    ['', 'group-1'],
  ])('reads the group slug of %j as %s', (url, slug) => {
    expect(parseOne({ product_url: url }).groupSlug).toBe(slug);
  });

  it('reads `product-url`, as the official 8.12 example spells it', () => {
    const product = parseOne({ product_url: undefined, 'product-url': 'https://host/store/vps-plans/small', slug: undefined });
    expect(product.groupSlug).toBe('vps-plans');
    expect(product.slug).toBe('small');
  });

  it('takes the product slug from the URL when `slug` is missing', () => {
    expect(parseOne({ slug: undefined }).slug).toBe('starter');
    expect(parseOne({ slug: '', product_url: undefined }).slug).toBe('product-1');
  });

  it('maps unknown product types to other', () => {
    expect(parseOne({ type: 'Server' }).type).toBe('server');
    expect(parseOne({ type: 'domain' }).type).toBe('other');
  });

  it('reads several currencies', () => {
    const usd = live.products.product[0]!.pricing.USD;
    const product = parseOne({ pricing: { USD: usd, EUR: { ...usd, prefix: '€', suffix: ' EUR', monthly: '4.50' } } });
    expect(Object.keys(product.pricing)).toEqual(['USD', 'EUR']);
    expect(product.pricing.EUR?.cycles.monthly).toEqual({ price: 450, setupFee: 0 });
  });

  it('rejects answers it cannot read rather than guessing', () => {
    expect(getProductsResponse.safeParse(answerWith({ pid: 'abc' })).success).toBe(false);
    expect(getProductsResponse.safeParse(answerWith({ paytype: 'weekly' })).success).toBe(false);
    const badPrice = { ...live.products.product[0]!.pricing.USD, monthly: '4,99' };
    expect(getProductsResponse.safeParse(answerWith({ pricing: { USD: badPrice } })).success).toBe(false);
  });
});
