import { afterEach, describe, expect, it } from 'vitest';
import { createWhmcsApi } from '@/lib/whmcs/api';
import { createWhmcsClient } from '@/lib/whmcs/client';
import { TAX_SETTING_NAMES } from '@/lib/tax/sources';
import { importCatalogue } from './import';
import { readCatalogueForImport } from './import-read';
import { TEST_CREDENTIALS, createTestSandbox, type TestSandbox } from './testkit';

const sandboxes: TestSandbox[] = [];
afterEach(() => sandboxes.splice(0).forEach((sandbox) => sandbox.close()));

function apiOf(sandbox: TestSandbox) {
  const client = createWhmcsClient({
    transport: (body) => sandbox.send('application/x-www-form-urlencoded', body, '127.0.0.1'),
    credentials: TEST_CREDENTIALS,
    timeoutMs: 5_000,
    log: () => {},
  });
  return createWhmcsApi(client.call);
}

/** What the shop reads of a catalogue: GetProducts & co., GetTLDPricing per currency, the companion's actions. */
async function catalogueOf(sandbox: TestSandbox) {
  const api = apiOf(sandbox);
  const [products, currencies, paymentMethods, promotions, groups, addons, domainExtras, taxSettings, taxRules] = await Promise.all([
    api.getProducts(),
    api.getCurrencies(),
    api.getPaymentMethods(),
    api.getPromotions(),
    api.getProductGroups(),
    api.getProductAddons(),
    api.getDomainExtras(),
    api.getConfigurationValues(TAX_SETTING_NAMES),
    api.getTaxRules(),
  ]);
  const tldPricing = await Promise.all(currencies.map((currency) => api.getTldPricing(currency.id)));
  return { products, currencies, paymentMethods, promotions, groups, addons, domainExtras, tldPricing, taxSettings, taxRules };
}

const noWarnings = (message: string) => {
  throw new Error(`unexpected warning: ${message}`);
};

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
    // ... and its domains, groups and addons are its own: another .com price, a TLD fewer, other extras, a tagline, a hidden group, an addon's price.
    source.db.prepare("UPDATE pricing SET msetupfee = 1111 WHERE type = 'domainregister' AND relid = (SELECT id FROM tlds WHERE extension = '.com')").run();
    source.db.prepare("DELETE FROM tlds WHERE extension = '.io'").run();
    source.db.prepare("UPDATE pricing SET qsetupfee = 222 WHERE type = 'domainaddons'").run();
    source.db.prepare("UPDATE product_groups SET name = 'VPS & Cloud', tagline = 'Root <em>access</em>', hidden = 1 WHERE id = (SELECT MAX(id) FROM product_groups)").run();
    source.db.prepare("UPDATE pricing SET monthly = 4321 WHERE type = 'addon' AND relid = (SELECT MIN(id) FROM addons)").run();
    // ... and so is its tax: inclusive, per line, a rule fewer, another rate, Starter untaxed, a setting never saved.
    source.db.prepare("UPDATE settings SET value = 'Inclusive' WHERE setting = 'TaxType'").run();
    source.db.prepare("UPDATE settings SET value = '1' WHERE setting = 'TaxPerLineItem'").run();
    source.db.prepare("DELETE FROM settings WHERE setting = 'TaxVatCustomFieldId'").run();
    source.db.prepare('DELETE FROM tax_rules WHERE id = 6').run();
    source.db.prepare("UPDATE tax_rules SET taxrate = '21.000' WHERE id = 3").run();
    source.db.prepare('UPDATE products SET tax = 0 WHERE id = 1').run();
    const copied = await catalogueOf(source);
    expect(await catalogueOf(target)).not.toEqual(copied);

    importCatalogue(target.db, await readCatalogueForImport(apiOf(source), () => 'unused: the companion names the groups', noWarnings));

    const imported = await catalogueOf(target);
    expect(imported).toEqual(copied);
    expect(imported.tldPricing.length).toBeGreaterThan(1);
    expect(imported.addons?.length).toBeGreaterThan(0);
    // The demo's orders went with its catalogue; its accounts stay to sign in with.
    expect(target.db.prepare('SELECT COUNT(*) AS n FROM orders').get()).toEqual({ n: 0 });
    expect((await apiOf(target).validateLogin('demo@example.com', 'demo1234'))).toMatchObject({ userId: expect.any(Number) });
  });

  it('without the companion: group names from the configuration, no addons, TLD pricing still copied', async () => {
    const catalogueActions = ['getproducts', 'getcurrencies', 'getpaymentmethods', 'getpromotions', 'gettldpricing'];
    const source = createTestSandbox({ access: { allowedActions: new Set(catalogueActions), allowedIps: null, accessKey: null } });
    const target = createTestSandbox();
    sandboxes.push(source, target);
    const warnings: string[] = [];
    const read = await readCatalogueForImport(apiOf(source), (slug) => `Configured ${slug}`, (message) => warnings.push(message));
    expect(read).toMatchObject({ addons: [], domainExtras: {}, tax: { settings: null, rules: null } });
    expect(warnings).toEqual(['Tax rules not copied (they need the companion): the copy charges no tax.']);
    importCatalogue(target.db, read);
    const imported = await catalogueOf(target);
    expect(imported.groups?.every((group) => group.name.startsWith('Configured '))).toBe(true);
    expect(imported.addons).toEqual([]);
    expect(imported.tldPricing).toEqual((await catalogueOf(source)).tldPricing);
    // No rules known: the copy charges no tax.
    expect(target.db.prepare('SELECT COUNT(*) AS n FROM tax_rules').get()).toEqual({ n: 0 });
  });
});
