import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_NOW, createTestSandbox, phpArray64, type TestSandbox } from '../testkit';

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
});
afterEach(() => sandbox.close());

const order = (params: Record<string, unknown>) => sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', ...params });

interface ServiceRecord {
  id: number;
  userid: number;
  packageid: number;
  qty: number;
  firstpaymentamount: number;
  amount: number;
  billingcycle: string;
  domainstatus: string;
  domain: string;
  nextduedate: string;
  password: string;
  ns1: string;
  ns2: string;
  promoid: number;
  server: number;
}
const servicesOf = (ids: unknown) =>
  String(ids)
    .split(',')
    .map((id) => sandbox.db.prepare('SELECT * FROM services WHERE id = ?').get(Number(id)) as ServiceRecord);
const invoiceLines = (invoiceId: unknown) =>
  sandbox.db.prepare('SELECT type, description, amount FROM invoice_items WHERE invoiceid = ? ORDER BY id').all(Number(invoiceId)) as {
    type: string;
    description: string;
    amount: number;
  }[];
const invoiceOf = (invoiceId: unknown) =>
  sandbox.db.prepare('SELECT * FROM invoices WHERE id = ?').get(Number(invoiceId)) as { total: number; status: string; userid: number };
const count = (table: string) => (sandbox.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const stockOf = (pid: number) => (sandbox.db.prepare('SELECT qty FROM products WHERE id = ?').get(pid) as { qty: number }).qty;
const usesOf = (code: string) => (sandbox.db.prepare('SELECT uses FROM promotions WHERE code = ?').get(code) as { uses: number }).uses;

/** VPS Small with every option priced: Windows (+15.00/mo, 10.00 setup), London (+1.00), backups (+2.00), 4 GB RAM (4 x 3.00). */
const VPS_OPTIONS = phpArray64({ 2: 7, 3: 10, 4: 1, 5: 4 });

describe('AddOrder: the order it creates', () => {
  it('answers with the order, service and invoice ids in WHMCS types', async () => {
    const { status, body } = await order({ pid: [1], billingcycle: ['monthly'], domain: ['new-site.example'] });
    expect(status).toBe(200);
    expect(body).toEqual({
      result: 'success',
      orderid: 5,
      productids: '5',
      serviceids: '5',
      addonids: '',
      domainids: '',
      invoiceid: 5,
    });
    const orderRow = sandbox.db.prepare('SELECT * FROM orders WHERE id = 5').get() as Record<string, unknown>;
    expect(orderRow).toMatchObject({ userid: 1, status: 'Pending', paymentmethod: 'paypal', invoiceid: 5, amount: 999, ipaddress: '198.51.100.9' });
    expect(String(orderRow.ordernum)).toMatch(/^[1-9]\d{9}$/);
    const [service] = servicesOf(body.serviceids);
    expect(service).toMatchObject({
      userid: 1,
      packageid: 1,
      domain: 'new-site.example',
      billingcycle: 'Monthly',
      domainstatus: 'Pending',
      nextduedate: '2025-06-15',
      server: 1,
    });
    expect(invoiceOf(body.invoiceid)).toMatchObject({ userid: 1, status: 'Unpaid', total: 999 });
  });

  it('prices a service with all option types: recurring = product + options, first payment adds setup fees', async () => {
    const { body } = await order({ pid: [4], billingcycle: ['monthly'], configoptions: [VPS_OPTIONS] });
    const [service] = servicesOf(body.serviceids);
    // 12.00 + 15.00 + 1.00 + 2.00 + 4 x 3.00 = 42.00; + 10.00 Windows setup = 52.00
    expect(service).toMatchObject({ amount: 4200, firstpaymentamount: 5200, billingcycle: 'Monthly' });
    expect(invoiceLines(body.invoiceid)).toEqual([
      { type: 'Setup', description: 'VPS Small Setup Fee', amount: 1000 },
      {
        type: 'Hosting',
        description:
          'Cloud VPS - VPS Small (15/06/2025 - 14/07/2025)\nOperating System: Windows Server 2022\nLocation: London\nBackups: Yes\nExtra RAM (GB): 4 x GB',
        amount: 4200,
      },
    ]);
    expect(invoiceOf(body.invoiceid).total).toBe(5200);
  });

  it('prices options in the chosen cycle', async () => {
    const { body } = await order({ pid: [4], billingcycle: ['Quarterly'], configoptions: [VPS_OPTIONS] });
    // 34.20 + 45.00 + 3.00 + 6.00 + 4 x 9.00 = 124.20; + 10.00 setup = 134.20
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ amount: 12420, firstpaymentamount: 13420, billingcycle: 'Quarterly' });
  });

  it('multiplies quantity options and their setup fees by the count, on top of the product setup fee', async () => {
    const { body } = await order({ pid: [5], billingcycle: ['monthly'], configoptions: [phpArray64({ 6: 5 })] });
    // 36.00 + 5 x 1.50 = 43.50; first: + 10.00 product setup + 5 x 1.00 option setup = 58.50
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ amount: 4350, firstpaymentamount: 5850 });
  });

  it('uses the default choices when config options are left out', async () => {
    const { body } = await order({ pid: [4], billingcycle: ['monthly'] });
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ amount: 1200, firstpaymentamount: 1200 });
    const options = sandbox.db
      .prepare('SELECT configid, optionid, qty FROM service_config_options WHERE relid = ? ORDER BY configid')
      .all(Number(body.serviceids));
    expect(options).toEqual([
      { configid: 2, optionid: 4, qty: 0 },
      { configid: 3, optionid: 8, qty: 0 },
      { configid: 4, optionid: 11, qty: 0 },
      { configid: 5, optionid: 12, qty: 0 },
    ]);
  });

  it('charges the setup fee of the chosen cycle only', async () => {
    const monthly = await order({ pid: [1], billingcycle: ['monthly'] });
    expect(servicesOf(monthly.body.serviceids)[0]).toMatchObject({ amount: 499, firstpaymentamount: 999 });
    const annual = await order({ pid: [1], billingcycle: ['annually'] });
    expect(servicesOf(annual.body.serviceids)[0]).toMatchObject({ amount: 4990, firstpaymentamount: 4990, billingcycle: 'Annually' });
  });

  it('normalises the cycle (Semi-Annually) and defaults to the first enabled cycle when none is given', async () => {
    const semi = await order({ pid: [1], billingcycle: ['Semi-Annually'] });
    expect(servicesOf(semi.body.serviceids)[0]).toMatchObject({ billingcycle: 'Semi-Annually', amount: 2754 });
    const none = await order({ pid: [4] });
    expect(servicesOf(none.body.serviceids)[0]?.billingcycle).toBe('Monthly');
  });

  it('prices in the client currency (client 2 pays in EUR)', async () => {
    const { body } = await order({ clientid: 2, pid: [1], billingcycle: ['monthly'] });
    // EUR: 4.59 + 4.60 setup = 9.19, plus Germany's 19 % VAT: 1.7461 -> 1.75.
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ userid: 2, amount: 459, firstpaymentamount: 919 });
    expect(invoiceOf(body.invoiceid)).toMatchObject({ userid: 2, subtotal: 919, tax: 175, total: 1094 });
  });

  it('makes one scaling service for allowqty 2 with the price times the quantity', async () => {
    const { body } = await order({ pid: [6], billingcycle: ['annually'], qty: [4], configoptions: [phpArray64({ 7: 15 })] });
    const services = servicesOf(body.serviceids);
    expect(services).toHaveLength(1);
    // 4 x (30.00 + 12.00 for 50 GB)
    expect(services[0]).toMatchObject({ qty: 4, amount: 16800, firstpaymentamount: 16800 });
  });

  it('makes separate services for allowqty 1 and one-time products renew at nothing', async () => {
    const { body } = await order({ pid: [3], qty: [3], customfields: [phpArray64({ 4: 'OldHost', 5: 'https://a.example' })] });
    const services = servicesOf(body.serviceids);
    expect(services).toHaveLength(3);
    for (const service of services) {
      expect(service).toMatchObject({ qty: 1, firstpaymentamount: 4900, amount: 0, billingcycle: 'One Time' });
    }
    expect(invoiceOf(body.invoiceid).total).toBe(14700);
  });

  it('ignores qty for products without quantities', async () => {
    const { body } = await order({ pid: [1], qty: [5] });
    expect(servicesOf(body.serviceids)).toHaveLength(1);
  });

  it('raises no invoice for a free product (invoiceid 0) and no due date', async () => {
    const { body } = await order({ pid: [7], billingcycle: ['monthly'] });
    expect(body.invoiceid).toBe(0);
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ billingcycle: 'Free Account', amount: 0, nextduedate: '0000-00-00' });
  });

  it('puts several items in one order and one invoice, scalar and [] forms alike', async () => {
    const indexed = await order({ pid: [1, 4], billingcycle: ['monthly', 'monthly'], domain: ['a.example', ''] });
    expect(indexed.body.serviceids).toBe('5,6');
    expect(invoiceOf(indexed.body.invoiceid).total).toBe(999 + 1200);

    const scalar = await order({ pid: '2', billingcycle: 'annually', domain: 'scalar.example', configoptions: phpArray64({ 1: 3 }) });
    expect(servicesOf(scalar.body.serviceids)[0]).toMatchObject({ packageid: 2, domain: 'scalar.example', amount: 9990 + 7200 });
  });

  it('stores custom fields HTML-encoded, as WHMCS stores input', async () => {
    const { body } = await order({ pid: [1], customfields: [phpArray64({ 1: "Tom & Jerry's <shop>", 99: 'ignored' })] });
    const values = sandbox.db.prepare('SELECT fieldid, value FROM custom_field_values WHERE relid = ? ORDER BY fieldid').all(Number(body.serviceids));
    expect(values).toEqual([
      { fieldid: 1, value: 'Tom &amp; Jerry&#039;s &lt;shop&gt;' },
      { fieldid: 2, value: '' },
    ]);
  });

  it('builds a server\'s hostname, nameservers and root password', async () => {
    const { body } = await order({
      pid: [4],
      domain: ['example.org'],
      hostname: ['server1'],
      ns1prefix: ['ns1'],
      ns2prefix: ['ns2'],
      rootpw: ['S3cret!pw'],
    });
    expect(servicesOf(body.serviceids)[0]).toMatchObject({
      domain: 'server1.example.org',
      ns1: 'ns1.example.org',
      ns2: 'ns2.example.org',
      password: 'S3cret!pw',
    });
  });

  it('records clientip, nameservers and affiliate, and applies priceoverride', async () => {
    const { body } = await order({
      pid: [1],
      billingcycle: ['monthly'],
      priceoverride: ['1.50'],
      clientip: '2001:db8::1',
      nameserver1: 'ns1.example.net',
      nameserver2: 'ns2.example.net',
      affid: 1,
      noemail: true,
    });
    const orderRow = sandbox.db.prepare('SELECT ipaddress, nameservers FROM orders WHERE id = ?').get(body.orderid);
    expect(orderRow).toEqual({ ipaddress: '2001:db8::1', nameservers: 'ns1.example.net,ns2.example.net' });
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ amount: 150, firstpaymentamount: 150 });
    expect(sandbox.db.prepare('SELECT affiliateid, relid FROM affiliate_accounts').all()).toEqual([
      { affiliateid: 1, relid: Number(body.serviceids) },
    ]);
  });

  it('does not link an affiliate to their own order', async () => {
    await order({ clientid: 2, pid: [1], affid: 1 });
    expect(count('affiliate_accounts')).toBe(0);
  });

  it('creates no invoice with noinvoice and leaves invoiceid out', async () => {
    const before = count('invoices');
    const { body } = await order({ pid: [1], noinvoice: true });
    expect(body.result).toBe('success');
    expect('invoiceid' in body).toBe(false);
    expect(count('invoices')).toBe(before);
  });

  it('adds addons to ordered products and to existing services (addon-only order)', async () => {
    const withAddon = await order({ pid: [1], billingcycle: ['annually'], addons: ['1'] });
    expect(withAddon.body.addonids).toBe('1');
    expect(invoiceLines(withAddon.body.invoiceid).map((line) => [line.type, line.amount])).toEqual([
      ['Hosting', 4990],
      ['Addon', 2400],
    ]);
    const addonOnly = await order({ addonid: 1, serviceid: 1 });
    expect(addonOnly.body).toMatchObject({ result: 'success', serviceids: '', addonids: '2' });
    expect(sandbox.db.prepare('SELECT hostingid, billingcycle, recurring FROM service_addons WHERE id = 2').get()).toEqual({
      hostingid: 1,
      billingcycle: 'Annually',
      recurring: 2400,
    });
  });

  it('decrements stock and refuses sold-out products', async () => {
    expect(stockOf(8)).toBe(3);
    const ordered = await order({ pid: [8], billingcycle: ['monthly'] });
    expect(ordered.body.result).toBe('success');
    expect(stockOf(8)).toBe(2);
    const { body } = await sandbox.call('GetProducts', { pid: 8 });
    expect((body.products as { product: { stocklevel: number }[] }).product[0]?.stocklevel).toBe(2);

    const soldOut = await order({ pid: [9], billingcycle: ['monthly'] });
    expect(soldOut.body).toEqual({ result: 'error', message: 'Out of Stock' });
    expect(stockOf(9)).toBe(0);
  });

  it('refuses to sell the last unit twice within one order', async () => {
    sandbox.db.prepare('UPDATE products SET qty = 1 WHERE id = 8').run();
    const { body } = await order({ pid: [8, 8], billingcycle: ['monthly', 'monthly'] });
    expect(body).toEqual({ result: 'error', message: 'Out of Stock' });
    expect(stockOf(8)).toBe(1);
  });

  it('lowers the quantity of separate services to the stock left, as WHMCS does', async () => {
    sandbox.db.prepare('UPDATE products SET stockcontrol = 1, qty = 2 WHERE id = 3').run();
    const { body } = await order({ pid: [3], qty: [5] });
    expect(servicesOf(body.serviceids)).toHaveLength(2);
    expect(stockOf(3)).toBe(0);
  });
});

