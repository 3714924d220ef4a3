import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_NOW, createTestSandbox, phpArray64, type TestSandbox } from '../testkit';
import { redeemSsoTokenIn } from './sso';

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
});
afterEach(() => sandbox.close());

type Row = Record<string, unknown>;
const productsOf = (body: Row) => (body.products as { product: Row[] }).product;
const ordersOf = (body: Row) => (body.orders as { order: (Row & { lineitems: { lineitem: Row[] } })[] }).order;

describe('GetClientsProducts', () => {
  it('lists the demo customer\'s services with WHMCS\'s string values and display cycles', async () => {
    const { body } = await sandbox.call('GetClientsProducts', { clientid: 1, limitnum: 25 });
    expect(body).toMatchObject({
      result: 'success',
      clientid: '1',
      serviceid: null,
      pid: null,
      domain: null,
      totalresults: '3',
      startnumber: 0,
      numreturned: 3,
    });
    const [plus, vps, mail] = productsOf(body);
    expect(plus).toMatchObject({
      id: '1',
      qty: '1',
      clientid: '1',
      orderid: '1',
      pid: '2',
      name: 'Plus',
      groupname: 'Shared Hosting',
      domain: 'demo-shop.example',
      firstpaymentamount: '135.90',
      recurringamount: '135.90',
      paymentmethod: 'stripe',
      paymentmethodname: 'Credit Card',
      billingcycle: 'Annually',
      status: 'Active',
      servername: 'Saturn',
      username: 'demoshop',
    });
    expect(String(plus?.ordernumber)).toMatch(/^\d{10}$/);
    expect(String(plus?.password).length).toBeGreaterThan(8);
    expect((plus?.configoptions as { configoption: Row[] }).configoption).toEqual([
      { id: '1', option: 'Disk', type: 'dropdown', value: '50 GB' },
    ]);
    expect(vps).toMatchObject({ status: 'Suspended', suspensionreason: 'Overdue on Payment', domain: 'vps1.demo-shop.example', username: 'root' });
    expect((vps?.configoptions as { configoption: Row[] }).configoption.map((o) => [o.type, o.value])).toEqual([
      ['dropdown', 'Ubuntu 24.04 LTS'],
      ['radio', 'Frankfurt'],
      ['yesno', '1'],
      ['quantity', '2'],
    ]);
    expect(mail).toMatchObject({
      qty: '3',
      status: 'Pending',
      recurringamount: '12.00',
      serverid: '0',
      servername: '',
      serverip: null,
      serverhostname: null,
    });
    expect((mail?.customfields as { customfield: Row[] }).customfield).toEqual([
      { id: '8', name: 'Email domain', translated_name: 'Email domain', value: 'demo-shop.example' },
    ]);
  });

  it('shows One Time and Free Account cycles and custom field values as stored', async () => {
    await sandbox.call('AddOrder', {
      clientid: 1,
      paymentmethod: 'mailin',
      pid: [3, 7],
      customfields: [phpArray64({ 4: 'Big & Co', 5: 'https://old.example' }), ''],
    });
    const { body } = await sandbox.call('GetClientsProducts', { clientid: 1, limitstart: 3, limitnum: 10 });
    const [migration, free] = productsOf(body);
    expect(migration).toMatchObject({ billingcycle: 'One Time', firstpaymentamount: '49.00', recurringamount: '0.00' });
    expect((migration?.customfields as { customfield: Row[] }).customfield.map((f) => f.value)).toEqual(['Big &amp; Co', 'https://old.example']);
    expect(free).toMatchObject({ billingcycle: 'Free Account', nextduedate: '0000-00-00' });
  });

  it('pages with limitstart/limitnum and reports the total', async () => {
    const { body } = await sandbox.call('GetClientsProducts', { clientid: 1, limitstart: 1, limitnum: 1 });
    expect(body).toMatchObject({ totalresults: '3', startnumber: 1, numreturned: 1 });
    expect(productsOf(body).map((p) => p.id)).toEqual(['2']);
  });

  it('filters by service id, product id, domain and username, and echoes the filters', async () => {
    const byService = await sandbox.call('GetClientsProducts', { clientid: 1, serviceid: 2 });
    expect(byService.body).toMatchObject({ serviceid: '2', totalresults: '1' });
    const byPid = await sandbox.call('GetClientsProducts', { pid: 1 });
    expect(productsOf(byPid.body).map((p) => [p.id, p.clientid])).toEqual([['4', '2']]);
    const byDomain = await sandbox.call('GetClientsProducts', { domain: 'demo-shop.example' });
    expect(byDomain.body).toMatchObject({ domain: 'demo-shop.example', totalresults: '1' });
    const byUsername = await sandbox.call('GetClientsProducts', { username2: 'root' });
    expect(productsOf(byUsername.body).map((p) => p.id)).toEqual(['2']);
  });

  it('keeps customers apart: a client sees only their own services', async () => {
    const other = await sandbox.call('GetClientsProducts', { clientid: 2 });
    expect(productsOf(other.body).map((p) => [p.id, p.clientid, p.name])).toEqual([['4', '2', 'Starter']]);
    const crossed = await sandbox.call('GetClientsProducts', { clientid: 2, serviceid: 1 });
    expect(crossed.body).toMatchObject({ totalresults: '0', numreturned: 0, products: '' });
  });

  it('answers products "" when nothing matches', async () => {
    const { body } = await sandbox.call('GetClientsProducts', { clientid: 3 });
    expect(body).toEqual({
      result: 'success',
      clientid: '3',
      serviceid: null,
      pid: null,
      domain: null,
      totalresults: '0',
      startnumber: 0,
      numreturned: 0,
      products: '',
    });
  });
});

