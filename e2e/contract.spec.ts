import { serialize } from '../lib/php';
import { sandboxApi } from './api';
import { SANDBOX_CREDENTIALS, expect, test } from './fixtures';

/**
 * The official reference pages' example requests, sent over real HTTP to the sandbox endpoint,
 * checked against the documented response shapes. Adapted only where the demo catalogue's ids
 * differ (Plus is pid 2; its "Disk" option is id 1 with choices 1-3; custom field 3; addon 1).
 */
const b64 = (value: Record<number, string | number>) => Buffer.from(serialize(value), 'utf8').toString('base64');
const toMinor = (decimal: string) => Math.round(Number(decimal) * 100);

test.describe('the sandbox speaks the WHMCS API', () => {
  test('GetProducts example (username/password auth)', async ({ request }) => {
    // Exactly the official request: http_build_query of action, username, password, pid, responsetype.
    const res = await request.post('/includes/api.php', {
      form: { action: 'GetProducts', username: SANDBOX_CREDENTIALS.identifier, password: SANDBOX_CREDENTIALS.secret, pid: '1', responsetype: 'json' },
    });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ result: 'success', totalresults: 1 });
    const product = (body.products as { product: Record<string, unknown>[] }).product[0]!;
    for (const key of ['pid', 'gid', 'type', 'name', 'description', 'module', 'paytype', 'pricing', 'customfields', 'configoptions']) {
      expect(product, key).toHaveProperty(key);
    }
    const usd = (product.pricing as Record<string, Record<string, string>>).USD!;
    for (const key of ['prefix', 'suffix', 'msetupfee', 'qsetupfee', 'ssetupfee', 'asetupfee', 'bsetupfee', 'tsetupfee', 'monthly', 'quarterly', 'semiannually', 'annually', 'biennially', 'triennially']) {
      expect(typeof usd[key], key).toBe('string');
    }
    expect(usd.monthly).toMatch(/^-?\d+\.\d{2}$/);
  });

  test('AddOrder example, then GetClientsProducts example', async ({ request }) => {
    const products = await sandboxApi<{ products: { product: { pricing: Record<string, Record<string, string>>; configoptions: { configoption: { options: { option: { id: number; pricing: Record<string, Record<string, string>> }[] } }[] } }[] } }>(
      request,
      'GetProducts',
      { pid: '2' },
    );
    const plus = products.body.products.product[0]!;
    const disk = plus.configoptions.configoption[0]!.options.option;

    const example = {
      clientid: '1',
      pid: [2, 2],
      qty: [1, 1],
      domain: ['domain1.com', 'd칩m치in2.com'],
      idnlanguage: ['', 'fre'],
      billingcycle: ['monthly', 'semiannually'],
      addons: ['1', ''],
      customfields: [b64({ 3: 'Google' }), b64({ 3: 'Google' })],
      configoptions: [b64({ 1: 2 }), b64({ 1: 3 })],
      domaintype: ['register', 'register'],
      regperiod: [1, 2],
      dnsmanagement: [0, 1],
      nameserver1: 'ns1.demo.com',
      nameserver2: 'ns2.demo.com',
      paymentmethod: 'mailin',
    };
    const order = await sandboxApi<Record<string, unknown>>(request, 'AddOrder', example);
    expect(order.status).toBe(200);
    expect(order.body).toMatchObject({ result: 'success' });
    for (const key of ['orderid', 'serviceids', 'addonids', 'domainids', 'invoiceid']) expect(order.body, key).toHaveProperty(key);
    const serviceIds = String(order.body.serviceids).split(',').map(Number);
    expect(serviceIds).toHaveLength(2);

    // An invalid option is refused with WHMCS's own words.
    const invalid = await sandboxApi(request, 'AddOrder', { ...example, configoptions: [b64({ 1: 999 }), b64({ 1: 999 })] });
    expect(invalid.body).toEqual({ result: 'error', message: 'The option selected for Disk is not valid' });

    const services = await sandboxApi<Record<string, unknown>>(request, 'GetClientsProducts', { clientid: '1', limitnum: 100 });
    expect(services.body).toMatchObject({ result: 'success', clientid: expect.anything(), serviceid: null, pid: null, domain: null });
    for (const key of ['totalresults', 'startnumber', 'numreturned']) expect(services.body, key).toHaveProperty(key);
    const list = (services.body.products as { product: Record<string, unknown>[] }).product;
    const first = list.find((s) => Number(s.id) === serviceIds[0])!;
    const second = list.find((s) => Number(s.id) === serviceIds[1])!;
    for (const key of ['id', 'clientid', 'orderid', 'pid', 'regdate', 'name', 'groupname', 'domain', 'firstpaymentamount', 'recurringamount', 'paymentmethod', 'billingcycle', 'nextduedate', 'status', 'customfields', 'configoptions']) {
      expect(first, key).toHaveProperty(key);
    }
    expect(first).toMatchObject({ domain: 'domain1.com', billingcycle: 'Monthly', status: 'Pending', paymentmethod: 'mailin' });
    expect(second).toMatchObject({ domain: 'd칩m치in2.com', billingcycle: 'Semi-Annually' });

    // recurringamount = product price + option price for the cycle, as WHMCS sets it.
    const usd = plus.pricing.USD!;
    const optionPrice = (choiceId: number, cycle: string) => toMinor(disk.find((o) => o.id === choiceId)!.pricing.USD![cycle]!);
    expect(toMinor(String(first.recurringamount))).toBe(toMinor(usd.monthly!) + optionPrice(2, 'monthly'));
    expect(toMinor(String(second.recurringamount))).toBe(toMinor(usd.semiannually!) + optionPrice(3, 'semiannually'));
    expect(toMinor(String(first.firstpaymentamount))).toBe(toMinor(usd.monthly!) + toMinor(usd.msetupfee!) + optionPrice(2, 'monthly'));
  });

  test('authentication failures answer 403 JSON; an empty action 400', async ({ request }) => {
    const res = await request.post('/includes/api.php', {
      form: { action: 'GetProducts', identifier: 'wrong', secret: 'wrong', responsetype: 'json' },
    });
    expect(res.status()).toBe(403);
    expect(await res.json()).toEqual({ result: 'error', message: 'Authentication Failed' });
    const empty = await sandboxApi(request, '');
    expect(empty.status).toBe(400);
  });
});
