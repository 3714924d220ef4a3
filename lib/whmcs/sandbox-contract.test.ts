import { afterEach, describe, expect, it } from 'vitest';
import { freshSandboxForFile } from '@/lib/testing/sandbox-over-wire';
import { clearSandboxFaults, writeSandboxFaults } from '@/lib/sandbox';
import {
  acceptOrder,
  addClient,
  addInvoicePayment,
  addOrder,
  call,
  createSsoToken,
  getClientDetails,
  getClientServices,
  getCurrencies,
  getInvoice,
  getOrders,
  getPaymentMethods,
  getProducts,
  getPromotions,
  getUsers,
  toAddOrderParams,
  validateLogin,
  WhmcsApiError,
  WhmcsUnavailableError,
} from './index';
import type { BillingCycle, NewClient, OrderRequest } from './types';

/**
 * The public seam, wired from the environment as the app wires it (no WHMCS_API_URL: the built-in
 * sandbox, in-process, on the real wire format), against a fresh sandbox database. A contract test
 * between lib/whmcs and lib/sandbox: it fails when either side drifts from the other.
 */
const dataDir = freshSandboxForFile('whmcs-contract');

afterEach(() => clearSandboxFaults(dataDir));

const newClient: NewClient = {
  firstName: 'Zoë',
  lastName: "O'Neil & Co",
  email: `contract-${Date.now()}@example.com`,
  password: 'contract-pass-123',
  address1: '1 Rue de la Paix',
  city: 'Paris',
  state: 'IDF',
  postcode: '75001',
  country: 'fr',
  phoneNumber: '+33.123456789',
};

async function anOrderFor(clientId: number): Promise<OrderRequest> {
  const [client, products, methods] = await Promise.all([getClientDetails(clientId), getProducts(), getPaymentMethods()]);
  const product = products.find(
    (p) => p.payType === 'recurring' && p.configOptions.length === 0 && p.customFields.length > 0 && p.pricing[client.currencyCode],
  );
  if (!product) throw new Error('the sandbox catalogue has no recurring product with custom fields and no config options');
  const cycle = Object.keys(product.pricing[client.currencyCode]!.cycles)[0] as BillingCycle;
  const customFields = Object.fromEntries(product.customFields.map((f) => [f.id, 'café d칩m치in']));
  return {
    clientId,
    paymentMethod: methods[0]!.module,
    items: [{ pid: product.pid, billingCycle: cycle, quantity: 1, domain: 'café-example.com', configOptions: {}, customFields }],
  };
}

