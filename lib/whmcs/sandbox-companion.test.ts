import { describe, expect, it } from 'vitest';
import { freshSandboxForFile } from '@/lib/testing/sandbox-over-wire';
import { addOrder, getClientAddons, getClientServices, getInvoice, getProductAddons, getProductGroups, getDomainExtras, getTaxRules, getCompanionInfo, call } from './index';

/**
 * The sandbox's Hostfront* actions and product addons through the public seam (as the app wires
 * it, on the real wire format): the same schemas that read the companion's PHP answers
 * (companion.test.ts) read the sandbox's, and an order's addons and server details come back
 * from GetClientsAddons, the invoice and GetClientsProducts as they were sent.
 */
freshSandboxForFile('companion-contract');

describe('the sandbox as a WHMCS with the companion', () => {
  it('names its groups and lists its addons, extras and tax settings', async () => {
    expect((await getCompanionInfo())?.actions).toContain('HostfrontGetProductAddons');
    const groups = await getProductGroups();
    expect(groups?.map((g) => [g.slug, g.name])).toEqual([
      ['shared-hosting', 'Shared Hosting'],
      ['vps', 'Cloud VPS'],
      ['dedicated', 'Dedicated Servers'],
      ['email', 'Business Email'],
    ]);
    const addons = await getProductAddons();
    expect(addons?.map((a) => [a.name, a.productIds, a.payType, a.quantityAllowed])).toEqual([
      ['Daily Off-site Backups', [1, 2, 4, 5], 'recurring', false],
      ['cPanel Licence', [4, 5, 8, 9], 'recurring', false],
      ['Extra IPv4 Address', [2, 4, 5, 8, 9], 'recurring', true],
      ['SSL Certificate', [1, 2], 'onetime', false],
    ]);
    expect(addons?.[1]?.description).toBe('The cPanel & WHM control panel, installed for you');
    expect(addons?.[1]?.pricing.USD?.cycles.annually).toEqual({ price: 18000, setupFee: 500 });
    expect(addons?.[3]?.pricing.EUR?.cycles).toEqual({ onetime: { price: 2668, setupFee: 0 } });
    expect((await getDomainExtras())?.pricing.USD).toMatchObject({ dnsManagement: 150, emailForwarding: 100, idProtection: 300 });
    expect(await getTaxRules()).toMatchObject({
      enabled: true,
      inclusive: false,
      compoundLevel2: true,
      domainsTaxed: true,
      taxedProductIds: [1, 2, 4, 5, 6, 7, 8, 9],
      taxedAddonIds: [1, 2, 4],
    });
    expect((await getTaxRules())?.rules).toContainEqual({ id: 6, level: 2, name: 'QST', country: 'CA', state: 'Quebec', rate: 9.975 });
  });

  it('creates an order line’s addons (with quantities) and server details', async () => {
    const placed = await addOrder({
      clientId: 1,
      paymentMethod: 'mailin',
      items: [
        {
          pid: 4,
          billingCycle: 'monthly',
          quantity: 1,
          configOptions: {},
          customFields: {},
          addons: [
            { id: 1, quantity: 1 },
            { id: 3, quantity: 2 },
          ],
          server: { hostname: 'web01.example.net', rootPassword: 'Tr0ub4dor&3-horse', ns1Prefix: 'ns1', ns2Prefix: 'ns2' },
        },
      ],
    });
    const [serviceId] = placed.serviceIds;
    const addons = await getClientAddons({ clientId: 1, serviceId });
    expect(addons.map((a) => [a.addonId, a.name, a.quantity, a.recurringAmount, a.billingCycle, a.orderId])).toEqual([
      [1, 'Daily Off-site Backups', 1, 200, 'Monthly', placed.orderId],
      [3, 'Extra IPv4 Address', 2, 600, 'Monthly', placed.orderId],
    ]);
    const invoice = await getInvoice(placed.invoiceId!);
    const addonLines = invoice!.items.filter((item) => /^(\d+ x )?(Daily Off-site Backups|Extra IPv4 Address) - /.test(item.description));
    expect(addonLines.map((item) => item.amount)).toEqual([200, 600]);
    expect(addonLines[1]?.description).toMatch(/^2 x Extra IPv4 Address - web01\.example\.net/);

    const page = await getClientServices({ clientId: 1, serviceId, limitNum: 1 });
    expect(page.services[0]?.domain).toBe('web01.example.net');
    // The root password went to WHMCS and stays there: the seam hands no password on.
    expect(JSON.stringify(page)).not.toContain('Tr0ub4dor');
    expect(JSON.stringify(await call('GetClientsAddons', { serviceid: serviceId }))).not.toContain('Tr0ub4dor');
  });
});
