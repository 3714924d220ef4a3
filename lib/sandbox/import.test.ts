import { afterEach, describe, expect, it } from 'vitest';
import { createWhmcsApi } from '@/lib/whmcs/api';
import { createWhmcsClient } from '@/lib/whmcs/client';
import { importCatalogue } from './import';
import { TEST_CREDENTIALS, createTestSandbox, type TestSandbox } from './testkit';

const sandboxes: TestSandbox[] = [];
afterEach(() => sandboxes.splice(0).forEach((sandbox) => sandbox.close()));

function apiOf(sandbox: TestSandbox) {
  const client = createWhmcsClient({
    transport: (body) => sandbox.send('application/x-www-form-urlencoded', body, '127.0.0.1'),
    credentials: TEST_CREDENTIALS,
    timeoutMs: 5_000,
  });
  return createWhmcsApi(client.call);
}

async function catalogueOf(sandbox: TestSandbox) {
  const api = apiOf(sandbox);
  const [products, currencies, paymentMethods, promotions] = await Promise.all([api.getProducts(), api.getCurrencies(), api.getPaymentMethods(), api.getPromotions()]);
  return { products, currencies, paymentMethods, promotions };
}

describe('sandbox:import', () => {
  it('copies one WHMCS catalogue (here another sandbox) into a sandbox, through the API, so both answer the same', async () => {
    const source = createTestSandbox();
    const target = createTestSandbox();
    sandboxes.push(source, target);
    // The source is not the demo: names with HTML characters, another price, one promotion fewer, another gateway.
    source.db.prepare("UPDATE products SET name = 'Starter & \"Co\" <b>' WHERE id = 1").run();
    source.db.prepare("UPDATE pricing SET annually = 9999 WHERE type = 'product' AND relid = 2").run();
    source.db.prepare("DELETE FROM promotions WHERE code = 'WELCOME5'").run();
    source.db.prepare("INSERT INTO payment_gateways (module, display_name, sort_order) VALUES ('banktransfer', 'Bank Transfer', 9)").run();
    const copied = await catalogueOf(source);
    expect(await catalogueOf(target)).not.toEqual(copied);

    const groups = [...new Map(copied.products.map((p) => [p.gid, { gid: p.gid, slug: p.groupSlug, name: p.groupSlug }])).values()];
    importCatalogue(target.db, { ...copied, groups });

    expect(await catalogueOf(target)).toEqual(copied);
    // The demo's orders went with its catalogue; its accounts stay to sign in with.
    expect(target.db.prepare('SELECT COUNT(*) AS n FROM orders').get()).toEqual({ n: 0 });
    expect((await apiOf(target).validateLogin('demo@example.com', 'demo1234'))).toMatchObject({ userId: expect.any(Number) });
  });
});
