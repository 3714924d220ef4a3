import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, readCatalogueConfig } from '@/lib/catalogue/config-file';
import type { ApiAccessPolicy } from '@/lib/sandbox/access';
import { TEST_CREDENTIALS, createTestSandbox, type TestSandbox } from '@/lib/sandbox/testkit';
import { createWhmcsClient } from '@/lib/whmcs/client';
import { canTakeOrders, formatChecklist, runDoctor, type CheckResult } from './checks';

/** The doctor against the sandbox, in each way a first connection goes wrong. */
let sandbox: TestSandbox | undefined;
afterEach(() => sandbox?.close());

const SHOP_IP = '198.51.100.20';

async function doctor(options: { access?: ApiAccessPolicy; secret?: string; config?: typeof EMPTY_CONFIG; breakCatalogue?: (box: TestSandbox) => void } = {}) {
  sandbox = createTestSandbox({ access: options.access });
  options.breakCatalogue?.(sandbox);
  const box = sandbox;
  const client = createWhmcsClient({
    transport: (body) => box.send('application/x-www-form-urlencoded', body, SHOP_IP),
    credentials: { ...TEST_CREDENTIALS, secret: options.secret ?? TEST_CREDENTIALS.secret },
    timeoutMs: 5_000,
    log: () => {},
  });
  return runDoctor({ call: client.call, config: options.config ?? readCatalogueConfig('catalogue.sandbox.json') });
}

const byTitle = (results: CheckResult[], title: string) => results.find((result) => result.title === title);
const ALL_ACTIONS = ['getproducts', 'getcurrencies', 'getpaymentmethods', 'getpromotions', 'addorder', 'getorders', 'getclientsproducts', 'getclientsdetails', 'addclient', 'validatelogin', 'getusers', 'createssotoken', 'getinvoice', 'resetpassword', 'getclientsaddons', 'gettldpricing', 'domainwhois', 'getclientsdomains', 'getconfigurationvalue'];
const role = (actions: string[]): ApiAccessPolicy => ({ allowedActions: new Set(actions), allowedIps: null, accessKey: null });

describe('npm run doctor', () => {
  it('passes a healthy sandbox, companion included', async () => {
    const results = await doctor();
    expect(results.filter((result) => result.status === 'fail')).toEqual([]);
    expect(byTitle(results, 'Hostfront companion module')).toMatchObject({ status: 'pass', detail: expect.stringMatching(/^version \d/) });
    expect(results.filter((result) => result.title.startsWith('The API role allows')).length).toBe(ALL_ACTIONS.length);
    expect(canTakeOrders(results)).toBe(true);
    expect(formatChecklist(results)).toMatch(/The shop can take orders\.$/);
  });

  it('notes a missing companion (here: a role without its actions) without blocking orders', async () => {
    const results = await doctor({ access: role(ALL_ACTIONS) });
    expect(byTitle(results, 'Hostfront companion module')).toMatchObject({ status: 'warn', detail: expect.stringContaining('hostfrontversion') });
    expect(results.filter((result) => result.status === 'fail')).toEqual([]);
    expect(canTakeOrders(results)).toBe(true);
  });

  it('stops at a wrong secret, with the fix', async () => {
    const results = await doctor({ secret: 'not-the-secret' });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'fail', detail: 'Authentication Failed', fix: expect.stringContaining('WHMCS_API_SECRET') });
    expect(canTakeOrders(results)).toBe(false);
  });

  it('names the IP to allow when the shop is not on the allow-list', async () => {
    const results = await doctor({ access: { allowedActions: null, allowedIps: ['203.0.113.1'], accessKey: null } });
    expect(results[0]).toMatchObject({ status: 'fail', detail: `Invalid IP ${SHOP_IP}`, fix: expect.stringContaining(`add ${SHOP_IP}`) });
    expect(canTakeOrders(results)).toBe(false);
  });

  it('lists each action the API role is missing; only essential ones stop orders', async () => {
    const withoutPromotions = await doctor({ access: role(ALL_ACTIONS.filter((action) => action !== 'getpromotions')) });
    expect(byTitle(withoutPromotions, 'The API role allows GetPromotions')).toMatchObject({ status: 'fail', fix: expect.stringContaining('"getpromotions"') });
    expect(canTakeOrders(withoutPromotions)).toBe(true);
    sandbox?.close();
    const withoutAddOrder = await doctor({ access: role(ALL_ACTIONS.filter((action) => action !== 'addorder')) });
    expect(byTitle(withoutAddOrder, 'The API role allows AddOrder')).toMatchObject({ status: 'fail', blocksOrders: true });
    expect(canTakeOrders(withoutAddOrder)).toBe(false);
  });

  it('changes nothing in WHMCS while probing the actions', async () => {
    const counts = (box: TestSandbox) => ['clients', 'orders', 'services', 'invoices', 'users'].map((table) => box.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get());
    let before: unknown[] = [];
    await doctor({ breakCatalogue: (box) => (before = counts(box)) });
    expect(counts(sandbox as TestSandbox)).toEqual(before);
  });

  it('lints a broken catalogue: a product with no cycle, an option without a price, an idle promotion, colliding URLs', async () => {
    const results = await doctor({
      config: { ...EMPTY_CONFIG, productSlugs: { '2': 'starter' } },
      breakCatalogue: (box) => {
        box.db.prepare("UPDATE pricing SET monthly = -100, quarterly = -100, semiannually = -100, annually = -100, biennially = -100, triennially = -100 WHERE type = 'product' AND relid = 3").run();
        box.db.prepare("DELETE FROM pricing WHERE type = 'configoptions' AND rowid = (SELECT MIN(rowid) FROM pricing WHERE type = 'configoptions')").run();
        box.db.prepare("UPDATE promotions SET appliesto = '999' WHERE code = 'WELCOME5'").run();
      },
    });
    expect(byTitle(results, 'Every product has a billing cycle enabled')).toMatchObject({ status: 'warn', detail: expect.stringContaining('pid 3') });
    expect(byTitle(results, 'Every configurable option has a price in every currency')?.status).toBe('warn');
    expect(byTitle(results, 'Every promotion applies to a product')).toMatchObject({ status: 'warn', detail: 'WELCOME5' });
    expect(byTitle(results, 'Store URLs are unique')).toMatchObject({ status: 'fail', detail: expect.stringContaining('/store/shared-hosting/starter') });
    expect(canTakeOrders(results)).toBe(true);
  });

  it('cannot take orders when no product has a price', async () => {
    const results = await doctor({
      breakCatalogue: (box) => {
        box.db.prepare("UPDATE products SET paytype = 'recurring'").run();
        box.db.prepare("UPDATE pricing SET monthly = -100, quarterly = -100, semiannually = -100, annually = -100, biennially = -100, triennially = -100 WHERE type = 'product'").run();
      },
    });
    expect(byTitle(results, 'Products customers can order')).toMatchObject({ status: 'fail', blocksOrders: true });
    expect(canTakeOrders(results)).toBe(false);
  });
});
