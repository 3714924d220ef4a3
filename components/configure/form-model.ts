import {
  addonQuantityBounds,
  normaliseConfiguration,
  priceConfiguration,
  type PriceBreakdown,
  optionQuantityBounds,
  productQuantityBounds,
  MAX_QUANTITY,
  type Configuration,
} from '@/lib/pricing';
import type { LinkedConfiguration } from '@/lib/catalogue/configuration-link';
import type { ServerDetailsInput } from '@/lib/cart/server-details';
import type { ConfigOption, Product, ProductAddon } from '@/lib/whmcs/types';
import { EMPTY_DOMAIN_STEP, type DomainStepValues } from './domain-step';

/**
 * The configurator form's values and the rules of its counts, apart from any React so they can
 * be tested. Values are kept as the inputs hold them (strings; booleans for switches) and turned
 * into a pricing `Configuration` by `normaliseConfiguration`, the same reader links and carts go
 * through. The zod schema built on these rules is in form-schema.ts.
 */

export interface ConfiguratorValues {
  cycle: string;
  /** Keyed `o{optionId}`: react-hook-form reads a numeric path segment as an array index. */
  options: Record<string, string | boolean>;
  quantity: string;
  /** The domain the customer already owns ("Use a domain I already own"; a link's `domain=`). */
  domain: string;
  /** Products that need a domain: register, transfer or use one's own (./domain-step). Never in the URL. */
  domainStep: DomainStepValues;
  /** Custom field values, keyed `f{fieldId}`. */
  fields: Record<string, string>;
  /** Product addons, keyed `a{addonId}`: a checkbox (boolean), or a count where quantities are allowed. */
  addons: Record<string, string | boolean>;
  /** Products of type `server`: what WHMCS asks for the server (unused otherwise). Never in the URL. */
  server: ServerDetailsInput;
}

/** The server details a form starts with: WHMCS's usual nameserver prefixes, nothing else. */
const EMPTY_SERVER_DETAILS: ServerDetailsInput = { hostname: '', rootPassword: '', ns1Prefix: 'ns1', ns2Prefix: 'ns2' };

export const optionKey = (id: number) => `o${id}`;
export const fieldKey = (id: number) => `f${id}`;
export const addonKey = (id: number) => `a${id}`;

/** The form values showing a configuration (custom fields and the domain choice kept from `keep`). */
export function valuesFromConfiguration(
  product: Product,
  configuration: Configuration,
  keep: Pick<ConfiguratorValues, 'domain' | 'fields'> & { domainStep?: DomainStepValues } = { domain: '', fields: {} },
): ConfiguratorValues {
  const options: ConfiguratorValues['options'] = {};
  for (const option of product.configOptions) {
    const value = configuration.options[option.id];
    if (value === undefined) continue;
    options[optionKey(option.id)] = option.kind === 'yesno' ? value === 1 : String(value);
  }
  const fields: Record<string, string> = {};
  for (const field of product.customFields) fields[fieldKey(field.id)] = keep.fields[fieldKey(field.id)] ?? '';
  const addons: ConfiguratorValues['addons'] = {};
  for (const addon of product.addons ?? []) {
    const count = configuration.addons?.[addon.id] ?? 0;
    addons[addonKey(addon.id)] = addon.quantityAllowed ? String(count) : count > 0;
  }
  return {
    cycle: configuration.cycle,
    options,
    quantity: String(configuration.quantity),
    domain: keep.domain,
    domainStep: keep.domainStep ?? EMPTY_DOMAIN_STEP,
    fields,
    addons,
    server: EMPTY_SERVER_DETAILS,
  };
}

/**
 * The counts the form holds that are not valid, keyed by field path (`options.o4`, `quantity`),
 * with the message the field shows. While any is left, nothing is priced: the summary and the
 * link follow what the form shows, never a silently repaired variant of it.
 */
function countProblems(product: Product, values: ConfiguratorValues): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const option of product.configOptions) {
    if (option.kind !== 'quantity') continue;
    const raw = values.options?.[optionKey(option.id)];
    const problem = typeof raw === 'string' ? optionProblem(option, raw) : null;
    if (problem) problems[`options.${optionKey(option.id)}`] = problem;
  }
  const quantity = product.quantityMode === 'none' ? null : quantityProblem(product, values.quantity ?? '');
  if (quantity) problems.quantity = quantity;
  for (const addon of product.addons ?? []) {
    const raw = values.addons?.[addonKey(addon.id)];
    const problem = addon.quantityAllowed && typeof raw === 'string' ? addonProblem(addon, raw) : null;
    if (problem) problems[`addons.${addonKey(addon.id)}`] = problem;
  }
  return problems;
}

