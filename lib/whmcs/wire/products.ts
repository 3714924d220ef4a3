import { z } from 'zod';
import {
  RECURRING_CYCLES,
  type BillingCycle,
  type ConfigChoice,
  type ConfigOption,
  type ConfigOptionKind,
  type CustomField,
  type CyclePrice,
  type PayType,
  type Product,
  type ProductPricing,
  type ProductType,
  type QuantityMode,
  type RecurringCycle,
} from '../types';
import {
  countedListAnswer,
  wireCode,
  wireFlag,
  wireInt,
  wireIntOr,
  wireList,
  wireMoneyOrNull,
  wireMultilineText,
  wireRecord,
  wireText,
} from './primitives';

/** GetProducts, as a live WHMCS 8.x sends it (see NOTES.md), reshaped into `Product`s. */

/** One currency's price columns. Config option rows have no prefix/suffix. */
export const wirePriceRow = z.object({
  prefix: wireText,
  suffix: wireText,
  msetupfee: wireMoneyOrNull,
  qsetupfee: wireMoneyOrNull,
  ssetupfee: wireMoneyOrNull,
  asetupfee: wireMoneyOrNull,
  bsetupfee: wireMoneyOrNull,
  tsetupfee: wireMoneyOrNull,
  monthly: wireMoneyOrNull,
  quarterly: wireMoneyOrNull,
  semiannually: wireMoneyOrNull,
  annually: wireMoneyOrNull,
  biennially: wireMoneyOrNull,
  triennially: wireMoneyOrNull,
});
type WirePriceRow = z.output<typeof wirePriceRow>;

const SETUP_FEE_COLUMN = {
  monthly: 'msetupfee',
  quarterly: 'qsetupfee',
  semiannually: 'ssetupfee',
  annually: 'asetupfee',
  biennially: 'bsetupfee',
  triennially: 'tsetupfee',
} as const satisfies Record<RecurringCycle, keyof WirePriceRow>;

const wireCustomField = z.object({
  id: wireInt,
  name: wireText,
  description: wireMultilineText,
  required: wireFlag,
});

const wireConfigChoice = z.object({
  id: wireInt,
  name: wireText,
  pricing: wireRecord(wirePriceRow),
});

const wireConfigOption = z.object({
  id: wireInt,
  name: wireText,
  type: wireCode,
  minqty: wireIntOr(0),
  maxqty: wireIntOr(0),
  options: wireList(wireConfigChoice, 'option'),
});

export const wirePayType = wireCode.pipe(z.string().toLowerCase().pipe(z.enum(['recurring', 'onetime', 'free'])));

/** `product-url` is how the official 8.12 GetProducts example spells `product_url`: read either. */
function withProductUrl(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const product = raw as Record<string, unknown>;
  return product.product_url === undefined && product['product-url'] !== undefined ? { ...product, product_url: product['product-url'] } : raw;
}

const wireProductFields = z.object({
  pid: wireInt,
  gid: wireInt,
  type: wireCode,
  name: wireText,
  slug: wireCode,
  product_url: wireCode,
  description: wireMultilineText,
  module: wireCode,
  paytype: wirePayType,
  allowqty: wireIntOr(0),
  stockcontrol: wireFlag,
  stocklevel: wireIntOr(0),
  pricing: wireRecord(wirePriceRow),
  customfields: wireList(wireCustomField, 'customfield'),
  configoptions: wireList(wireConfigOption, 'configoption'),
});
const wireProduct = z.preprocess(withProductUrl, wireProductFields);
type WireProduct = z.output<typeof wireProduct>;

export const getProductsResponse = countedListAnswer(
  'products',
  'product',
  z.object({ products: wireList(wireProduct, 'product') }).transform(({ products }) => products.map(toProduct)),
);

const CONFIG_OPTION_KIND: Record<string, ConfigOptionKind> = { '1': 'dropdown', '2': 'radio', '3': 'yesno', '4': 'quantity' };
const QUANTITY_MODE: Record<number, QuantityMode> = { 0: 'none', 1: 'multiple', 2: 'scaling' };
const PRODUCT_TYPES: readonly ProductType[] = ['hostingaccount', 'reselleraccount', 'server', 'other'];

