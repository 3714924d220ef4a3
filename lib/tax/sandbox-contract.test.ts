import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { freshSandboxForFile } from '@/lib/testing/sandbox-over-wire';
import { addOrder, getClientDetails, getConfigurationValues, getInvoice, getProducts, getTaxRules } from '@/lib/whmcs';
import { computeTax, isExempt, isTaxedItem, type TaxPolicy } from './index';
import { buildTaxPolicy, TAX_SETTING_NAMES } from './sources';

/**
 * The shop's tax (this module, from the policy the sandbox hands over the wire) against the tax
 * the sandbox puts on its invoices (its own copy of WHMCS's arithmetic): equal to the cent for
 * each demo client, in exclusive and inclusive mode.
 */
const dataDir = freshSandboxForFile('tax-contract');

async function sandboxPolicy(): Promise<TaxPolicy> {
  const [settings, companion] = await Promise.all([getConfigurationValues(TAX_SETTING_NAMES), getTaxRules()]);
  return buildTaxPolicy({ settings, companion, config: undefined });
}

/** Starter (taxed) and Website Migration (not) for a client: the shop's figure from its prices, and WHMCS's invoice. */
async function orderBoth(clientId: number, policy: TaxPolicy) {
  const placed = await addOrder({
    clientId,
    paymentMethod: 'paypal',
    items: [
      { pid: 1, billingCycle: 'monthly', quantity: 1, configOptions: {}, customFields: {} },
      { pid: 3, billingCycle: 'onetime', quantity: 1, configOptions: {}, customFields: { 4: 'Old host', 5: 'https://old.example' } },
    ],
  });
  const invoice = await getInvoice(placed.invoiceId ?? 0);
  if (!invoice) throw new Error('no invoice');
  const client = await getClientDetails(clientId);
  const place = { country: client.country, state: client.state, exempt: isExempt(policy, client) };
  // The prices the shop shows, in the client's currency.
  const [starter, migration] = await getProducts({ pids: [1, 3] });
  const monthly = starter?.pricing[client.currencyCode]?.cycles.monthly;
  const onetime = migration?.pricing[client.currencyCode]?.cycles.onetime;
  if (!monthly || !onetime) throw new Error('no prices');
  const shop = computeTax(policy, place, [
    { amount: monthly.setupFee, taxed: isTaxedItem(policy, { kind: 'product', id: 1 }) },
    { amount: monthly.price, taxed: isTaxedItem(policy, { kind: 'product', id: 1 }) },
    { amount: onetime.price + onetime.setupFee, taxed: isTaxedItem(policy, { kind: 'product', id: 3 }) },
  ]);
  return { shop, invoice };
}

describe('the shop’s tax equals the sandbox’s invoice', () => {
  it.each([
    ['GB consumer', 5, 158],
    ['Texas', 7, 62],
    ['DE (home country)', 2, 175],
    ['FR business, exempt', 6, 0],
    ['Oregon, no rule', 1, 0],
  ])('exclusive: %s', async (_who, clientId, tax) => {
    const { shop, invoice } = await orderBoth(clientId, await sandboxPolicy());
    expect(shop.tax).toBe(tax);
    expect([shop.net, shop.tax, shop.total]).toEqual([invoice.subtotal, invoice.tax, invoice.total]);
    expect(shop.taxLines.map((line) => ({ level: line.level, rate: line.rate, amount: line.amount }))).toEqual(invoice.taxLevels);
  });

  it('inclusive: the invoice total is the price shown, tax included', async () => {
    const sandbox = new Database(path.join(dataDir, 'sandbox.sqlite'));
    sandbox.prepare("UPDATE settings SET value = 'Inclusive' WHERE setting = 'TaxType'").run();
    sandbox.close();
    const policy = await sandboxPolicy();
    expect(policy.inclusive).toBe(true);
    for (const clientId of [5, 7, 2, 6, 1]) {
      const { shop, invoice } = await orderBoth(clientId, policy);
      expect([shop.net, shop.tax, shop.total]).toEqual([invoice.subtotal, invoice.tax, invoice.total]);
    }
  });
});
