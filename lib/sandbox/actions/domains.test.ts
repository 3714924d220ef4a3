import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phpArray64, createTestSandbox, type TestSandbox } from '../testkit';

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
});
afterEach(() => sandbox.close());

const order = (params: Record<string, unknown>) => sandbox.call('AddOrder', { clientid: 1, paymentmethod: 'paypal', ...params });
const invoiceLines = (invoiceId: unknown) =>
  sandbox.db.prepare('SELECT type, relid, description, amount FROM invoice_items WHERE invoiceid = ? ORDER BY id').all(Number(invoiceId));
const domainRow = (id: unknown) => sandbox.db.prepare('SELECT * FROM domains WHERE id = ?').get(Number(id)) as Record<string, unknown>;
const count = (table: string) => (sandbox.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('GetTLDPricing', () => {
  it('lists every TLD without its dot, with categories, extras, group and prices by years as strings', async () => {
    const { body } = await sandbox.call('GetTLDPricing', { currencyid: 1 });
    expect(body.currency).toEqual({ id: '1', code: 'USD', prefix: '$', suffix: ' USD', format: '1', rate: '1.00000' });
    const pricing = body.pricing as Record<string, Record<string, unknown>>;
    expect(Object.keys(pricing)).toEqual(['com', 'net', 'org', 'io', 'us', 'uk', 'de']);
    expect(pricing.com).toEqual({
      categories: ['Popular', 'gTLD'],
      addons: { dns: true, email: true, idprotect: true },
      group: 'hot',
      register: { 1: '12.99', 2: '25.98', 3: '38.97', 5: '64.95', 10: '129.90' },
      transfer: { 1: '10.99' },
      renew: { 1: '14.99', 2: '29.98', 3: '44.97', 5: '74.95', 10: '149.90' },
      grace_period: null,
      redemption_period: null,
    });
    // A TLD without a transfer price leaves the key out, as WHMCS does.
    expect(pricing.uk).not.toHaveProperty('transfer');
    expect(pricing.net?.group).toBe('sale');
  });

  it("prices in the client's currency when given clientid (it wins over currencyid)", async () => {
    const { body } = await sandbox.call('GetTLDPricing', { clientid: 2, currencyid: 1 });
    expect((body.currency as { code: string }).code).toBe('EUR');
    expect((body.pricing as Record<string, { register: Record<string, string> }>).com?.register['1']).toBe('11.95');
  });
});

describe('DomainWhois', () => {
  const whois = (domain: string) => sandbox.call('DomainWhois', { domain });

  it.each([
    ['fresh-idea.com', 'available'],
    ['taken-name.com', 'unavailable'],
    ['example.com', 'unavailable'],
    ['demo-shop.net', 'unavailable'],
    ['WWW.Fresh-Idea.NET', 'available'],
    ['neue-bücher.de', 'available'],
    ['bücher.de', 'unavailable'],
  ])('answers %s: %s', async (domain, status) => {
    const { body } = await whois(domain);
    expect(body).toMatchObject({ result: 'success', status });
    expect(typeof body.whois).toBe('string');
  });

  it.each([
    ['not a domain', 'Domain not valid'],
    ['-bad-.com', 'Domain not valid'],
    ['bücher.net', 'Domain not valid'],
    ['fresh-idea.xyz', 'The given TLD is not supported for WHOIS lookups'],
  ])('refuses %s', async (domain, message) => {
    expect((await whois(domain)).body).toEqual({ result: 'error', message });
  });
});

describe('GetClientsDomains', () => {
  it("lists the demo client's domains as strings, one expiring soon", async () => {
    const { body } = await sandbox.call('GetClientsDomains', { clientid: 1 });
    expect(body).toMatchObject({ result: 'success', clientid: '1', totalresults: '2', startnumber: 0, numreturned: 2 });
    const domains = (body.domains as { domain: Record<string, string>[] }).domain;
    expect(domains.map((d) => [d.domainname, d.status, d.expirydate])).toEqual([
      ['demo-shop.com', 'Active', '2026-03-17'],
      ['demo-shop.net', 'Active', '2025-07-05'],
    ]);
    expect(domains[0]).toMatchObject({ regtype: 'Register', regperiod: '1', recurringamount: '16.49', dnsmanagement: '1', paymentmethodname: 'PayPal' });
  });

  it('answers domains "" when nothing matches', async () => {
    expect((await sandbox.call('GetClientsDomains', { clientid: 2 })).body).toMatchObject({ totalresults: '0', numreturned: 0, domains: '' });
  });
});

describe('AddOrder with domains', () => {
  it('registers a domain alone (no pid): Pending, priced at the TLD, extras per year, invoice line as WHMCS writes it', async () => {
    const { body } = await order({
      domain: ['fresh-idea.com'],
      domaintype: ['register'],
      regperiod: ['2'],
      dnsmanagement: ['1'],
      idprotection: ['1'],
      nameserver1: 'ns1.shop.example',
      nameserver2: 'ns2.shop.example',
    });
    expect(body).toMatchObject({ result: 'success', serviceids: '', domainids: '3' });
    const domain = domainRow(body.domainids);
    expect(domain).toMatchObject({ status: 'Pending', type: 'Register', registrationperiod: 2, dnsmanagement: 1, idprotection: 1, emailforwarding: 0 });
    // 25.98 for two years + DNS 2 x 1.50 + ID protection 2 x 3.00.
    expect(domain.firstpaymentamount).toBe(3498);
    expect(domain.recurringamount).toBe(2998 + 300 + 600);
    expect(invoiceLines(body.invoiceid)).toEqual([
      {
        type: 'DomainRegister',
        relid: 3,
        description: 'Domain Registration - fresh-idea.com - 2 Year/s (15/06/2025 - 14/06/2027)\n + DNS Management\n + ID Protection',
        amount: 3498,
      },
    ]);
    expect(sandbox.db.prepare('SELECT nameservers FROM orders WHERE id = ?').get(Number(body.orderid))).toEqual({
      nameservers: 'ns1.shop.example,ns2.shop.example',
    });
  });

  it('orders hosting and a domain together, each at its own index', async () => {
    const { body } = await order({ pid: [1, ''], billingcycle: ['monthly', ''], domain: ['fresh-idea.net', 'fresh-idea.net'], domaintype: ['', 'register'] });
    expect(body).toMatchObject({ result: 'success', serviceids: '5', domainids: '3' });
    expect(invoiceLines(body.invoiceid).map((line) => (line as { type: string }).type)).toEqual(['Setup', 'Hosting', 'DomainRegister']);
  });

  it('transfers with the EPP code and keeps the extra fields and IDN language', async () => {
    const { body } = await order({
      domain: ['my-old-site.com', 'meine-bücher.de', 'fresh-idea.us'],
      domaintype: ['transfer', 'register', 'register'],
      regperiod: ['1', '1', '1'],
      eppcode: ['EPP-123&x', '', ''],
      idnlanguage: ['', 'ger', ''],
      domainfields: ['', '', phpArray64({ 'Nexus Category': 'C11', 'Application Purpose': 'Personal Use' })],
    });
    expect(body.result).toBe('success');
    const [transfer, idn, us] = String(body.domainids).split(',').map(domainRow);
    expect(transfer).toMatchObject({ type: 'Transfer', eppcode: 'EPP-123&amp;x', firstpaymentamount: 1099 });
    expect(idn).toMatchObject({ domain: 'xn--meine-bcher-zhb.de', idnlanguage: 'ger' });
    expect(sandbox.db.prepare('SELECT name, value FROM domain_fields WHERE domainid = ? ORDER BY name').all(us?.id)).toEqual([
      { name: 'Application Purpose', value: 'Personal Use' },
      { name: 'Nexus Category', value: 'C11' },
    ]);
    expect((invoiceLines(body.invoiceid)[0] as { description: string }).description).toBe(
      'Domain Transfer - my-old-site.com - 1 Year/s (15/06/2025 - 14/06/2026)',
    );
  });

  it('applies a promotion that lists the TLD (D.com) and the period, with a PromoDomain line', async () => {
    const { body } = await order({ domain: ['fresh-idea.com', 'fresh-idea.net'], domaintype: ['register', 'register'], promocode: 'DOTCOM20' });
    expect(invoiceLines(body.invoiceid)).toEqual([
      expect.objectContaining({ type: 'DomainRegister', amount: 1299 }),
      { type: 'PromoDomain', relid: 3, description: 'Promotional Code: DOTCOM20 - 20.00% One Time Discount', amount: -260 },
      expect.objectContaining({ type: 'DomainRegister', amount: 999 }),
    ]);
    expect(domainRow(3).firstpaymentamount).toBe(1039);
    // A two-year .com is not in the promotion's cycles (1Years).
    const twoYears = await order({ domain: ['other-idea.com'], domaintype: ['register'], regperiod: ['2'], promocode: 'DOTCOM20' });
    expect(invoiceLines(twoYears.body.invoiceid)).toHaveLength(1);
  });

  it('activates domains when the invoice is paid: Active, expiring after their period', async () => {
    const { body } = await order({ domain: ['fresh-idea.com'], domaintype: ['register'], regperiod: ['3'] });
    await sandbox.call('AddInvoicePayment', { invoiceid: String(body.invoiceid), transid: 'T-1', gateway: 'paypal' });
    expect(domainRow(body.domainids)).toMatchObject({ status: 'Active', expirydate: '2028-06-15', nextduedate: '2028-06-15' });
  });

  it('activates domains on AcceptOrder and lists them in GetOrders', async () => {
    const { body } = await order({ domain: ['fresh-idea.org'], domaintype: ['register'] });
    await sandbox.call('AcceptOrder', { orderid: String(body.orderid) });
    expect(domainRow(body.domainids)).toMatchObject({ status: 'Active', expirydate: '2026-06-15' });
    const orders = (await sandbox.call('GetOrders', { id: String(body.orderid) })).body.orders as { order: { lineitems: { lineitem: unknown[] } }[] };
    expect(orders.order[0]?.lineitems.lineitem).toEqual([
      expect.objectContaining({ type: 'domain', relid: '3', producttype: 'Domain', product: 'Register', domain: 'fresh-idea.org', billingcycle: '1', amount: '$11.49 USD', status: 'Active' }),
    ]);
  });

  it('renews a domain the client holds: a Domain line at the renew price plus its extras; paying moves the expiry on', async () => {
    const { body } = await order({ domainrenewals: { 'demo-shop.com': '2' } });
    expect(body).toMatchObject({ result: 'success', domainids: '' });
    expect(invoiceLines(body.invoiceid)).toEqual([
      {
        type: 'Domain',
        relid: 1,
        description: 'Domain Renewal - demo-shop.com - 2 Year/s (17/03/2026 - 16/03/2028)\n + DNS Management',
        amount: 2998 + 300,
      },
    ]);
    const orders = (await sandbox.call('GetOrders', { id: String(body.orderid) })).body.orders as { order: { renewals: string; lineitems: { lineitem: unknown[] } }[] };
    expect(orders.order[0]?.renewals).toBe('1=2');
    expect(orders.order[0]?.lineitems.lineitem).toEqual([expect.objectContaining({ type: 'renewal', product: 'Renewal', domain: 'demo-shop.com', billingcycle: '2' })]);
    await sandbox.call('AddInvoicePayment', { invoiceid: String(body.invoiceid), transid: 'T-2', gateway: 'paypal' });
    expect(domainRow(1)).toMatchObject({ status: 'Active', expirydate: '2028-03-17', nextduedate: '2028-03-17' });
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['an invalid name', { domain: ['not valid.com'], domaintype: ['register'] }, 'Domain not valid: not valid.com'],
    ['a TLD not on sale', { domain: ['fresh-idea.xyz'], domaintype: ['register'] }, 'The TLD .xyz is not available for registration'],
    ['a period the TLD does not offer', { domain: ['fresh-idea.com'], domaintype: ['register'], regperiod: ['4'] }, 'Invalid registration period 4 for .com'],
    ['a transfer the TLD does not offer', { domain: ['fresh-idea.uk'], domaintype: ['transfer'] }, 'Transfers are not offered for .uk'],
    ['an extra the TLD does not support', { domain: ['fresh-idea.us'], domaintype: ['register'], idprotection: ['1'] }, 'ID Protection is not available for .us'],
    ['renewing a Pending domain', { domainrenewals: { 'pending-one.com': '1' } }, "Domain status is set to 'Pending' and cannot be renewed"],
    ["renewing somebody else's domain", { clientid: 2, domainrenewals: { 'demo-shop.com': '1' } }, 'Domain not owned by Client ID provided'],
    ['a renewal period the TLD does not offer', { domainrenewals: { 'demo-shop.com': '4' } }, 'Invalid renewal period 4 for .com'],
  ];

  it.each(cases)('refuses %s and writes nothing', async (_label, params, message) => {
    sandbox.db
      .prepare("INSERT INTO domains (userid, type, registrationdate, domain, paymentmethod, status) VALUES (1, 'Register', '2025-06-01', 'pending-one.com', 'paypal', 'Pending')")
      .run();
    const before = { orders: count('orders'), domains: count('domains'), invoices: count('invoices') };
    expect((await order(params)).body).toEqual({ result: 'error', message });
    expect({ orders: count('orders'), domains: count('domains'), invoices: count('invoices') }).toEqual(before);
  });
});