describe('AcceptOrder', () => {
  it('activates a pending order and its services, then refuses to do it again', async () => {
    const placed = await sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', pid: [1, 4], domain: ['accept.example', ''] });
    expect((await sandbox.call('AcceptOrder', { orderid: String(placed.body.orderid) })).body).toEqual({ result: 'success' });
    const services = productsOf((await sandbox.call('GetClientsProducts', { clientid: 1, limitstart: 3 })).body);
    expect(services.map((s) => [s.status, s.username])).toEqual([
      ['Active', 'acceptex'],
      ['Active', 'root'],
    ]);
    expect((await sandbox.call('AcceptOrder', { orderid: String(placed.body.orderid) })).body).toEqual({
      result: 'error',
      message: 'Order ID not found or Status not Pending',
    });
  });

  it('refuses unknown orders', async () => {
    expect((await sandbox.call('AcceptOrder', { orderid: 404 })).body.message).toBe('Order ID not found or Status not Pending');
  });
});

describe('GetOrders', () => {
  it('lists a client\'s orders newest first with line items formatted in the client currency', async () => {
    const { body } = await sandbox.call('GetOrders', { userid: 1 });
    expect(body).toMatchObject({ result: 'success', totalresults: '3', startnumber: 0, numreturned: 3 });
    const orders = ordersOf(body);
    expect(orders.map((o) => o.id)).toEqual(['3', '2', '1']);
    expect(orders[0]).toMatchObject({
      userid: '1',
      amount: '12.00',
      paymentmethod: 'mailin',
      paymentmethodname: 'Mail In Payment',
      status: 'Pending',
      paymentstatus: 'Unpaid',
      invoiceid: '3',
      name: 'Demo Customer',
      currencyprefix: '$',
      currencysuffix: ' USD',
    });
    expect(orders[0]?.lineitems.lineitem).toEqual([
      {
        type: 'product',
        relid: '3',
        producttype: 'Other Product/Service',
        product: 'Business Email - Business Mail',
        domain: '',
        billingcycle: 'Monthly',
        amount: '$12.00 USD',
        status: 'Pending',
      },
    ]);
    expect(orders[2]).toMatchObject({ status: 'Active', paymentstatus: 'Paid' });
  });

  it('formats EUR amounts with the EUR format', async () => {
    await sandbox.call('AddOrder', { clientid: 2, paymentmethod: 'paypal', pid: [8], billingcycle: ['annually'] });
    const [latest] = ordersOf((await sandbox.call('GetOrders', { userid: 2, limitnum: 1 })).body);
    // 979.00 USD x 0.92 = 900.68 EUR
    expect(latest?.lineitems.lineitem[0]?.amount).toBe('€900,68 EUR');
  });

  it('filters by id and status, pages, and leaves orders out when none match', async () => {
    expect(ordersOf((await sandbox.call('GetOrders', { id: 2 })).body).map((o) => o.id)).toEqual(['2']);
    expect(ordersOf((await sandbox.call('GetOrders', { status: 'Pending' })).body).map((o) => o.id)).toEqual(['3']);
    const page = await sandbox.call('GetOrders', { limitstart: 1, limitnum: 2 });
    expect(page.body).toMatchObject({ totalresults: '4', startnumber: 1, numreturned: 2 });
    expect(ordersOf(page.body).map((o) => o.id)).toEqual(['3', '2']);
    expect((await sandbox.call('GetOrders', { userid: 3 })).body).toEqual({ result: 'success', totalresults: '0', startnumber: 0, numreturned: 0 });
  });

  it('finds an order placed just before a timeout (same client, newest first)', async () => {
    const placed = await sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', pid: [1], promocode: 'SAVE15' });
    const [latest] = ordersOf((await sandbox.call('GetOrders', { userid: 1, limitnum: 1 })).body);
    expect(latest).toMatchObject({ id: String(placed.body.orderid), promocode: 'SAVE15', promotype: 'Percentage', promovalue: '15.00' });
  });
});

