import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestSandbox, phpArray64, type TestSandbox } from './testkit';

// Every amount below is worked out by hand from the seeded prices and rules (shown next to it).
// Demo clients: 5 GB (GBP, 20 % VAT), 6 FR business with a VAT number (EUR, exempt),
// 7 Texas (USD, 6.25 %), 2 DE (EUR, 19 %), 1 Oregon (USD, no rule).

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
});
afterEach(() => sandbox.close());

const order = (clientid: number, params: Record<string, unknown>) => sandbox.call('AddOrder', { clientid, paymentmethod: 'paypal', ...params });
const starter = (clientid: number) => order(clientid, { pid: [1], billingcycle: ['monthly'] });
const invoice = async (id: unknown) => (await sandbox.call('GetInvoice', { invoiceid: String(id) })).body;
const setting = (name: string, value: string) => sandbox.db.prepare('UPDATE settings SET value = ? WHERE setting = ?').run(value, name);
const orderAmount = (id: unknown) => (sandbox.db.prepare('SELECT amount FROM orders WHERE id = ?').get(Number(id)) as { amount: number }).amount;

describe('tax on the invoices AddOrder raises (exclusive prices)', () => {
  it('charges a GB consumer 20 % VAT on the setup fee and the first month', async () => {
    // Starter in GBP: 3.95 setup + 3.94 monthly = 7.89; 20 % = 1.578 -> 1.58.
    const { body } = await starter(5);
    expect(await invoice(body.invoiceid)).toMatchObject({ subtotal: '7.89', tax: '1.58', tax2: '0.00', taxrate: '20.000', taxrate2: '0.000', total: '9.47', balance: '9.47' });
    expect(((await invoice(body.invoiceid)).items as { item: { taxed: string }[] }).item.map((item) => item.taxed)).toEqual(['1', '1']);
    expect(orderAmount(body.orderid)).toBe(947);
  });

  it('charges a state rate in Texas and nothing in a US state without a rule', async () => {
    // 5.00 setup + 4.99 = 9.99 × 6.25 % = 0.624375 -> 0.62.
    expect(await invoice((await starter(7)).body.invoiceid)).toMatchObject({ subtotal: '9.99', tax: '0.62', taxrate: '6.250', total: '10.61' });
    expect(await invoice((await starter(1)).body.invoiceid)).toMatchObject({ subtotal: '9.99', tax: '0.00', taxrate: '0.000', total: '9.99' });
  });

  it('compounds level 2 on level 1 (Quebec: 5 % GST, then 9.975 % QST on price plus GST)', async () => {
    const { body: client } = await sandbox.call('AddClient', {
      firstname: 'Q',
      lastname: 'Buyer',
      email: 'q@example.net',
      address1: '1 Rue',
      city: 'Montréal',
      state: 'Quebec',
      postcode: 'H2X 1Y4',
      country: 'CA',
      phonenumber: '+1.5145550100',
      password2: 'secret-password',
    });
    // 9.99 × 5 % = 0.4995 -> 0.50; (9.99 + 0.50) × 9.975 % = 1.0463... -> 1.05.
    expect(await invoice((await starter(Number(client.clientid))).body.invoiceid)).toMatchObject({
      subtotal: '9.99',
      tax: '0.50',
      tax2: '1.05',
      taxrate: '5.000',
      taxrate2: '9.975',
      total: '11.54',
    });
  });

  it('leaves untaxed products out of the tax base', async () => {
    // Website Migration (no "Apply Tax") 38.71 in GBP (49.00 × 0.79) and Starter 7.89: VAT on 7.89 only.
    const { body } = await order(5, {
      pid: [1, 3],
      billingcycle: ['monthly', 'onetime'],
      customfields: ['', phpArray64({ 4: 'OldHost', 5: 'https://a.example' })],
    });
    expect(await invoice(body.invoiceid)).toMatchObject({ subtotal: '46.60', tax: '1.58', total: '48.18' });
  });

  it('taxes a promotion line with its product: the discount comes off before tax', async () => {
    // Texas: 9.99 less WELCOME5 (5.00) = 4.99 × 6.25 % = 0.311875 -> 0.31.
    const { body } = await order(7, { pid: [1], billingcycle: ['monthly'], promocode: 'WELCOME5' });
    expect(await invoice(body.invoiceid)).toMatchObject({ subtotal: '4.99', tax: '0.31', total: '5.30' });
  });

  it('taxes domains when TaxDomains is on, not when it is off', async () => {
    const domain = (name: string) => order(7, { domaintype: ['register'], domain: [name], regperiod: ['1'] });
    // .com 12.99 × 6.25 % = 0.811875 -> 0.81.
    expect(await invoice((await domain('taxed-name.com')).body.invoiceid)).toMatchObject({ tax: '0.81', total: '13.80' });
    setting('TaxDomains', '');
    expect(await invoice((await domain('untaxed-name.com')).body.invoiceid)).toMatchObject({ tax: '0.00', total: '12.99' });
  });

  it('taxes renewals and addons ordered for an existing service like the products they belong to', async () => {
    // Client 2 (DE) renews its Starter (annually, EUR 45.91): 19 % = 8.7229 -> 8.72.
    expect(await invoice((await order(2, { servicerenewals: ['4'] })).body.invoiceid)).toMatchObject({ subtotal: '45.91', tax: '8.72', total: '54.63' });
    // SSL Certificate (one-time, EUR 26.68) for that service: 19 % = 5.0692 -> 5.07.
    expect(await invoice((await order(2, { addonid: 4, serviceid: 4 })).body.invoiceid)).toMatchObject({ subtotal: '26.68', tax: '5.07', total: '31.75' });
  });

  it('rounds on the taxed subtotal, or per line with TaxPerLineItem', async () => {
    // DE, EUR: 4.60 + 4.59 = 9.19 × 19 % = 1.7461 -> 1.75; per line 0.874 -> 0.87 and 0.8721 -> 0.87 = 1.74.
    expect(await invoice((await starter(2)).body.invoiceid)).toMatchObject({ tax: '1.75', total: '10.94' });
    setting('TaxPerLineItem', '1');
    expect(await invoice((await starter(2)).body.invoiceid)).toMatchObject({ tax: '1.74', total: '10.93' });
  });

  it('charges an exempt client no tax, and none at all when tax is off', async () => {
    expect(await invoice((await starter(6)).body.invoiceid)).toMatchObject({ subtotal: '9.19', tax: '0.00', taxrate: '0.000', total: '9.19' });
    setting('TaxEnabled', '');
    expect(await invoice((await starter(5)).body.invoiceid)).toMatchObject({ tax: '0.00', total: '7.89' });
  });
});