function toProduct(wire: WireProduct): Product {
  const type = wire.type.toLowerCase();
  return {
    pid: wire.pid,
    gid: wire.gid,
    type: PRODUCT_TYPES.find((t) => t === type) ?? 'other',
    name: wire.name,
    slug: wire.slug || productSlugFromUrl(wire.product_url) || `product-${wire.pid}`,
    groupSlug: groupSlugFromUrl(wire.product_url) ?? `group-${wire.gid}`,
    description: wire.description,
    module: wire.module,
    payType: wire.paytype,
    quantityMode: QUANTITY_MODE[wire.allowqty] ?? 'none',
    // WHMCS sends stocklevel only with stock control on; without it stock is unlimited whatever it says.
    stockLevel: wire.stockcontrol ? Math.max(0, wire.stocklevel) : null,
    pricing: Object.fromEntries(
      Object.entries(wire.pricing).map(([code, row]) => [code, productPricing(code, row, wire.paytype)]),
    ),
    configOptions: wire.configoptions.flatMap((option) => {
      const configOption = toConfigOption(option, wire.paytype);
      return configOption ? [configOption] : [];
    }),
    customFields: wire.customfields.map(
      (field): CustomField => ({ id: field.id, name: field.name, description: field.description, required: field.required }),
    ),
  };
}

/** `https://host/store/shared-hosting/starter` (or `?rp=/store/...` without friendly URLs). */
const STORE_PATH = /\/store\/([^/?#&]+)(?:\/([^/?#&]+))?/;

function groupSlugFromUrl(url: string): string | null {
  const segment = STORE_PATH.exec(url)?.[1];
  return segment ? safeDecodeUri(segment) : null;
}

function productSlugFromUrl(url: string): string | null {
  const segment = STORE_PATH.exec(url)?.[2];
  return segment ? safeDecodeUri(segment) : null;
}

function safeDecodeUri(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** One currency's prices of a product, or of an addon (addons keep one-time prices in the monthly columns too). */
export function productPricing(code: string, row: WirePriceRow, payType: PayType): ProductPricing {
  const cycles: Partial<Record<BillingCycle, CyclePrice>> = {};
  if (payType === 'free') {
    cycles.free = { price: 0, setupFee: 0 };
  } else if (payType === 'onetime') {
    // One-time products keep their price in the monthly columns.
    const price = row.monthly;
    if (price !== null && price >= 0) cycles.onetime = { price, setupFee: nonNegative(row.msetupfee) };
  } else {
    for (const cycle of RECURRING_CYCLES) {
      const price = row[cycle];
      // A negative price ("-1.00") is how WHMCS switches a cycle off; "0.00" is a free cycle.
      if (price !== null && price >= 0) cycles[cycle] = { price, setupFee: nonNegative(row[SETUP_FEE_COLUMN[cycle]]) };
    }
  }
  return { code, prefix: row.prefix, suffix: row.suffix, cycles };
}

/** Setup fees of switched-off cycles can be -1.00 too; an enabled cycle never charges a negative fee. */
function nonNegative(amount: number | null): number {
  return amount === null ? 0 : Math.max(0, amount);
}

/**
 * Option prices, unlike product prices, may legitimately be negative (a discount for a smaller
 * choice), so every column WHMCS sends is kept. Free products charge nothing for options.
 */
function choicePricing(row: WirePriceRow, payType: PayType): Partial<Record<BillingCycle, CyclePrice>> {
  if (payType === 'free') return {};
  const cycles: Partial<Record<BillingCycle, CyclePrice>> = {};
  for (const cycle of RECURRING_CYCLES) {
    const price = row[cycle];
    if (price !== null) cycles[cycle] = { price, setupFee: row[SETUP_FEE_COLUMN[cycle]] ?? 0 };
  }
  if (payType === 'onetime' && cycles.monthly) cycles.onetime = { ...cycles.monthly };
  return cycles;
}

type WireConfigOption = z.output<typeof wireConfigOption>;

function toConfigOption(wire: WireConfigOption, payType: PayType): ConfigOption | null {
  const kind = CONFIG_OPTION_KIND[wire.type];
  // WHMCS has only the four types; an unknown one cannot be offered correctly, so it is left out
  // (WHMCS then applies the option's default) rather than failing the whole catalogue.
  if (!kind) return null;
  const quantity = kind === 'quantity';
  return {
    id: wire.id,
    name: wire.name,
    kind,
    minQty: quantity && wire.minqty > 0 ? wire.minqty : null,
    maxQty: quantity && wire.maxqty > 0 ? wire.maxqty : null,
    choices: wire.options.map(
      (choice): ConfigChoice => ({
        id: choice.id,
        name: choice.name,
        pricing: Object.fromEntries(Object.entries(choice.pricing).map(([code, row]) => [code, choicePricing(row, payType)])),
      }),
    ),
  };
}