describe('GetInvoice and paying an invoice', () => {
  it('describes an unpaid invoice and answers "transactions": ""', async () => {
    const { body } = await sandbox.call('GetInvoice', { invoiceid: 3 });
    expect(body).toMatchObject({
      result: 'success',
      invoiceid: 3,
      userid: '1',
      status: 'Unpaid',
      subtotal: '12.00',
      total: '12.00',
      balance: '12.00',
      paymentmethod: 'mailin',
      ccgateway: false,
      transactions: '',
    });
    expect((body.items as { item: Row[] }).item).toEqual([
      expect.objectContaining({ type: 'Hosting', relid: '3', amount: '12.00' }),
    ]);
  });

  it('has the GetInvoice quirk: status, not result, when the invoice does not exist', async () => {
    expect((await sandbox.call('GetInvoice', { invoiceid: 999 })).body).toEqual({ status: 'error', message: 'Invoice ID Not Found' });
  });

  it('AddInvoicePayment pays an invoice: transaction, next due date moved on, order accepted', async () => {
    const placed = await sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'stripe', pid: [1], billingcycle: ['quarterly'] });
    const payment = { invoiceid: String(placed.body.invoiceid), transid: 'T-1', gateway: 'stripe', date: '2025-06-15 10:00:00' };
    expect((await sandbox.call('AddInvoicePayment', payment)).body).toEqual({ result: 'success' });
    const invoice = (await sandbox.call('GetInvoice', { invoiceid: String(placed.body.invoiceid) })).body;
    expect(invoice).toMatchObject({ status: 'Paid', balance: '0.00', datepaid: '2025-06-15 10:00:00', ccgateway: true });
    expect((invoice.transactions as { transaction: Row[] }).transaction).toEqual([
      expect.objectContaining({ gateway: 'stripe', amountin: '14.37', invoiceid: placed.body.invoiceid }),
    ]);
    const [service] = productsOf((await sandbox.call('GetClientsProducts', { serviceid: String(placed.body.serviceids) })).body);
    expect(service).toMatchObject({ status: 'Active', nextduedate: '2025-09-15' });
    const [orderRow] = ordersOf((await sandbox.call('GetOrders', { id: String(placed.body.orderid) })).body);
    expect(orderRow).toMatchObject({ status: 'Active', paymentstatus: 'Paid' });
    expect((invoice.transactions as { transaction: Row[] }).transaction[0]).toMatchObject({ transid: 'T-1' });
  });

  it('AddInvoicePayment: a part payment leaves the invoice Unpaid and the order Pending until the balance is paid', async () => {
    const placed = await sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', pid: [1], billingcycle: ['monthly'] });
    const invoiceid = String(placed.body.invoiceid);
    await sandbox.call('AddInvoicePayment', { invoiceid, transid: 'P-1', gateway: 'paypal', date: '2025-06-15', amount: '5.00' });
    const part = (await sandbox.call('GetInvoice', { invoiceid })).body;
    expect(part).toMatchObject({ status: 'Unpaid', balance: '4.99' });
    expect(ordersOf((await sandbox.call('GetOrders', { id: String(placed.body.orderid) })).body)[0]).toMatchObject({ status: 'Pending' });
    // Without an amount the payment is the balance.
    await sandbox.call('AddInvoicePayment', { invoiceid, transid: 'P-2', gateway: 'paypal', date: '2025-06-16 09:00:00' });
    expect((await sandbox.call('GetInvoice', { invoiceid })).body).toMatchObject({ status: 'Paid', balance: '0.00', datepaid: '2025-06-16 09:00:00' });
    expect(ordersOf((await sandbox.call('GetOrders', { id: String(placed.body.orderid) })).body)[0]).toMatchObject({ status: 'Active' });
  });

  it('AddInvoicePayment refuses a missing or Cancelled invoice in WHMCS’s words', async () => {
    expect((await sandbox.call('AddInvoicePayment', { invoiceid: 999, transid: 'x', gateway: 'paypal' })).body).toEqual({
      result: 'error',
      message: 'Invoice ID Not Found',
    });
    sandbox.db.prepare("UPDATE invoices SET status = 'Cancelled' WHERE id = 3").run();
    expect((await sandbox.call('AddInvoicePayment', { invoiceid: 3, transid: 'x', gateway: 'paypal' })).body.message).toBe(
      'It is not possible to add a payment to an invoice that is Cancelled',
    );
  });
});

