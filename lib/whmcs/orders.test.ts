import { describe, expect, it } from 'vitest';
import { base64Decode, httpBuildQuery, parseStr, unserialize, type PhpValue } from '@/lib/php';
import official from './fixtures/addorder-official.json';
import type { Currency, OrderRequest } from './types';
import { addOrderResponse, currencyCodeByDisplay, getOrdersResponse, statedCurrencyCode, toAddOrderParams, toOrder } from './wire/orders';

const unserializeBase64 = (text: string): PhpValue => unserialize(base64Decode(text));

const order: OrderRequest = {
  clientId: 12,
  paymentMethod: 'paypal',
  promoCode: ' SPRING ',
  clientIp: '203.0.113.9',
  items: [
    { pid: 1, billingCycle: 'monthly', quantity: 2, domain: 'd칩m치in.com', configOptions: { 4: 3, 5: 11 }, customFields: { 2: 'café blog' } },
    { pid: 3, billingCycle: 'onetime', quantity: 1, configOptions: {}, customFields: {} },
  ],
};

describe('toAddOrderParams', () => {
  it('maps an order to aligned per-item PHP arrays', () => {
    const params = toAddOrderParams(order);
    expect(params).toMatchObject({
      clientid: 12,
      paymentmethod: 'paypal',
      pid: [1, 3],
      billingcycle: ['monthly', 'onetime'],
      qty: [2, 1],
      domain: ['d칩m치in.com', ''],
      promocode: 'SPRING',
      clientip: '203.0.113.9',
    });
  });

  it('sends addons with their quantities and server details aligned with the items, only when some item has them', () => {
    expect(toAddOrderParams(order)).not.toHaveProperty('addons');
    expect(toAddOrderParams(order)).not.toHaveProperty('hostname');
    const [first, second] = order.items;
    const params = toAddOrderParams({
      ...order,
      items: [
        first!,
        { ...second!, addons: [{ id: 1, quantity: 1 }, { id: 3, quantity: 2 }], server: { hostname: 'web01.example.net', rootPassword: 'pw', ns1Prefix: 'ns1', ns2Prefix: 'ns2' } },
      ],
    });
    expect(params).toMatchObject({
      addons: ['', '1,3'],
      addonsqty: ['', '1,2'],
      hostname: ['', 'web01.example.net'],
      rootpw: ['', 'pw'],
      ns1prefix: ['', 'ns1'],
      ns2prefix: ['', 'ns2'],
    });
  });

  it('serializes config options and custom fields per item as base64 PHP arrays', () => {
    const params = toAddOrderParams(order) as { configoptions: string[]; customfields: string[] };
    expect(params.configoptions.map((b64) => Buffer.from(b64, 'base64').toString('utf8'))).toEqual(['a:2:{i:4;i:3;i:5;i:11;}', 'a:0:{}']);
    expect(params.customfields.map((b64) => Buffer.from(b64, 'base64').toString('utf8'))).toEqual(['a:1:{i:2;s:10:"café blog";}', 'a:0:{}']);
  });

  it('never sends priceoverride, promooverride or noinvoice', () => {
    const keys = Object.keys(toAddOrderParams(order));
    for (const forbidden of ['priceoverride', 'promooverride', 'noinvoice', 'noinvoiceemail']) expect(keys).not.toContain(forbidden);
    expect(httpBuildQuery(toAddOrderParams(order))).not.toMatch(/override|noinvoice/);
  });

  it('leaves out an empty promo code and a missing client IP', () => {
    const params = toAddOrderParams({ ...order, promoCode: '  ', clientIp: undefined });
    expect(params).not.toHaveProperty('promocode');
    expect(params).not.toHaveProperty('clientip');
  });

  it('survives the wire: what PHP reads back is the order', () => {
    const php = parseStr(httpBuildQuery(toAddOrderParams(order)));
    expect(php.pid).toEqual({ '0': '1', '1': '3' });
    expect(php.billingcycle).toEqual({ '0': 'monthly', '1': 'onetime' });
    expect(php.domain).toEqual({ '0': 'd칩m치in.com', '1': '' });
    const configoptions = php.configoptions as Record<string, string>;
    const customfields = php.customfields as Record<string, string>;
    expect(unserializeBase64(configoptions['0']!)).toEqual({ '4': 3, '5': 11 });
    expect(unserializeBase64(customfields['0']!)).toEqual({ '2': 'café blog' });
    expect(unserializeBase64(customfields['1']!)).toEqual({});
  });

  it('sends the affiliate and renewals; a renewal-only order has no product lists', () => {
    const php = parseStr(httpBuildQuery(toAddOrderParams({ clientId: 12, paymentMethod: 'paypal', items: [], affiliateId: 3, serviceRenewals: [5, 6], addonRenewals: [9] })));
    expect(php).toEqual({ clientid: '12', paymentmethod: 'paypal', affid: '3', servicerenewals: { '0': '5', '1': '6' }, addonrenewals: { '0': '9' } });
    expect(toAddOrderParams(order)).not.toHaveProperty('affid');
  });

  it('sends addons for existing services as paired addonids[]/serviceids[]; an order without them sends neither', () => {
    const serviceAddons = [
      { addonId: 2, serviceId: 40 },
      { addonId: 5, serviceId: 40 },
    ];
    const php = parseStr(httpBuildQuery(toAddOrderParams({ clientId: 12, paymentMethod: 'mailin', items: [], serviceAddons })));
    expect(php).toEqual({ clientid: '12', paymentmethod: 'mailin', addonids: { '0': '2', '1': '5' }, serviceids: { '0': '40', '1': '40' } });
    expect(toAddOrderParams(order)).not.toHaveProperty('addonids');
  });
});

