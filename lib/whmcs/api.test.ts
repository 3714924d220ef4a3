import { describe, expect, it } from 'vitest';
import { createWhmcsApi } from './api';
import { createWhmcsClient, type CallFn, type WhmcsResponse } from './client';
import { parseStr } from '@/lib/php';
import { WhmcsApiError, WhmcsAuthError, WhmcsUnavailableError } from './errors';
import official from './fixtures/getclientsproducts-official.json';
import live from './fixtures/getproducts-live.json';
import type { RequestParams } from './encoding';

interface Call {
  action: string;
  params: RequestParams;
}

/** A `call` that records what it was asked and answers from a table by action. */
function recordingCall(answers: Record<string, WhmcsResponse>) {
  const calls: Call[] = [];
  const call: CallFn = async (action, params = {}) => {
    calls.push({ action, params });
    const answer = answers[action];
    if (!answer) throw new Error(`unexpected call ${action}`);
    return answer;
  };
  return { calls, api: createWhmcsApi(call) };
}

const ok = { result: 'success' };

describe('typed WHMCS actions', () => {
  it('asks GetProducts for several pids as one comma-separated value', async () => {
    const { calls, api } = recordingCall({ GetProducts: live });
    const products = await api.getProducts({ pids: [1, 3], gid: 2 });
    expect(products.map((p) => p.pid)).toEqual([1]);
    expect(calls).toEqual([{ action: 'GetProducts', params: { pid: '1,3', gid: 2, module: undefined } }]);
  });

  it('answers an empty pid list without asking WHMCS (which would return everything)', async () => {
    const { calls, api } = recordingCall({});
    await expect(api.getProducts({ pids: [] })).resolves.toEqual([]);
    expect(calls).toEqual([]);
  });

  it('always sends limitnum to GetClientsProducts', async () => {
    const { calls, api } = recordingCall({ GetClientsProducts: official });
    const page = await api.getClientServices({ clientId: 1, limitNum: 10 });
    expect(page.total).toBe(2);
    expect(calls[0]).toEqual({
      action: 'GetClientsProducts',
      params: { clientid: 1, serviceid: undefined, pid: undefined, domain: undefined, limitstart: undefined, limitnum: 10 },
    });
  });

  it('validates login with password2 and places orders with the AddOrder mapping', async () => {
    const { calls, api } = recordingCall({
      ValidateLogin: { ...ok, userid: 7, twoFactorEnabled: false },
      AddOrder: { ...ok, orderid: 12, serviceids: '31', invoiceid: 55 },
    });
    await expect(api.validateLogin('a@example.com', 'pw')).resolves.toEqual({ userId: 7, twoFactorEnabled: false });
    await expect(
      api.addOrder({ clientId: 3, paymentMethod: 'mailin', items: [{ pid: 1, billingCycle: 'annually', quantity: 1, configOptions: {}, customFields: {} }] }),
    ).resolves.toEqual({ orderId: 12, serviceIds: [31], invoiceId: 55 });
    expect(calls[0]).toEqual({ action: 'ValidateLogin', params: { email: 'a@example.com', password2: 'pw' } });
    expect(calls[1]?.params).toMatchObject({ clientid: 3, paymentmethod: 'mailin', pid: [1], billingcycle: ['annually'], qty: [1] });
  });

  it('accepts an order by id', async () => {
    const { calls, api } = recordingCall({ AcceptOrder: ok });
    await expect(api.acceptOrder(12)).resolves.toBeUndefined();
    expect(calls).toEqual([{ action: 'AcceptOrder', params: { orderid: 12 } }]);
  });

  it('maps the order filter and looks currencies up only when an order does not name its own', async () => {
    const order = { id: 1, ordernum: '1', userid: 3, date: '2025-01-01', status: 'Pending', amount: '5.00', invoiceid: 0, lineitems: [] };
    const named = recordingCall({ GetOrders: { ...ok, totalresults: 1, orders: { order: [{ ...order, currencyprefix: '$', currencysuffix: ' USD' }] } } });
    const page = await named.api.getOrders({ clientId: 3, limitNum: 5 });
    expect(page.orders[0]?.currencyCode).toBe('USD');
    expect(named.calls).toEqual([
      { action: 'GetOrders', params: { id: undefined, userid: 3, status: undefined, limitstart: undefined, limitnum: 5 } },
    ]);

    const unnamed = recordingCall({
      GetOrders: { ...ok, totalresults: 1, orders: { order: [{ ...order, currencyprefix: '&euro;', currencysuffix: '' }] } },
      GetCurrencies: { ...ok, currencies: { currency: [{ id: 2, code: 'EUR', prefix: '€', suffix: '', format: 3, rate: '0.9' }] } },
    });
    expect((await unnamed.api.getOrders({ id: 1 })).orders[0]?.currencyCode).toBe('EUR');
    expect(unnamed.calls.map((c) => c.action)).toEqual(['GetOrders', 'GetCurrencies']);
  });

  it('asks for an SSO redirect and returns its URL', async () => {
    const { calls, api } = recordingCall({ CreateSsoToken: { ...ok, access_token: 't', redirect_url: 'https://billing.example.com/sso?t' } });
    await expect(api.createSsoToken(3, 'viewinvoice.php?id=5')).resolves.toEqual({ redirectUrl: 'https://billing.example.com/sso?t' });
    expect(calls[0]?.params).toEqual({ client_id: 3, destination: 'sso:custom_redirect', sso_redirect_path: 'viewinvoice.php?id=5' });
  });

  it('turns an answer of the wrong shape into an invalid-response error naming the action', async () => {
    const { api } = recordingCall({ GetCurrencies: { ...ok, currencies: { currency: [{ id: 'one', code: 'USD' }] } } });
    const error = await api.getCurrencies().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhmcsUnavailableError);
    expect((error as WhmcsUnavailableError).reason).toBe('invalid-response');
    expect((error as WhmcsUnavailableError).action).toBe('GetCurrencies');
  });

  it('refuses a list in a shape it does not know (flattened keys) instead of reading "nothing"', async () => {
    const flattened = {
      ...ok,
      totalresults: 2,
      'currencies[currency][0][id]': '1',
      'currencies[currency][0][code]': 'USD',
      'currencies[currency][1][id]': '2',
      'currencies[currency][1][code]': 'EUR',
    };
    const { api } = recordingCall({ GetCurrencies: flattened, GetProducts: { ...ok, totalresults: '1', products: { item: [{}] } } });
    for (const read of [() => api.getCurrencies(), () => api.getProducts()]) {
      const error = await read().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WhmcsUnavailableError);
      expect((error as WhmcsUnavailableError).reason).toBe('invalid-response');
    }
    // An empty list that says so is still just empty, whichever way WHMCS spells it.
    const empty = recordingCall({ GetCurrencies: { ...ok, totalresults: 0 }, GetPromotions: { ...ok, totalresults: '0', promotions: '' } });
    await expect(empty.api.getCurrencies()).resolves.toEqual([]);
    await expect(empty.api.getPromotions()).resolves.toEqual([]);
  });

  it('reads GetInvoice as WHMCS sends it (official example shape) and answers null for a missing invoice', async () => {
    const answer = {
      ...ok,
      invoiceid: '1',
      invoicenum: '',
      userid: '1',
      date: '2016-01-01',
      duedate: '2016-01-01',
      datepaid: '0000-00-00 00:00:00',
      subtotal: '10.00',
      credit: '0.00',
      tax: '1.00',
      tax2: '0.50',
      total: '11.50',
      balance: '11.50',
      taxrate: '10.00',
      taxrate2: '5.00',
      status: 'Unpaid',
      paymentmethod: 'mailin',
      notes: '',
      ccgateway: false,
      items: { item: [{ id: '1', type: 'Hosting', relid: '1', description: 'Starter &amp; more\r\nline 2', amount: '10.00', taxed: '1' }] },
      transactions: '',
    };
    const { calls, api } = recordingCall({ GetInvoice: answer });
    await expect(api.getInvoice(1)).resolves.toEqual({
      id: 1,
      clientId: 1,
      status: 'Unpaid',
      date: '2016-01-01',
      dueDate: '2016-01-01',
      datePaid: null,
      subtotal: 1000,
      tax: 150,
      taxLevels: [
        { level: 1, rate: 10, amount: 100 },
        { level: 2, rate: 5, amount: 50 },
      ],
      total: 1150,
      balance: 1150,
      paymentMethod: 'mailin',
      items: [{ description: 'Starter & more\nline 2', amount: 1000, taxed: true }],
    });
    expect(calls).toEqual([{ action: 'GetInvoice', params: { invoiceid: 1 } }]);

    const missing = createWhmcsApi(async (action) => {
      throw new WhmcsApiError(action, 'Invoice ID Not Found');
    });
    await expect(missing.getInvoice(9)).resolves.toBeNull();
  });

  it('reads an untaxed invoice: no tax levels, rates missing or 0.00, lines not taxed', async () => {
    const base = { ...ok, invoiceid: 2, userid: 1, date: '2026-01-01', duedate: '2026-01-01', datepaid: '0000-00-00 00:00:00', status: 'Unpaid', paymentmethod: 'mailin' };
    const amounts = { subtotal: '5.00', tax: '0.00', tax2: '0.00', total: '5.00', balance: '5.00' };
    const items = { item: [{ description: 'Free Mailbox', amount: '5.00', taxed: 0 }] };
    const { api } = recordingCall({ GetInvoice: { ...base, ...amounts, taxrate: '0.00', taxrate2: '0.00', items } });
    await expect(api.getInvoice(2)).resolves.toMatchObject({ tax: 0, taxLevels: [], items: [{ description: 'Free Mailbox', amount: 500, taxed: false }] });
    const older = recordingCall({ GetInvoice: { ...base, ...amounts, items } });
    await expect(older.api.getInvoice(2)).resolves.toMatchObject({ taxLevels: [] });
  });

  it('reads a System Setting with GetConfigurationValue; a setting never saved is null', async () => {
    const { calls, api } = recordingCall({ GetConfigurationValue: { ...ok, setting: 'TaxType', value: 'Inclusive' } });
    await expect(api.getConfigurationValue('TaxType')).resolves.toBe('Inclusive');
    expect(calls).toEqual([{ action: 'GetConfigurationValue', params: { setting: 'TaxType' } }]);
    const unsaved = createWhmcsApi(async (action) => {
      throw new WhmcsApiError(action, 'Invalid name for parameter setting');
    });
    await expect(unsaved.getConfigurationValue('TaxPerLineItem')).resolves.toBeNull();
    const failing = createWhmcsApi(async (action) => {
      throw new WhmcsApiError(action, 'Something else');
    });
    await expect(failing.getConfigurationValue('TaxType')).rejects.toThrow('Something else');
  });

  it('reads several settings at once; null when the API role does not allow GetConfigurationValue', async () => {
    const stored: Record<string, string> = { TaxEnabled: 'on', TaxType: 'Inclusive' };
    const api = createWhmcsApi(async (action, params = {}) => {
      const value = stored[String(params.setting)];
      if (value === undefined) throw new WhmcsApiError(action, 'Invalid name for parameter setting');
      return { ...ok, setting: params.setting, value };
    });
    await expect(api.getConfigurationValues(['TaxEnabled', 'TaxType', 'TaxPerLineItem'])).resolves.toEqual({ TaxEnabled: 'on', TaxType: 'Inclusive', TaxPerLineItem: null });
    const refused = createWhmcsApi(async (action) => {
      throw new WhmcsAuthError(action, 'Invalid Permissions: API action "getconfigurationvalue" is not allowed', 403);
    });
    await expect(refused.getConfigurationValues(['TaxEnabled'])).resolves.toBeNull();
    const banned = createWhmcsApi(async (action) => {
      throw new WhmcsAuthError(action, 'IP Banned', 403);
    });
    await expect(banned.getConfigurationValues(['TaxEnabled'])).rejects.toThrow('IP Banned');
  });

  it('sends AddInvoicePayment with WHMCS’s date format and a decimal amount', async () => {
    const { calls, api } = recordingCall({ AddInvoicePayment: ok });
    await api.addInvoicePayment({ invoiceId: 3, transactionId: 'T-9', gateway: 'paypal', date: new Date('2025-06-15T10:04:05Z'), amount: 1250 });
    expect(calls).toEqual([
      { action: 'AddInvoicePayment', params: { invoiceid: 3, transid: 'T-9', gateway: 'paypal', date: '2025-06-15 10:04:05', amount: '12.50' } },
    ]);
  });

  it('works end to end through a client and transport on the real wire format', async () => {
    const bodies: string[] = [];
    const client = createWhmcsClient({
      credentials: { identifier: 'i', secret: 's' },
      timeoutMs: 1_000,
      transport: async (body) => {
        bodies.push(body);
        return { status: 200, body: JSON.stringify(live) };
      },
    });
    const products = await createWhmcsApi(client.call).getProducts({ pids: [1, 2] });
    expect(products[0]?.groupSlug).toBe('shared-hosting');
    expect(parseStr(bodies[0]!)).toEqual({ pid: '1,2', action: 'GetProducts', identifier: 'i', secret: 's', responsetype: 'json' });
  });
});