describe('CreateSsoToken', () => {
  it('hands out a single-use, 60-second token leading to the sandbox invoice page', async () => {
    const { body } = await sandbox.call('CreateSsoToken', {
      client_id: 1,
      destination: 'sso:custom_redirect',
      sso_redirect_path: 'viewinvoice.php?id=3',
    });
    expect(body).toEqual({
      result: 'success',
      access_token: expect.stringMatching(/^[0-9a-f]{48}$/),
      redirect_url: `http://shop.test/sandbox/invoice/3?access_token=${String(body.access_token)}`,
    });
    const token = String(body.access_token);
    expect(redeemSsoTokenIn(sandbox.db, token, new Date(TEST_NOW.getTime() + 59_000))).toEqual({
      clientId: 1,
      userId: 1,
      redirectPath: '/sandbox/invoice/3',
    });
    expect(redeemSsoTokenIn(sandbox.db, token, TEST_NOW)).toBeNull();
  });

  it('expires tokens after 60 seconds', async () => {
    const { body } = await sandbox.call('CreateSsoToken', { client_id: 2 });
    expect(String(body.redirect_url)).toMatch(/^http:\/\/shop\.test\/sandbox\?access_token=/);
    expect(redeemSsoTokenIn(sandbox.db, String(body.access_token), new Date(TEST_NOW.getTime() + 61_000))).toBeNull();
  });

  it('validates the client and user', async () => {
    expect((await sandbox.call('CreateSsoToken', {})).body.message).toBe('A valid client_id or user_id is required');
    expect((await sandbox.call('CreateSsoToken', { client_id: 99 })).body.message).toBe('A valid client_id or user_id is required');
    expect((await sandbox.call('CreateSsoToken', { user_id: 99 })).body.message).toBe('Invalid user_id');
    expect((await sandbox.call('CreateSsoToken', { client_id: 1, user_id: 2 })).body.message).toBe('Invalid user_id for client');
  });
});

describe('GetCurrencies, GetPaymentMethods, GetPromotions', () => {
  it('lists the three currencies', async () => {
    const { body } = await sandbox.call('GetCurrencies');
    expect(body).toEqual({
      result: 'success',
      totalresults: 3,
      currencies: {
        currency: [
          { id: '1', code: 'USD', prefix: '$', suffix: ' USD', format: '1', rate: '1.00000' },
          { id: '2', code: 'EUR', prefix: '€', suffix: ' EUR', format: '3', rate: '0.92000' },
          { id: '3', code: 'GBP', prefix: '£', suffix: ' GBP', format: '1', rate: '0.79000' },
        ],
      },
    });
  });

  it('lists the payment gateways in order', async () => {
    expect((await sandbox.call('GetPaymentMethods')).body).toEqual({
      result: 'success',
      totalresults: 3,
      paymentmethods: {
        paymentmethod: [
          { module: 'paypal', displayname: 'PayPal' },
          { module: 'mailin', displayname: 'Mail In Payment' },
          { module: 'stripe', displayname: 'Credit Card' },
        ],
      },
    });
  });

  it('finds a promotion by code (case-insensitively) and leaves promotions out when none match', async () => {
    const { body } = await sandbox.call('GetPromotions', { code: 'save15' });
    expect(body).toMatchObject({ result: 'success', totalresults: 1 });
    expect((body.promotions as { promotion: Row[] }).promotion[0]).toMatchObject({
      id: '1',
      code: 'SAVE15',
      type: 'Percentage',
      recurring: '1',
      value: '15.00',
      cycles: '',
      appliesto: '1,2,3,4,5,6,8,9',
      startdate: '0000-00-00',
      expirationdate: '0000-00-00',
      maxuses: '0',
      uses: '0',
    });
    const welcome = (await sandbox.call('GetPromotions', { code: 'WELCOME5' })).body;
    expect((welcome.promotions as { promotion: Row[] }).promotion[0]).toMatchObject({ type: 'Fixed Amount', recurring: '0', value: '5.00' });
    expect((await sandbox.call('GetPromotions', { code: 'NOPE' })).body).toEqual({ result: 'success', totalresults: 0 });
    expect((await sandbox.call('GetPromotions')).body.totalresults).toBe(3);
  });
});