describe('AddOrder answer', () => {
  it('reads the official example (ids as strings)', () => {
    expect(addOrderResponse.parse(official)).toEqual({ orderId: 1, serviceIds: [1, 2], invoiceId: 1 });
  });

  it('reads the live shape from NOTES.md', () => {
    const live = { result: 'success', orderid: 12, productids: '31,32', serviceids: '31,32', addonids: '', domainids: '', invoiceid: 55 };
    expect(addOrderResponse.parse(live)).toEqual({ orderId: 12, serviceIds: [31, 32], invoiceId: 55 });
  });

  it('falls back to the legacy productids and reads a missing invoice as none', () => {
    expect(addOrderResponse.parse({ result: 'success', orderid: '3', productids: '8' })).toEqual({ orderId: 3, serviceIds: [8], invoiceId: null });
    expect(addOrderResponse.parse({ result: 'success', orderid: 3, serviceids: '', invoiceid: 0 })).toEqual({ orderId: 3, serviceIds: [], invoiceId: null });
  });

  it('rejects an answer without an order id', () => {
    expect(addOrderResponse.safeParse({ result: 'success', serviceids: '1' }).success).toBe(false);
  });
});

/** The GetOrders shape of the WHMCS reference (amounts on lines formatted for display). */
const ordersAnswer = {
  result: 'success',
  totalresults: '3',
  startnumber: 0,
  numreturned: 1,
  orders: {
    order: [
      {
        id: '7',
        ordernum: '5811309433',
        userid: '12',
        contactid: '0',
        date: '2025-03-01 10:20:30',
        promocode: 'SPRING&amp;SUMMER',
        promotype: 'Percentage',
        promovalue: '10.00',
        amount: '53.90',
        paymentmethod: 'paypal',
        invoiceid: '55',
        status: 'Pending',
        ipaddress: '203.0.113.9',
        paymentmethodname: 'PayPal',
        paymentstatus: 'Unpaid',
        name: 'Ann Example',
        currencyprefix: '$',
        currencysuffix: ' USD',
        lineitems: {
          lineitem: [
            { type: 'product', relid: '31', producttype: 'Shared Hosting', product: 'Starter', domain: 'example.com', billingcycle: 'Monthly', amount: '$4.99 USD', status: 'Pending' },
            { type: 'product', relid: 32, product: 'Plus &amp; More', domain: '', billingcycle: 'Annually', amount: '48.91', status: 'Pending' },
          ],
        },
      },
    ],
  },
};

