import type { APIRequestContext, Page } from '@playwright/test';
import { decode } from 'html-entities';
import { formatMoney, toMinor } from '@/lib/pricing';
import { sandboxApi } from './api';
import { expect } from './fixtures';

/**
 * What the catalogue and configurator specs check the pages against: the sandbox's own
 * GetProducts and GetCurrencies answers, read over HTTP like any WHMCS client would. Expected
 * amounts are derived here from those wire values (cents, sums, products) rather than copied as
 * numbers, so a change to the demo prices cannot make these tests lie.
 */

export type Cycle = 'monthly' | 'quarterly' | 'semiannually' | 'annually' | 'biennially' | 'triennially';
const SETUP: Record<Cycle, string> = {
  monthly: 'msetupfee',
  quarterly: 'qsetupfee',
  semiannually: 'ssetupfee',
  annually: 'asetupfee',
  biennially: 'bsetupfee',
  triennially: 'tsetupfee',
};
export const MONTHS: Record<Cycle, number> = { monthly: 1, quarterly: 3, semiannually: 6, annually: 12, biennially: 24, triennially: 36 };

type WirePrices = Record<string, string>;
export interface WireChoice {
  id: number;
  name: string;
  pricing: Record<string, WirePrices>;
}
export interface WireOption {
  id: number;
  name: string;
  /** "1" dropdown, "2" radio, "3" yes/no, "4" quantity. */
  type: string;
  minqty: number;
  maxqty: number;
  options: { option: WireChoice[] };
}
export interface WireProduct {
  pid: number;
  name: string;
  slug: string;
  type: string;
  product_url: string;
  description: string;
  paytype: string;
  allowqty: number;
  stocklevel?: number;
  pricing: Record<string, WirePrices>;
  customfields: { customfield: { id: number; name: string; description: string; required: string }[] };
  configoptions: { configoption: WireOption[] };
}
export interface WireCurrency {
  id: number;
  code: string;
  prefix: string;
  suffix: string;
  format: number;
}

export interface WireCatalogue {
  products: WireProduct[];
  currencies: WireCurrency[];
}

export async function wireCatalogue(request: APIRequestContext): Promise<WireCatalogue> {
  const products = await sandboxApi<{ products?: { product: WireProduct[] } }>(request, 'GetProducts');
  const currencies = await sandboxApi<{ currencies: { currency: (Omit<WireCurrency, 'id' | 'format'> & { id: string; format: string })[] } }>(
    request,
    'GetCurrencies',
  );
  return {
    products: (products.body.products?.product ?? []).map((p) => ({ ...p, name: decode(p.name) })),
    currencies: currencies.body.currencies.currency.map((c) => ({ ...c, id: Number(c.id), format: Number(c.format) })),
  };
}

export function product(catalogue: WireCatalogue, slug: string): WireProduct {
  const found = catalogue.products.find((p) => p.slug === slug);
  if (!found) throw new Error(`The sandbox has no product ${slug}`);
  return found;
}

export function currency(catalogue: WireCatalogue, code: string): WireCurrency {
  const found = catalogue.currencies.find((c) => c.code === code);
  if (!found) throw new Error(`The sandbox has no currency ${code}`);
  return found;
}

export function option(p: WireProduct, name: string): WireOption {
  const found = p.configoptions.configoption.find((o) => decode(o.name) === name);
  if (!found) throw new Error(`${p.name} has no option ${name}`);
  return found;
}

export function choice(o: WireOption, name: string): WireChoice {
  const found = o.options.option.find((c) => decode(c.name) === name);
  if (!found) throw new Error(`${o.name} has no choice ${name}`);
  return found;
}

/** `/store/{group}/{product}` and `/store/{group}` from the product's WHMCS URL. */
export function paths(p: WireProduct): { product: string; group: string } {
  const path = new URL(p.product_url).pathname;
  return { product: path, group: path.split('/').slice(0, 3).join('/') };
}

/** Price and setup fee of a cycle in cents; null when the cycle is off (-1). */
export function cyclePrice(prices: WirePrices | undefined, cycle: Cycle): { price: number; setup: number } | null {
  const price = prices?.[cycle];
  if (price === undefined || toMinor(price) < 0) return null;
  return { price: toMinor(price), setup: toMinor(prices?.[SETUP[cycle]] ?? '0') };
}

/** Money as the page must show it: WHMCS's prefix, the amount as lib/pricing writes it, and the suffix. */
export function money(cents: number, c: WireCurrency, withSuffix = true): string {
  return formatMoney(cents, c, { withSuffix });
}

/** A configuration's totals, summed from the wire prices: product + each chosen unit x count. */
export function expectedTotals(
  p: WireProduct,
  code: string,
  cycle: Cycle,
  chosen: { choice: WireChoice; count: number }[],
): { recurring: number; dueToday: number } {
  const base = cyclePrice(p.pricing[code], cycle);
  if (!base) throw new Error(`${p.name} has no ${cycle} price in ${code}`);
  let recurring = base.price;
  let setup = base.setup;
  for (const { choice: c, count } of chosen) {
    const unit = cyclePrice(c.pricing[code], cycle) ?? { price: 0, setup: 0 };
    recurring += unit.price * count;
    setup += unit.setup * count;
  }
  return { recurring, dueToday: recurring + setup };
}

/** Opens a configurator and waits until it has read its URL (a static page, hydrated in the browser). */
export async function openConfigurator(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('form[data-ready="true"]')).toBeVisible();
}

export const dueToday = (page: Page) => page.getByTestId('due-today');
export const renewal = (page: Page) => page.getByTestId('renewal');
