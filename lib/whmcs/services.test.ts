import { describe, expect, it } from 'vitest';
import official from './fixtures/getclientsproducts-official.json';
import type { Service } from './types';
import { getClientsProductsResponse } from './wire/services';

function withFirstProduct(overrides: Record<string, unknown>): unknown {
  const answer = structuredClone(official);
  Object.assign(answer.products.product[0]!, overrides);
  return answer;
}

function firstService(overrides: Record<string, unknown>): Service {
  const page = getClientsProductsResponse.parse(withFirstProduct(overrides));
  return page.services[0]!;
}

describe('GetClientsProducts', () => {
  it('reads the official example', () => {
    const page = getClientsProductsResponse.parse(official);
    expect(page.total).toBe(2);
    expect(page.start).toBe(0);
    expect(page.services).toEqual([
      {
        id: 1,
        clientId: 1,
        orderId: 1,
        pid: 1,
        name: 'Starter',
        groupName: 'Shared Hosting',
        domain: 'demodomain.com',
        status: 'Terminated',
        billingCycle: 'Monthly',
        quantity: 1,
        firstPaymentAmount: 1295,
        recurringAmount: 1295,
        paymentMethod: 'authorize',
        paymentMethodName: 'Credit Card',
        registrationDate: '2015-01-01',
        nextDueDate: '2016-11-25',
        configOptions: [],
        customFields: [],
      },
      {
        id: 2,
        clientId: 1,
        orderId: 2,
        pid: 3,
        name: 'Plus',
        groupName: 'Shared Hosting',
        domain: 'demodomain2.net',
        status: 'Active',
        billingCycle: 'Monthly',
        quantity: 2,
        firstPaymentAmount: 2495,
        recurringAmount: 2495,
        paymentMethod: 'paypal',
        paymentMethodName: 'PayPal',
        registrationDate: '2015-05-20',
        nextDueDate: '2017-01-20',
        configOptions: [{ id: 1, name: 'Sample Config Option', kind: 'dropdown', value: 'Selected option value' }],
        customFields: [],
      },
    ]);
  });

  it('never hands on the service password (or server details)', () => {
    const page = getClientsProductsResponse.parse(withFirstProduct({ password: 'hunter2-secret' }));
    const text = JSON.stringify(page);
    expect(text).not.toContain('hunter2-secret');
    expect(text).not.toContain('xxxxxxxx');
    expect(text).not.toContain('serverip');
    for (const service of page.services) expect(service).not.toHaveProperty('password');
  });

  it.each([
    ['""', ''],
    ['missing', undefined],
    ['{ product: [] }', { product: [] }],
  ])('reads no services given as products %s', (_, products) => {
    const page = getClientsProductsResponse.parse({
      result: 'success',
      clientid: 5,
      serviceid: null,
      pid: null,
      domain: null,
      totalresults: 0,
      startnumber: 0,
      numreturned: 0,
      products,
    });
    expect(page).toEqual({ total: 0, start: 0, services: [] });
  });

  it('reads ids and amounts sent as numbers', () => {
    const service = firstService({ id: 7, clientid: 3, orderid: 9, pid: 4, qty: 3, firstpaymentamount: 12.95, recurringamount: 0 });
    expect(service).toMatchObject({ id: 7, clientId: 3, orderId: 9, pid: 4, quantity: 3, firstPaymentAmount: 1295, recurringAmount: 0 });
  });

  it('treats a missing qty (before WHMCS 8.12) as one unit and 0000-00-00 dates as none', () => {
    const service = firstService({ qty: undefined, nextduedate: '0000-00-00', regdate: '' });
    expect(service.quantity).toBe(1);
    expect(service.nextDueDate).toBeNull();
    expect(service.registrationDate).toBeNull();
  });

  it('shows an internationalised domain in Unicode (WHMCS stores punycode), and any other as sent', () => {
    expect(firstService({ domain: 'xn--bcher-kva.de' }).domain).toBe('bücher.de');
    expect(firstService({ domain: 'example.com' }).domain).toBe('example.com');
    expect(firstService({ domain: 'not a domain' }).domain).toBe('not a domain');
  });

  it('decodes HTML entities in names and values', () => {
    const service = firstService({
      name: 'Tom &amp; Jerry',
      groupname: 'Web &#039;n&#039; Mail',
      customfields: { customfield: [{ id: 3, name: 'Site&#039;s purpose', value: 'Blog &amp; shop' }] },
      configoptions: { configoption: [{ id: 4, option: 'Disk &amp; RAM', type: 'quantity', value: 3 }] },
    });
    expect(service.name).toBe('Tom & Jerry');
    expect(service.groupName).toBe("Web 'n' Mail");
    expect(service.customFields).toEqual([{ id: 3, name: "Site's purpose", value: 'Blog & shop' }]);
    expect(service.configOptions).toEqual([{ id: 4, name: 'Disk & RAM', kind: 'quantity', value: '3' }]);
  });

  it('gives an unknown config option type no kind', () => {
    const service = firstService({ configoptions: { configoption: [{ id: 4, option: 'X', type: 'slider', value: '1' }] } });
    expect(service.configOptions[0]?.kind).toBeNull();
  });

  it('accepts status in any case and rejects unknown statuses', () => {
    expect(firstService({ status: 'active' }).status).toBe('Active');
    expect(getClientsProductsResponse.safeParse(withFirstProduct({ status: 'Sleeping' })).success).toBe(false);
  });

  it('rejects unreadable amounts', () => {
    expect(getClientsProductsResponse.safeParse(withFirstProduct({ recurringamount: 'twelve' })).success).toBe(false);
  });
});