describe('GetOrders answer', () => {
  it('reads orders with formatted and plain line amounts', () => {
    const page = getOrdersResponse.parse(ordersAnswer);
    expect(page.totalresults).toBe(3);
    const wire = page.orders[0]!;
    expect(statedCurrencyCode(wire)).toBe('USD');
    expect(toOrder(wire, 'USD')).toEqual({
      id: 7,
      orderNumber: '5811309433',
      clientId: 12,
      date: '2025-03-01 10:20:30',
      status: 'Pending',
      paymentStatus: 'Unpaid',
      paymentMethod: 'paypal',
      amount: 5390,
      currencyCode: 'USD',
      promoCode: 'SPRING&SUMMER',
      invoiceId: 55,
      renewals: { services: [], addons: [] },
      lines: [
        { type: 'product', relId: 31, product: 'Starter', domain: 'example.com', billingCycle: 'Monthly', amount: 499, status: 'Pending' },
        { type: 'product', relId: 32, product: 'Plus & More', domain: '', billingCycle: 'Annually', amount: 4891, status: 'Pending' },
      ],
    });
  });

  it.each([
    ['missing', { result: 'success', totalresults: 0 }],
    ['""', { result: 'success', totalresults: 0, orders: '' }],
    ['{ order: [] }', { result: 'success', totalresults: '0', orders: { order: [] } }],
  ])('reads no orders given as %s', (_, answer) => {
    expect(getOrdersResponse.parse(answer)).toEqual({ totalresults: 0, orders: [] });
  });

  it('reads what an order renews (WHMCS 8.8+ renewalsByType); junk there is no renewal, not a broken order', () => {
    const base = ordersAnswer.orders.order[0]!;
    const parse = (o: object) => toOrder(getOrdersResponse.parse({ result: 'success', orders: { order: [o] } }).orders[0]!, 'USD');
    expect(parse({ ...base, renewalsByType: { domains: '', services: '4,9', addons: '2' } }).renewals).toEqual({ services: [4, 9], addons: [2] });
    expect(parse({ ...base, renewalsByType: { services: 'x' } }).renewals).toEqual({ services: [], addons: [] });
  });

  it('reads an order without line items or invoice', () => {
    const bare = { ...ordersAnswer.orders.order[0]!, lineitems: { lineitem: '' }, invoiceid: '0' };
    const wire = getOrdersResponse.parse({ result: 'success', orders: { order: [bare] } }).orders[0]!;
    expect(toOrder(wire, 'USD')).toMatchObject({ lines: [], invoiceId: null });
  });

  it('finds the currency code from a stated code, a code-like suffix, or the currency list', () => {
    const base = ordersAnswer.orders.order[0]!;
    const parse = (o: object) => getOrdersResponse.parse({ result: 'success', orders: { order: [o] } }).orders[0]!;
    expect(statedCurrencyCode(parse({ ...base, currencycode: 'EUR' }))).toBe('EUR');
    const pounds = parse({ ...base, currencyprefix: '&pound;', currencysuffix: '', lineitems: [] });
    expect(statedCurrencyCode(pounds)).toBeNull();
    const currencies: Currency[] = [
      { id: 1, code: 'USD', prefix: '$', suffix: ' USD', format: 1, rate: '1.00000' },
      { id: 2, code: 'GBP', prefix: '£', suffix: '', format: 1, rate: '0.80000' },
    ];
    expect(currencyCodeByDisplay(pounds, currencies)).toBe('GBP');
    expect(currencyCodeByDisplay(pounds, [])).toBe('');
  });

  it('rejects a line amount it cannot read', () => {
    const bad = { ...ordersAnswer.orders.order[0]!, lineitems: { lineitem: [{ ...ordersAnswer.orders.order[0]!.lineitems.lineitem[0]!, amount: 'free!' }] } };
    expect(getOrdersResponse.safeParse({ result: 'success', orders: { order: [bad] } }).success).toBe(false);
  });
});