describe('AddOrder: promotions', () => {
  const insertPromotion = (values: Record<string, string | number>) => {
    const columns = Object.keys(values);
    sandbox.db
      .prepare(`INSERT INTO promotions (${columns.join(',')}) VALUES (${columns.map((c) => `@${c}`).join(',')})`)
      .run(values);
  };

  it('applies SAVE15 (recurring 15%) to the first payment and the renewal and counts the use', async () => {
    const { body } = await order({ pid: [4], billingcycle: ['monthly'], configoptions: [VPS_OPTIONS], promocode: 'SAVE15' });
    // first 52.00 - 7.80 = 44.20; recurring 42.00 - 6.30 = 35.70
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ firstpaymentamount: 4420, amount: 3570, promoid: 1 });
    expect(invoiceLines(body.invoiceid).at(-1)).toEqual({
      type: 'PromoHosting',
      description: 'Promotional Code: SAVE15 - 15.00% Recurring Discount',
      amount: -780,
    });
    expect(invoiceOf(body.invoiceid).total).toBe(4420);
    expect(sandbox.db.prepare('SELECT promocode, promotype, promovalue, amount FROM orders WHERE id = ?').get(body.orderid)).toEqual({
      promocode: 'SAVE15',
      promotype: 'Percentage',
      promovalue: '15.00',
      amount: 4420,
    });
    expect(usesOf('SAVE15')).toBe(1);
  });

  it('applies WELCOME5 (one-off 5.00) to the first payment of one item only', async () => {
    const { body } = await order({ pid: [1, 2], billingcycle: ['monthly', 'monthly'], promocode: 'welcome5' });
    const [starter, plus] = servicesOf(body.serviceids);
    expect(starter).toMatchObject({ firstpaymentamount: 499, amount: 499, promoid: 2 });
    expect(plus).toMatchObject({ firstpaymentamount: 999, amount: 999, promoid: 0 });
    expect(invoiceOf(body.invoiceid).total).toBe(499 + 999);
    expect(usesOf('WELCOME5')).toBe(1);
  });

  it('converts fixed amounts into the client currency', async () => {
    const { body } = await order({ clientid: 2, pid: [1], billingcycle: ['monthly'], promocode: 'WELCOME5' });
    // 9.19 EUR - 5.00 USD at 0.92 = 4.60 EUR
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ firstpaymentamount: 919 - 460 });
  });

  it('never discounts below zero with a fixed amount', async () => {
    insertPromotion({ code: 'BIG', type: 'Fixed Amount', value: 100000, appliesto: '1' });
    const { body } = await order({ pid: [1], billingcycle: ['monthly'], promocode: 'BIG' });
    expect(servicesOf(body.serviceids)[0]?.firstpaymentamount).toBe(0);
    expect(invoiceOf(body.invoiceid).status).toBe('Paid');
  });

  it('silently ignores unknown, expired, not-yet-started and used-up codes', async () => {
    insertPromotion({ code: 'OLD', type: 'Percentage', value: 5000, appliesto: '1', expirationdate: '2025-06-14' });
    insertPromotion({ code: 'SOON', type: 'Percentage', value: 5000, appliesto: '1', startdate: '2025-06-16' });
    insertPromotion({ code: 'GONE', type: 'Percentage', value: 5000, appliesto: '1', maxuses: 2, uses: 2 });
    for (const code of ['NOPE', 'OLD', 'SOON', 'GONE']) {
      const { body } = await order({ pid: [1], billingcycle: ['monthly'], promocode: code });
      expect(body.result).toBe('success');
      expect(servicesOf(body.serviceids)[0]?.firstpaymentamount).toBe(999);
    }
    expect(usesOf('GONE')).toBe(2);
  });

  it('applies on the expiry day and honours maxuses exactly', async () => {
    insertPromotion({ code: 'LAST', type: 'Percentage', value: 1000, appliesto: '1', expirationdate: '2025-06-15', maxuses: 1 });
    const first = await order({ pid: [1], billingcycle: ['monthly'], promocode: 'LAST' });
    expect(servicesOf(first.body.serviceids)[0]?.firstpaymentamount).toBe(899);
    const second = await order({ pid: [1], billingcycle: ['monthly'], promocode: 'LAST' });
    expect(servicesOf(second.body.serviceids)[0]?.firstpaymentamount).toBe(999);
  });

  it('applies only to the listed products and cycles', async () => {
    insertPromotion({ code: 'ANNUAL', type: 'Percentage', value: 2000, appliesto: '1,2', cycles: 'Annually,Biennially' });
    const { body } = await order({ pid: [1, 1, 4], billingcycle: ['annually', 'monthly', 'annually'], promocode: 'ANNUAL' });
    const [annual, monthly, vps] = servicesOf(body.serviceids);
    expect(annual?.firstpaymentamount).toBe(3992);
    expect(monthly?.firstpaymentamount).toBe(999);
    expect(vps?.firstpaymentamount).toBe(12960);
  });

  it('applies with promooverride even to products it does not list', async () => {
    insertPromotion({ code: 'ONLYPLUS', type: 'Percentage', value: 1000, appliesto: '2' });
    const plain = await order({ pid: [1], billingcycle: ['monthly'], promocode: 'ONLYPLUS' });
    expect(servicesOf(plain.body.serviceids)[0]?.firstpaymentamount).toBe(999);
    const forced = await order({ pid: [1], billingcycle: ['monthly'], promocode: 'ONLYPLUS', promooverride: 1 });
    expect(servicesOf(forced.body.serviceids)[0]?.firstpaymentamount).toBe(899);
  });

  it('waives setup fees with a Free Setup promotion', async () => {
    insertPromotion({ code: 'NOSETUP', type: 'Free Setup', value: 0, appliesto: '4,5' });
    const { body } = await order({ pid: [5], billingcycle: ['monthly'], configoptions: [phpArray64({ 6: 5 })], promocode: 'NOSETUP' });
    // 58.50 minus the 15.00 of setup fees
    expect(servicesOf(body.serviceids)[0]).toMatchObject({ firstpaymentamount: 4350, amount: 4350 });
  });

  it('checks new-signup and once-per-client rules against the client\'s orders', async () => {
    insertPromotion({ code: 'NEWBIE', type: 'Percentage', value: 1000, appliesto: '1', newsignups: 1 });
    insertPromotion({ code: 'ONCE', type: 'Percentage', value: 1000, appliesto: '1', onceperclient: 1 });
    const existing = await order({ pid: [1], billingcycle: ['monthly'], promocode: 'NEWBIE' });
    expect(servicesOf(existing.body.serviceids)[0]?.firstpaymentamount).toBe(999);
    const once = await order({ pid: [1], billingcycle: ['monthly'], promocode: 'ONCE' });
    expect(servicesOf(once.body.serviceids)[0]?.firstpaymentamount).toBe(899);
    const twice = await order({ pid: [1], billingcycle: ['monthly'], promocode: 'ONCE' });
    expect(servicesOf(twice.body.serviceids)[0]?.firstpaymentamount).toBe(999);
  });
});

