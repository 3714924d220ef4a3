import * as z from 'zod/mini';
import { checkDomain } from '@/lib/catalogue/domain-name';
import {
  enabledCycles,
  normaliseConfiguration,
  optionQuantityBounds,
  productQuantityBounds,
  MAX_QUANTITY,
  type Configuration,
} from '@/lib/pricing';
import type { ConfigOption, Product } from '@/lib/whmcs/types';

/**
 * The configurator form's values and rules, apart from any React so they can be tested. Values
 * are kept as the inputs hold them (strings; booleans for switches) and turned into a pricing
 * `Configuration` by `normaliseConfiguration`, the same reader links and carts go through.
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

/** "Choose between 0 and 16." for a count outside its bounds; null when fine. */
export function countProblem(raw: string, { min, max }: { min: number; max: number }, what: string): string | null {
  const text = raw.trim();
  const count = /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(count) && count >= min && count <= max) return null;
  if (max >= MAX_QUANTITY) return `${what}: enter a whole number, ${min} or more.`;
  return `${what}: enter a whole number from ${min} to ${max}.`;
}

export function optionProblem(option: ConfigOption, raw: string): string | null {
  return countProblem(raw, optionQuantityBounds(option), option.name);
}

export function quantityProblem(product: Product, raw: string): string | null {
  const bounds = productQuantityBounds(product);
  const problem = countProblem(raw, bounds, 'Quantity');
  if (problem && product.stockLevel !== null && Number(raw) > bounds.max) {
    return `Only ${bounds.max} left in stock.`;
  }
  return problem;
}

function check<T>(problem: (value: T) => string | null) {
  return z.superRefine<T>((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue(message);
  });
}

/** The form's rules for one product: react-hook-form validates with this through zodResolver. */
export function configuratorSchema(product: Product, currencyCode: string, needsDomain: boolean) {
  const cycles = enabledCycles(product, currencyCode);
  const options: Record<string, z.ZodMiniType<string, string> | z.ZodMiniBoolean<boolean>> = {};
  for (const option of product.configOptions) {
    const key = optionKey(option.id);
    if (option.kind === 'yesno') options[key] = z.boolean();
    else if (option.kind === 'quantity') options[key] = z.string().check(check((raw: string) => optionProblem(option, raw)));
    else {
      const ids = option.choices.map((choice) => String(choice.id));
      options[key] = z.string().check(check((raw: string) => (ids.includes(raw) ? null : `Choose a ${option.name}.`)));
    }
  }
  const fields: Record<string, z.ZodMiniType<string, string>> = {};
  for (const field of product.customFields) {
    fields[fieldKey(field.id)] = z
      .string()
      .check(z.maxLength(1000, `${field.name}: at most 1000 characters.`), check((raw: string) => (field.required && !raw.trim() ? `Enter ${field.name}.` : null)));
  }
  return z.object({
    cycle: z.string().check(check((raw: string) => (cycles.some((cycle) => cycle === raw) ? null : 'Choose a billing cycle.'))),
    options: z.object(options),
    quantity:
      product.quantityMode === 'none' ? z.string() : z.string().check(check((raw: string) => quantityProblem(product, raw))),
    domain: needsDomain
      ? z.string().check(
          check((raw: string) => {
            const result = checkDomain(raw);
            return result.ok ? null : result.message;
          }),
        )
      : z.string(),
    fields: z.object(fields),
  });
}