describe('tax on the invoices AddOrder raises (inclusive prices)', () => {
  beforeEach(() => setting('TaxType', 'Inclusive'));

  it('takes the tax out of the price: the total is the price', async () => {
    // 7.89 incl. 20 %: 7.89 / 1.2 = 6.575; × 20 % = 1.315 -> 1.32; subtotal 7.89 − 1.32 = 6.57.
    expect(await invoice((await starter(5)).body.invoiceid)).toMatchObject({ subtotal: '6.57', tax: '1.32', total: '7.89' });
  });

  it('with TaxInclusiveDeduct, charges a client who pays no tax each price divided by 1 + the first rule’s rate (DE 19 %)', async () => {
    // Exempt FR business, EUR: 4.60 / 1.19 = 3.8655 -> 3.87; 4.59 / 1.19 = 3.8571 -> 3.86; 7.73.
    expect(await invoice((await starter(6)).body.invoiceid)).toMatchObject({ tax: '0.00', total: '7.73' });
    // Oregon has no rule: USD 5.00 / 1.19 = 4.2017 -> 4.20; 4.99 / 1.19 = 4.1933 -> 4.19; 8.39.
    expect(await invoice((await starter(1)).body.invoiceid)).toMatchObject({ tax: '0.00', total: '8.39' });
    setting('TaxInclusiveDeduct', '');
    expect(await invoice((await starter(6)).body.invoiceid)).toMatchObject({ tax: '0.00', total: '9.19' });
  });
});

describe('GetConfigurationValue', () => {
  it('answers a stored setting, WHMCS’s error for one never saved or no name', async () => {
    expect((await sandbox.call('GetConfigurationValue', { setting: 'TaxType' })).body).toEqual({ result: 'success', setting: 'TaxType', value: 'Exclusive' });
    expect((await sandbox.call('GetConfigurationValue', { setting: 'NoSuchSetting' })).body).toEqual({ result: 'error', message: 'Invalid name for parameter setting' });
    expect((await sandbox.call('GetConfigurationValue', {})).body).toEqual({ result: 'error', message: 'Parameter setting is required' });
  });
});

describe('AddClient with a VAT number (Vat::setTaxExempt)', () => {
  const signUp = async (country: string, taxId?: string) => {
    const { body } = await sandbox.call('AddClient', {
      firstname: 'Vera',
      lastname: 'Vat',
      email: `vera-${country}-${taxId ?? 'none'}@example.net`,
      address1: '1 Street',
      city: 'City',
      state: 'State',
      postcode: '12345',
      country,
      phonenumber: '+33.100000000',
      password2: 'secret-password',
      ...(taxId === undefined ? {} : { tax_id: taxId }),
    });
    return (await sandbox.call('GetClientsDetails', { clientid: String(body.clientid) })).body;
  };

  it('exempts an EU or GB business outside the home country (DE), with a well-formed number', async () => {
    expect(await signUp('FR', 'FR40303265045')).toMatchObject({ tax_id: 'FR40303265045', taxexempt: true });
    expect(await signUp('GB', '123456789')).toMatchObject({ taxexempt: true });
  });

  it('does not exempt a home-country business, a malformed number, no number or a non-EU country', async () => {
    expect(await signUp('DE', 'DE123456789')).toMatchObject({ taxexempt: false });
    expect(await signUp('FR', '12345')).toMatchObject({ taxexempt: false });
    expect(await signUp('FR')).toMatchObject({ tax_id: '', taxexempt: false });
    expect(await signUp('US', 'US123456789')).toMatchObject({ taxexempt: false });
  });

  it('exempts no one by VAT number when WHMCS’s EU exemption is off', async () => {
    setting('TaxEUTaxExempt', '');
    expect(await signUp('FR', 'FR40303265045')).toMatchObject({ taxexempt: false });
  });

  it('seeds the exempt demo business', async () => {
    expect((await sandbox.call('GetClientsDetails', { clientid: 6 })).body).toMatchObject({ tax_id: 'FR40303265045', taxexempt: true, country: 'FR' });
  });
});