describe('the WHMCS seam against the built-in sandbox', () => {
  it('reads the catalogue, currencies, payment methods and promotions', async () => {
    const [products, currencies, methods, promotions] = await Promise.all([getProducts(), getCurrencies(), getPaymentMethods(), getPromotions()]);
    expect(products.length).toBeGreaterThan(0);
    expect(currencies.length).toBeGreaterThan(0);
    expect(methods.length).toBeGreaterThan(0);
    for (const product of products) {
      expect(product.groupSlug).not.toMatch(/^group-/);
      for (const pricing of Object.values(product.pricing)) {
        for (const price of Object.values(pricing.cycles)) expect(Number.isInteger(price.price)).toBe(true);
      }
    }
    const first = products[0]!;
    expect(await getProducts({ pids: [first.pid] })).toEqual([first]);
    for (const promotion of promotions) expect(await getPromotions(promotion.code)).toEqual([promotion]);
  });

  it('signs a new customer up, logs them in, and orders, accepts and lists what they bought', async () => {
    const { clientId, ownerUserId } = await addClient(newClient, '203.0.113.5');
    const client = await getClientDetails(clientId);
    expect(client).toMatchObject({ id: clientId, firstName: 'Zoë', lastName: "O'Neil & Co", email: newClient.email, country: 'FR' });

    const login = await validateLogin(newClient.email, newClient.password);
    expect(login.twoFactorEnabled).toBe(false);
    if (ownerUserId !== null) expect(login.userId).toBe(ownerUserId);
    const users = await getUsers(newClient.email);
    expect(users.find((u) => u.email === newClient.email)?.clients).toEqual([{ id: clientId, isOwner: true }]);

    const request = await anOrderFor(clientId);
    const placed = await addOrder(request);
    expect(placed.serviceIds).toHaveLength(1);
    await acceptOrder(placed.orderId);

    const { orders } = await getOrders({ id: placed.orderId });
    expect(orders[0]).toMatchObject({ id: placed.orderId, clientId, status: 'Active', currencyCode: client.currencyCode, invoiceId: placed.invoiceId });

    const page = await getClientServices({ clientId, limitNum: 10 });
    const service = page.services.find((s) => s.id === placed.serviceIds[0]);
    expect(service).toMatchObject({ pid: request.items[0]!.pid, domain: 'café-example.com', status: 'Active' });
    expect(JSON.stringify(page)).not.toContain('password');
    // Custom field values went through serialize + base64 + form encoding and came back intact.
    const sent = Object.keys(request.items[0]!.customFields).map(Number);
    for (const id of sent) expect(service!.customFields.find((f) => f.id === id)?.value).toBe('café d칩m치in');

    const sso = await createSsoToken(clientId, `viewinvoice.php?id=${placed.invoiceId}`);
    expect(sso.redirectUrl).toContain('access_token=');
  });

  it('reads an invoice and pays it with AddInvoicePayment, which accepts the order as a payment does', async () => {
    const { clientId } = await addClient({ ...newClient, email: `pays-${Date.now()}@example.com` });
    const placed = await addOrder(await anOrderFor(clientId));
    const invoiceId = placed.invoiceId!;
    const unpaid = await getInvoice(invoiceId);
    expect(unpaid).toMatchObject({ id: invoiceId, clientId, status: 'Unpaid', datePaid: null });
    expect(unpaid!.balance).toBe(unpaid!.total);
    expect(unpaid!.items.length).toBeGreaterThan(0);

    await addInvoicePayment({ invoiceId, transactionId: 'CONTRACT-1', gateway: 'paypal', date: new Date('2025-06-15T10:00:00Z') });
    expect(await getInvoice(invoiceId)).toMatchObject({ status: 'Paid', balance: 0, datePaid: '2025-06-15' });
    expect((await getOrders({ id: placed.orderId })).orders[0]).toMatchObject({ status: 'Active', paymentStatus: 'Paid' });
    const services = await getClientServices({ clientId, limitNum: 10 });
    expect(services.services.map((s) => s.status)).toEqual(['Active']);

    await expect(getInvoice(999_999)).resolves.toBeNull();
    await expect(addInvoicePayment({ invoiceId: 999_999, transactionId: 'x', gateway: 'paypal', date: new Date() })).rejects.toThrow('Invoice ID Not Found');
  });

  it('reports WHMCS’s own message for a refused login', async () => {
    const error = await validateLogin(newClient.email, 'wrong password').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhmcsApiError);
    expect((error as WhmcsApiError).message).toBe('Email or Password Invalid');
  });

  it('times out the in-process sandbox like an HTTP server and never retries AddOrder', async () => {
    const { clientId } = await addClient({ ...newClient, email: `slow-${Date.now()}@example.com` });
    const request = await anOrderFor(clientId);
    writeSandboxFaults(dataDir, { actions: { AddOrder: { delayAfterCommitMs: 1_500 } } });
    const error = await call('AddOrder', toAddOrderParams(request), { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhmcsUnavailableError);
    expect((error as WhmcsUnavailableError).reason).toBe('timeout');
    clearSandboxFaults(dataDir);
    // The order was committed before the answer was lost: exactly one, found with GetOrders.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await getOrders({ clientId })).orders).toHaveLength(1);
  });

  it('maps a sandbox in maintenance (HTML 503) to an unavailable error', async () => {
    writeSandboxFaults(dataDir, { unavailable: true });
    const error = await getCurrencies().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhmcsUnavailableError);
    expect((error as WhmcsUnavailableError).reason).toBe('http');
    expect((error as WhmcsUnavailableError).httpStatus).toBe(503);
  });
});
