import {
  normaliseConfiguration,
  optionQuantityBounds,
  productQuantityBounds,
  MAX_QUANTITY,
  type Configuration,
} from '@/lib/pricing';
import type { ConfigOption, Product } from '@/lib/whmcs/types';

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
  domain: string;
  /** Custom field values, keyed `f{fieldId}`. */
  fields: Record<string, string>;
}

export const optionKey = (id: number) => `o${id}`;
export const fieldKey = (id: number) => `f${id}`;

/** The form values showing a configuration (custom fields and domain kept from `keep`). */
export function valuesFromConfiguration(
  product: Product,
  configuration: Configuration,
  keep: Pick<ConfiguratorValues, 'domain' | 'fields'> = { domain: '', fields: {} },
): ConfiguratorValues {
  const options: ConfiguratorValues['options'] = {};
  for (const option of product.configOptions) {
    const value = configuration.options[option.id];
    if (value === undefined) continue;
    options[optionKey(option.id)] = option.kind === 'yesno' ? value === 1 : String(value);
  }
  const fields: Record<string, string> = {};
  for (const field of product.customFields) fields[fieldKey(field.id)] = keep.fields[fieldKey(field.id)] ?? '';
  return { cycle: configuration.cycle, options, quantity: String(configuration.quantity), domain: keep.domain, fields };
}

/** The configuration the values stand for: invalid counts are clamped, as pricing needs. */
export function configurationFromValues(product: Product, currencyCode: string, values: ConfiguratorValues): Configuration {
  const options: Record<string, string | boolean> = {};
  for (const option of product.configOptions) {
    const value = values.options?.[optionKey(option.id)];
    if (value !== undefined) options[String(option.id)] = value;
  }
  const quantity = product.quantityMode === 'none' ? undefined : values.quantity;
  return normaliseConfiguration(product, currencyCode, { cycle: values.cycle, options, quantity }).configuration;
}

/** "Extra RAM (GB) must be a whole number from 0 to 16." for a count outside its bounds; null when fine. */
export function countProblem(raw: string, { min, max }: { min: number; max: number }, subject: string): string | null {
  const text = raw.trim();
  const count = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(count) && count >= min && count <= max) return null;
  if (max >= MAX_QUANTITY) return `${subject} must be a whole number, ${min} or more.`;
  return `${subject} must be a whole number from ${min} to ${max}.`;
}

export function optionProblem(option: ConfigOption, raw: string): string | null {
  return countProblem(raw, optionQuantityBounds(option), option.name);
}

export function quantityProblem(product: Product, raw: string): string | null {
  const bounds = productQuantityBounds(product);
  const problem = countProblem(raw, bounds, 'The quantity');
  if (problem && product.stockLevel !== null && Number(raw) > bounds.max) {
    return `Only ${bounds.max} left in stock.`;
  }
  return problem;
}