describe('AddOrder: errors (exact WHMCS texts, nothing written)', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an unknown client', { clientid: 999, pid: [1] }, 'Client ID Not Found'],
    ['a closed client', { clientid: 3, pid: [1] }, 'Unable to add order when client status is Closed'],
    ['an unknown payment method', { paymentmethod: 'bitcoin', pid: [1] }, 'Invalid Payment Method. Valid options include paypal,mailin,stripe'],
    ['an invalid client IP', { pid: [1], clientip: '999.1.1.1' }, "Invalid IP address provided for 'clientip'"],
    [
      'a scalar domain next to domaintype[]',
      { pid: [1], domaintype: ['register'], domain: 'example.com' },
      "Expecting parameter 'domain' to be an array",
    ],
    ['an unknown addon', { addonid: 99, serviceid: 1 }, 'Addon ID invalid'],
    ['an addon for somebody else\'s service', { addonid: 1, serviceid: 4 }, 'Service ID not owned by Client ID provided'],
    ['addons for somebody else\'s services', { addonids: [1], serviceids: [4] }, 'Service ID 4 not owned by Client ID provided'],
    ['an unknown addon on a product', { pid: [1], addons: ['7'] }, 'Addon ID invalid'],
    ['renewing a domain the client does not own', { domainrenewals: { 'example.com': 1 } }, 'Domain not owned by Client ID provided'],
    ['no items', {}, 'No items added to cart so order cannot proceed'],
    ['an empty pid', { pid: [''] }, 'No items added to cart so order cannot proceed'],
    ['an invalid dropdown choice', { pid: [2], configoptions: [phpArray64({ 1: 99 })] }, 'The option selected for Disk is not valid'],
    ['a radio choice of another option', { pid: [4], configoptions: [phpArray64({ 3: 4 })] }, 'The option selected for Location is not valid'],
    [
      'a quantity above the maximum',
      { pid: [4], configoptions: [phpArray64({ 5: 17 })] },
      'Extra RAM (GB) has a minimum requirement of 0 and maximum of 16',
    ],
    [
      'a negative unlimited quantity',
      { pid: [5], configoptions: [phpArray64({ 6: -1 })] },
      'Extra disk (10 GB) has a minimum requirement of 0 and maximum of Unlimited',
    ],
    ['an unknown product', { pid: [999] }, 'Invalid Product ID'],
    ['a disabled billing cycle', { pid: [4], billingcycle: ['biennially'] }, 'Invalid Billing Cycle'],
    ['a made-up billing cycle', { pid: [1], billingcycle: ['weekly'] }, 'Invalid Billing Cycle'],
    ['one bad line among good ones', { pid: [1, 999] }, 'Invalid Product ID'],
  ];

  it.each(cases)('refuses %s', async (_label, params, message) => {
    const before = { orders: count('orders'), services: count('services'), invoices: count('invoices') };
    const { status, body } = await order(params);
    expect(status).toBe(200);
    expect(body).toEqual({ result: 'error', message });
    expect({ orders: count('orders'), services: count('services'), invoices: count('invoices') }).toEqual(before);
  });

  it('refuses orders for a client with no id at all', async () => {
    const { body } = await sandbox.call('AddOrder', { paymentmethod: 'paypal', pid: [1] });
    expect(body.message).toBe('Client ID Not Found');
  });

  it('dates everything from the clock', async () => {
    sandbox.clock.now = new Date(TEST_NOW.getTime() + 86_400_000);
    const { body } = await order({ pid: [1] });
    expect(servicesOf(body.serviceids)[0]?.nextduedate).toBe('2025-06-16');
  });
});