/** The configuration as the form shows it, for its link: counts exactly as typed, even invalid ones. */
export function linkConfiguration(product: Product, values: ConfiguratorValues): LinkedConfiguration {
  const options: LinkedConfiguration['options'] = {};
  for (const option of product.configOptions) {
    const value = values.options?.[optionKey(option.id)];
    if (value !== undefined) options[option.id] = typeof value === 'boolean' ? Number(value) : value.trim();
  }
  const addons: NonNullable<LinkedConfiguration['addons']> = {};
  for (const addon of product.addons ?? []) {
    const value = values.addons?.[addonKey(addon.id)];
    const count = typeof value === 'boolean' ? Number(value) : (value ?? '').trim();
    if (count !== 0 && count !== '' && count !== '0') addons[addon.id] = count;
  }
  return { cycle: values.cycle, options, quantity: (values.quantity ?? '').trim(), addons };
}

/** Custom field values by field id (as the cart keeps them) as the form's `fields`. */
export function formFields(customFields: Record<number, string>): ConfiguratorValues['fields'] {
  return Object.fromEntries(Object.entries(customFields).map(([id, value]) => [fieldKey(Number(id)), value]));
}

/** The form's non-empty custom fields by field id, trimmed, as the cart keeps them. */
export function customFieldsFromValues(product: Product, values: ConfiguratorValues): Record<number, string> {
  const customFields: Record<number, string> = {};
  for (const field of product.customFields) {
    const value = values.fields?.[fieldKey(field.id)]?.trim();
    if (value) customFields[field.id] = value;
  }
  return customFields;
}

/** The configuration the values stand for: invalid counts are clamped, as pricing needs. */
export function configurationFromValues(product: Product, currencyCode: string, values: ConfiguratorValues): Configuration {
  const options: Record<string, string | boolean> = {};
  for (const option of product.configOptions) {
    const value = values.options?.[optionKey(option.id)];
    if (value !== undefined) options[String(option.id)] = value;
  }
  const quantity = product.quantityMode === 'none' ? undefined : values.quantity;
  const addons: Record<string, string | boolean> = {};
  for (const addon of product.addons ?? []) {
    const value = values.addons?.[addonKey(addon.id)];
    if (value !== undefined) addons[String(addon.id)] = value;
  }
  // Addons the new cycle cannot have are left out quietly: the form offers only those it can.
  return normaliseConfiguration(product, currencyCode, { cycle: values.cycle, options, quantity, addons }).configuration;
}

/**
 * What the summary shows for the form's values: the configuration and its price, or, while a
 * count is invalid, the problems instead of a price (the field shows the same message).
 */
export type FormPrice =
  | { ok: true; configuration: Configuration; breakdown: PriceBreakdown }
  | { ok: false; configuration: Configuration; problems: string[] };

export function priceFormValues(product: Product, currencyCode: string, values: ConfiguratorValues): FormPrice {
  const configuration = configurationFromValues(product, currencyCode, values);
  const problems = Object.values(countProblems(product, values));
  if (problems.length > 0) return { ok: false, configuration, problems };
  return { ok: true, configuration, breakdown: priceConfiguration(product, currencyCode, configuration) };
}

/** "Extra RAM (GB) must be a whole number from 0 to 16." for a count outside its bounds; null when fine. */
function countProblem(raw: string, { min, max }: { min: number; max: number }, subject: string): string | null {
  const text = raw.trim();
  const count = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(count) && count >= min && count <= max) return null;
  if (max >= MAX_QUANTITY) return `${subject} must be a whole number, ${min} or more.`;
  return `${subject} must be a whole number from ${min} to ${max}.`;
}

export function optionProblem(option: ConfigOption, raw: string): string | null {
  return countProblem(raw, optionQuantityBounds(option), option.name);
}

/** A count of an addon that allows quantities: 0 (not added) up to the ceiling. */
export function addonProblem(addon: ProductAddon, raw: string): string | null {
  return countProblem(raw, { min: 0, max: addonQuantityBounds(addon).max }, addon.name);
}

export function quantityProblem(product: Product, raw: string): string | null {
  const bounds = productQuantityBounds(product);
  const problem = countProblem(raw, bounds, 'The quantity');
  if (problem && product.stockLevel !== null && Number(raw) > bounds.max) {
    return `Only ${bounds.max} left in stock.`;
  }
  return problem;
}
