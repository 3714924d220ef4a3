import crypto from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { sandboxApi, sandboxProducts, storePath } from './api';
import { expect } from './fixtures';

/**
 * Shared steps of the checkout, account and failure journeys: filling the cart through the real
 * configurator, signing up or in, placing the order, and asking the sandbox (over its HTTP API,
 * as WHMCS) what really happened.
 */

export const DEMO = { email: 'demo@example.com', password: 'demo1234', clientId: 1 };
export const OTHER = { email: 'other@example.com', password: 'other1234', clientId: 2 };

export function uniqueEmail(label: string): string {
  return `${label}-${crypto.randomBytes(5).toString('hex')}@example.com`;
}

export async function productPath(page: Page, name: string): Promise<string> {
  const product = (await sandboxProducts(page.request)).find((candidate) => candidate.name === name);
  if (!product) throw new Error(`The sandbox has no product called ${name}`);
  return storePath(product);
}

/** Opens a product's configurator and waits until it has read its URL (it hydrates in the browser). */
async function openConfigurator(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
}

export async function addToCart(page: Page) {
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
}

export async function addStarter(page: Page, domain = 'example.com') {
  await openConfigurator(page, await productPath(page, 'Starter'));
  await page.getByLabel(/^Domain name/).fill(domain);
  await addToCart(page);
}

export async function addMigration(page: Page) {
  await openConfigurator(page, await productPath(page, 'Website Migration'));
  await page.getByLabel(/^Current host/).fill('Old Host Ltd');
  await page.getByLabel(/^Website address/).fill('https://www.example.com');
  await addToCart(page);
}

export interface NewCustomer {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  address: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
  phone: string;
}

export function newCustomer(label: string): NewCustomer {
  return {
    firstName: 'Nia',
    lastName: 'Newcomer',
    email: uniqueEmail(label),
    password: 'correct-horse-42',
    address: '12 Market Street',
    city: 'Portland',
    state: 'Oregon',
    postcode: '97201',
    country: 'United States',
    phone: '+1 503 555 0100',
  };
}

/** Fills and submits the "Create account" form shown on the page (checkout or /sign-up). */
export async function signUp(page: Page, customer: NewCustomer) {
  const form = page.getByRole('form', { name: 'Create account' });
  await form.getByLabel('First name').fill(customer.firstName);
  await form.getByLabel('Last name').fill(customer.lastName);
  await form.getByLabel('Email address').fill(customer.email);
  await form.getByLabel('Password').fill(customer.password);
  await form.getByLabel('Street address').fill(customer.address);
  await form.getByLabel('City').fill(customer.city);
  await form.getByLabel('State or region').fill(customer.state);
  await form.getByLabel('Postcode').fill(customer.postcode);
  await form.getByLabel('Country').selectOption({ label: customer.country });
  await form.getByLabel('Phone number').fill(customer.phone);
  await form.getByRole('button', { name: 'Create account' }).click();
}

/** Signs in on /sign-in and waits to land on `next`. */
export async function signIn(page: Page, email: string, password: string, next = '/account/services') {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

/** On the checkout review: choose how to pay, accept the terms. */
export async function fillPayment(page: Page, method = 'Mail In Payment') {
  const form = page.getByRole('form', { name: 'Place order' });
  await form.getByRole('radio', { name: method }).check();
  await form.getByRole('checkbox', { name: /agree to the terms of service/ }).check();
  return form;
}

/**
 * After placing an order with something to pay: the shop goes straight to paying (the sandbox's
 * invoice page), and the receipt is one click away. Ends on the receipt.
 */
export async function receiptFromPaymentStep(page: Page, timeout?: number): Promise<number> {
  await expect(page).toHaveURL(/\/sandbox\/invoice\/\d+$/, { timeout });
  await page.getByRole('link', { name: /^Back to order / }).click();
  await expect(page).toHaveURL(/\/order\/\d+$/);
  return orderIdFrom(page);
}

/** The order id the order page shows in its URL. */
export function orderIdFrom(page: Page): number {
  const match = /\/order\/(\d+)/.exec(page.url());
  if (!match) throw new Error(`Not on an order page: ${page.url()}`);
  return Number(match[1]);
}

/** A customer made directly in the sandbox (faster than the form when the form is not the point). */
export async function createCustomerViaApi(request: APIRequestContext, label: string, currency = 1): Promise<{ email: string; password: string; clientId: number }> {
  const email = uniqueEmail(label);
  const password = 'api-made-1234';
  const { body } = await sandboxApi<{ result: string; clientid: number | string; message?: string }>(request, 'AddClient', {
    firstname: 'Api',
    lastname: 'Made',
    email,
    password2: password,
    address1: '1 Test Way',
    city: 'Testville',
    state: 'Oregon',
    postcode: '97000',
    country: 'US',
    phonenumber: '+1.5035550199',
    currency,
  });
  if (body.result !== 'success') throw new Error(`AddClient failed: ${body.message}`);
  return { email, password, clientId: Number(body.clientid) };
}

export interface WireOrder {
  id: string | number;
  userid: string | number;
  amount: string;
  promocode: string;
  paymentmethod: string;
  invoiceid: string | number;
  status: string;
  lineitems?: { lineitem: { product: string; billingcycle: string; amount: string; domain: string }[] };
}

/** The client's orders as the sandbox (WHMCS) has them, newest first. */
export async function sandboxOrders(request: APIRequestContext, clientId: number): Promise<WireOrder[]> {
  const { body } = await sandboxApi<{ orders?: { order: WireOrder[] } }>(request, 'GetOrders', { userid: clientId, limitnum: 100 });
  return body.orders?.order ?? [];
}

export async function clientIdByEmail(request: APIRequestContext, email: string): Promise<number> {
  const { body } = await sandboxApi<{ result: string; client?: { id: number | string }; id?: number | string }>(request, 'GetClientsDetails', { email });
  const id = body.client?.id ?? body.id;
  if (body.result !== 'success' || id === undefined) throw new Error(`No client with email ${email}`);
  return Number(id);
}

export interface WireService {
  id: string | number;
  pid: string | number;
  name: string;
  domain: string;
  status: string;
  billingcycle: string;
  firstpaymentamount: string;
  recurringamount: string;
  password?: string;
  configoptions?: { configoption: { option: string; value: string }[] } | '';
}

export async function sandboxServices(request: APIRequestContext, clientId: number): Promise<WireService[]> {
  const { body } = await sandboxApi<{ products?: { product: WireService[] } | '' }>(request, 'GetClientsProducts', { clientid: clientId, limitnum: 1000 });
  return body.products ? body.products.product : [];
}

/** "$104.90 USD" / "€4,60 EUR" -> "104.90" / "4.60": WHMCS's decimal string for comparing amounts. */
export function decimalOf(display: string): string {
  const digits = display.replace(/[^\d.,-]/g, '');
  const normalised = /,\d{2}$/.test(digits) ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, '');
  return Number(normalised).toFixed(2);
}