describe('AddOrder: on-demand renewals', () => {
  const nextDue = (id: number) => (sandbox.db.prepare('SELECT nextduedate, amount FROM services WHERE id = ?').get(id) as { nextduedate: string; amount: number });

  it('renews a service: an order with no new service, one invoice line for the next period, paid moves the due date on', async () => {
    const before = nextDue(1);
    const { body } = await order({ servicerenewals: [1] });
    expect(body).toMatchObject({ result: 'success', serviceids: '', addonids: '' });
    expect(count('services')).toBe(4);
    const lines = invoiceLines(body.invoiceid);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ type: 'Hosting', amount: before.amount });
    expect(lines[0]?.description).toMatch(/Plus - demo-shop\.example \(\d\d\/\d\d\/\d{4} - \d\d\/\d\d\/\d{4}\)$/);
    expect(invoiceOf(body.invoiceid)).toMatchObject({ total: before.amount, status: 'Unpaid', userid: 1 });

    const orders = await sandbox.call('GetOrders', { id: Number(body.orderid) });
    expect(orders.body).toMatchObject({ orders: { order: [{ renewalsByType: { services: '1', addons: '' }, lineitems: [] }] } });

    await sandbox.call('AddInvoicePayment', { invoiceid: Number(body.invoiceid), transid: 'T-RENEW', gateway: 'paypal' });
    const [y, m, d] = before.nextduedate.split('-').map(Number);
    expect(nextDue(1).nextduedate).toBe(new Date(Date.UTC(y! + 1, m! - 1, d!)).toISOString().slice(0, 10));
  });

  it('refuses a second renewal of the same period while the first invoice is unpaid, in WHMCS words', async () => {
    expect((await order({ servicerenewals: [1] })).body.result).toBe('success');
    expect((await order({ servicerenewals: [1] })).body).toMatchObject({ result: 'error', message: 'Service ID 1 can not be renewed at this time.' });
  });

  it.each([
    ['a service of another client', [4], 'Service ID not owned by Client ID provided'],
    ['a Pending service', [3], 'Service ID 3 can not be renewed at this time.'],
  ])('refuses %s and writes nothing', async (_label, servicerenewals, message) => {
    const orders = count('orders');
    expect((await order({ servicerenewals })).body).toMatchObject({ result: 'error', message });
    expect(count('orders')).toBe(orders);
  });
});
