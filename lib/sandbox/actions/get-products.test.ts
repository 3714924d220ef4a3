import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestSandbox, type TestSandbox } from '../testkit';

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = createTestSandbox();
});
afterEach(() => sandbox.close());

type Product = Record<string, unknown> & {
  pid: number;
  pricing: Record<string, Record<string, string>>;
  customfields: { customfield: Record<string, unknown>[] };
  configoptions: { configoption: (Record<string, unknown> & { options: { option: Record<string, unknown>[] } })[] };
};
const productsOf = (body: Record<string, unknown>) => ((body.products as { product: Product[] }) ?? { product: [] }).product;

describe('GetProducts', () => {
  it('returns the whole catalogue ordered by group order, group id, product order, product id', async () => {
    const { body } = await sandbox.call('GetProducts');
    expect(Object.keys(body)).toEqual(['result', 'totalresults', 'products']);
    expect(body.totalresults).toBe(9);
    // Groups: shared (order 1), vps (2), dedicated (id 4, order 3), email (id 3, order 4, Free Mailbox first).
    expect(productsOf(body).map((p) => p.pid)).toEqual([1, 2, 3, 4, 5, 8, 9, 7, 6]);
  });

  it('describes a product in the WHMCS 8.12 shape with prices as decimal strings per currency', async () => {
    const [starter] = productsOf((await sandbox.call('GetProducts', { pid: '1' })).body);
    expect(starter).toMatchObject({
      pid: 1,
      gid: 1,
      type: 'hostingaccount',
      name: 'Starter',
      slug: 'starter',
      product_url: 'http://shop.test/store/shared-hosting/starter',
      module: 'cpanel',
      paytype: 'recurring',
      allowqty: 0,
    });
    expect(starter?.description).toBe(
      'Disk Space: 10 GB\r\nBandwidth: Unmetered\r\nWebsites: 1\r\nEmail Accounts: 10\r\nFree SSL &amp; Daily Backups',
    );
    expect(Object.keys(starter?.pricing ?? {})).toEqual(['EUR', 'GBP', 'USD']);
    expect(starter?.pricing.USD).toEqual({
      prefix: '$',
      suffix: ' USD',
      msetupfee: '5.00',
      qsetupfee: '0.00',
      ssetupfee: '0.00',
      asetupfee: '0.00',
      bsetupfee: '0.00',
      tsetupfee: '0.00',
      monthly: '4.99',
      quarterly: '14.37',
      semiannually: '27.54',
      annually: '49.90',
      biennially: '-1.00',
      triennially: '-1.00',
    });
    expect(starter?.pricing.EUR).toMatchObject({ prefix: '€', suffix: ' EUR', monthly: '4.59', msetupfee: '4.60', biennially: '-1.00' });
    expect(starter?.pricing.GBP).toMatchObject({ prefix: '£', monthly: '3.94' });
    expect('stockcontrol' in (starter ?? {})).toBe(false);
  });

  it('lists only custom fields shown on the order form or required', async () => {
    const [starter, migration] = productsOf((await sandbox.call('GetProducts', { pid: '1,3' })).body);
    expect(starter?.customfields.customfield).toEqual([
      { id: 1, name: 'Site purpose', description: 'What will the site be used for? (for example: blog, shop, portfolio)', required: '' },
    ]);
    expect(migration?.customfields.customfield.map((f) => [f.id, f.required])).toEqual([
      [4, '*'],
      [5, '*'],
    ]);
  });

  it('gives config options of all four types with codes, bounds and per-currency pricing', async () => {
    const [vps] = productsOf((await sandbox.call('GetProducts', { pid: '5' })).body);
    const options = vps?.configoptions.configoption ?? [];
    expect(options.map((o) => [o.name, o.type, o.minqty, o.maxqty])).toEqual([
      ['Operating System', '1', 0, 0],
      ['Location', '2', 0, 0],
      ['Backups', '3', 0, 0],
      ['Extra RAM (GB)', '4', 0, 16],
      ['Extra disk (10 GB)', '4', 0, 0],
    ]);
    const windows = options[0]?.options.option.find((o) => o.name === 'Windows Server 2022');
    expect(windows).toMatchObject({ id: 7, rawName: 'Windows Server 2022', recurring: 0 });
    expect((windows?.pricing as Record<string, Record<string, string>>).USD).toMatchObject({
      msetupfee: '10.00',
      monthly: '15.00',
      quarterly: '45.00',
      annually: '180.00',
    });
    expect('prefix' in (windows?.pricing as Record<string, Record<string, string>>).USD!).toBe(false);
    const ram = options[3]?.options.option[0];
    expect(ram).toMatchObject({ id: 12, name: 'GB', rawName: null, required: null });
  });

  it('shows stock only when stock control is on', async () => {
    const products = productsOf((await sandbox.call('GetProducts', { gid: 4 })).body);
    expect(products.map((p) => [p.pid, p.stockcontrol, p.stocklevel])).toEqual([
      [8, 'true', 3],
      [9, 'true', 0],
    ]);
  });

  it('describes one-time and free products and both quantity modes', async () => {
    const products = productsOf((await sandbox.call('GetProducts', { pid: '3,6,7' })).body);
    const byPid = Object.fromEntries(products.map((p) => [p.pid, p]));
    expect(byPid[3]).toMatchObject({ paytype: 'onetime', allowqty: 1 });
    expect(byPid[3]?.pricing.USD).toMatchObject({ monthly: '49.00', msetupfee: '0.00', annually: '-1.00' });
    expect(byPid[6]).toMatchObject({ paytype: 'recurring', allowqty: 2 });
    expect(byPid[7]).toMatchObject({ paytype: 'free', allowqty: 0 });
  });

  it('filters by a comma list of pids, by gid and by module', async () => {
    expect(productsOf((await sandbox.call('GetProducts', { pid: '6, 2,99' })).body).map((p) => p.pid)).toEqual([2, 6]);
    expect(productsOf((await sandbox.call('GetProducts', { gid: 2 })).body).map((p) => p.pid)).toEqual([4, 5]);
    expect(productsOf((await sandbox.call('GetProducts', { module: 'cpanel' })).body).map((p) => p.pid)).toEqual([1, 2]);
  });

  it('leaves the products key out when nothing matches', async () => {
    const { body } = await sandbox.call('GetProducts', { pid: '999' });
    expect(body).toEqual({ result: 'success', totalresults: 0 });
  });
});
