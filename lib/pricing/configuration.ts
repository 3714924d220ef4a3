import type { BillingCycle, Product } from '@/lib/whmcs/types';
import { resolveAddons } from './addons';
import { cycleLabel, parseCycle } from './cycles';
import { isAbsent, resolveOption, resolveProductQuantity, show } from './options';
import { defaultCycle, enabledCycles } from './product';

/** What a customer chose for one product: the shape the configurator, cart and AddOrder share. */
export interface Configuration {
  cycle: BillingCycle;
  /** Option id -> chosen choice id (dropdown/radio), 0|1 (yes/no) or a count (quantity). */
  options: Record<number, number>;
  quantity: number;
  /** Addon id -> how many (1 unless the addon allows more); present when the product offers addons. */
  addons?: Record<number, number>;
}

/**
 * Untrusted input as URL parameters, a form or a stored cart hand it over. Every field may be
 * missing or junk: `cycle` a cycle name, `options` `{ [optionId]: value }` with string or number
 * values, `quantity` a number or a digit string.
 */
interface ConfigurationInput {
  cycle?: unknown;
  options?: unknown;
  quantity?: unknown;
  addons?: unknown;
}

/** A configuration that cannot be priced, or a product that is not sold in the currency. */
export class PricingError extends Error {
  override name = 'PricingError';
}

function requireDefaultCycle(product: Product, currencyCode: string): BillingCycle {
  const cycle = defaultCycle(product, currencyCode);
  if (!cycle) throw new PricingError(`${product.name} (pid ${product.pid}) has no pricing in ${currencyCode}`);
  return cycle;
}

/**
 * The configuration a product page starts from: monthly (or the first enabled cycle), the first
 * choice of each dropdown/radio, yes/no off, quantity options at their minimum, one of the product.
 * Throws PricingError when the product is not sold in that currency (`enabledCycles` is empty).
 */
export function defaultConfiguration(product: Product, currencyCode: string): Configuration {
  return normaliseConfiguration(product, currencyCode, {}).configuration;
}

/**
 * Turns untrusted input (shaped like `ConfigurationInput`) into a valid configuration, replacing
 * each missing value with its default and each invalid one with the nearest valid value (counts
 * are clamped into range, unknown choices fall back to the default choice, unknown option ids
 * are dropped), with one human-readable problem per replaced value. Total over its input: never throws on junk.
 * Throws PricingError only when the product is not sold in that currency.
 */
export function normaliseConfiguration(
  product: Product,
  currencyCode: string,
  input: unknown,
): { configuration: Configuration; problems: string[] } {
  const problems: string[] = [];
  const fields: ConfigurationInput = isRecord(input) ? input : {};

  const fallbackCycle = requireDefaultCycle(product, currencyCode);
  let cycle = fallbackCycle;
  if (!isAbsent(fields.cycle)) {
    const parsed = parseCycle(fields.cycle);
    if (parsed && enabledCycles(product, currencyCode).includes(parsed)) {
      cycle = parsed;
    } else {
      const what = parsed ? `${cycleLabel(parsed)} billing` : `Billing cycle ${show(fields.cycle)}`;
      problems.push(`${what} is not available for ${product.name}; using ${cycleLabel(fallbackCycle)}.`);
    }
  }

  let rawOptions: Record<string, unknown> = {};
  if (isRecord(fields.options)) {
    rawOptions = fields.options;
  } else if (fields.options !== undefined && fields.options !== null) {
    problems.push('The chosen options could not be read; using the defaults.');
  }
  const options: Record<number, number> = {};
  for (const option of product.configOptions) {
    const resolved = resolveOption(option, ownValue(rawOptions, String(option.id)));
    if (!resolved) continue;
    options[option.id] = resolved.value;
    if (resolved.problem) problems.push(resolved.problem);
  }
  const knownIds = new Set(product.configOptions.map((option) => String(option.id)));
  for (const key of Object.keys(rawOptions)) {
    if (!knownIds.has(key)) problems.push(`Option ${show(key)} does not exist for ${product.name}; ignored.`);
  }

  const quantity = resolveProductQuantity(product, fields.quantity);
  if (quantity.problem) problems.push(quantity.problem);

  const configuration: Configuration = { cycle, options, quantity: quantity.value };
  if (product.addons?.length) {
    const addons = resolveAddons(product, currencyCode, cycle, fields.addons);
    configuration.addons = addons.addons;
    problems.push(...addons.problems);
  }
  return { configuration, problems };
}

/**
 * Refuses a configuration that `normaliseConfiguration` would have changed: pricing must price
 * exactly what will be ordered, never a silently repaired variant of it.
 */
export function assertValidConfiguration(product: Product, currencyCode: string, configuration: Configuration): void {
  const fail = (why: string) => {
    throw new PricingError(`Cannot price ${product.name} (pid ${product.pid}) in ${currencyCode}: ${why}`);
  };
  if (!enabledCycles(product, currencyCode).includes(configuration.cycle)) {
    fail(`${cycleLabel(configuration.cycle)} billing is not available.`);
  }
  for (const option of product.configOptions) {
    const resolved = resolveOption(option, ownValue(configuration.options, String(option.id)));
    if (!resolved) continue;
    if (!resolved.given) fail(`no value for ${option.name}.`);
    if (resolved.problem) fail(resolved.problem);
  }
  const knownIds = new Set(product.configOptions.map((option) => option.id));
  for (const key of Object.keys(configuration.options)) {
    if (!knownIds.has(Number(key))) fail(`option ${key} does not exist.`);
  }
  const quantity = resolveProductQuantity(product, configuration.quantity);
  if (!quantity.given) fail('no quantity.');
  if (quantity.problem) fail(quantity.problem);
  const addons = resolveAddons(product, currencyCode, configuration.cycle, configuration.addons);
  if (addons.problems[0]) fail(addons.problems[0]);
  if (Object.values(configuration.addons ?? {}).some((count) => count === 0)) fail('an addon with quantity 0.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Own properties only: a key like "constructor" must not reach Object.prototype. */
function ownValue(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}
