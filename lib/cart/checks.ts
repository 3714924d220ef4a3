import { needsDomain } from '@/lib/catalogue/domain-input';
import { checkDomain } from '@/lib/catalogue/domain-name';
import { priceConfiguration, PricingError, type Configuration } from '@/lib/pricing';
import type { ConfigOption, CustomField, Product } from '@/lib/whmcs/types';
import type { AddedPrice } from './types';

/**
 * The rules an item must meet against the current catalogue. Pure, and shared: adding an item
 * refuses what breaks them, and viewing the cart flags items that broke them since.
 */

/** Stock one item takes: each unit of a 'multiple' line is a service; a scaling line is one. */
export function stockUnits(product: Pick<Product, 'quantityMode'>, quantity: number): number {
  return product.quantityMode === 'multiple' ? quantity : 1;
}

/** When the units wanted (this item plus the others in the cart) exceed the stock, why; else null. */
export function stockProblem(product: Product, unitsWanted: number): string | null {
  if (product.stockLevel === null) return null;
  if (product.stockLevel < 1) return `${product.name} is sold out.`;
  if (unitsWanted <= product.stockLevel) return null;
  return `Only ${product.stockLevel} of ${product.name} left in stock; this cart asks for ${unitsWanted}.`;
}

/** The required custom fields left empty. */
export function missingCustomFields(product: Product, values: Record<number, string>): CustomField[] {
  return product.customFields.filter((field) => field.required && !(values[field.id] ?? '').trim());
}

/** Why the domain cannot be used for this product; null when it can (or none is needed). */
export function domainProblem(product: Product, domain: string | null): string | null {
  if (domain === null || domain.trim() === '') {
    return needsDomain(product.type) ? `${product.name} needs a domain name, like example.com.` : null;
  }
  const check = checkDomain(domain);
  return check.ok ? null : check.message;
}

/** The option's current value in words: "Ubuntu 24.04", "yes", "4". */
function describeOptionValue(option: ConfigOption, value: number): string {
  switch (option.kind) {
    case 'dropdown':
    case 'radio':
      return option.choices.find((choice) => choice.id === value)?.name ?? String(value);
    case 'yesno':
      return value === 1 ? 'yes' : 'no';
    case 'quantity':
      return String(value);
  }
}

/**
 * Options the shop added after the item was chosen: `normaliseConfiguration` gives them their
 * default without complaint, but the customer never chose them, so they are named.
 */
export function newOptionProblems(product: Product, chosen: Configuration, normalised: Configuration): string[] {
  return product.configOptions.flatMap((option) => {
    if (Object.hasOwn(chosen.options, option.id)) return [];
    const value = normalised.options[option.id];
    if (value === undefined) return [];
    return [`${option.name} is a new option; it is set to ${describeOptionValue(option, value)}.`];
  });
}

/**
 * The configuration's price in every currency it can be priced in: the snapshot kept with an
 * item so a later price change is noticed whatever currency the cart is then viewed in.
 */
export function priceSnapshot(product: Product, configuration: Configuration): Record<string, AddedPrice> {
  const snapshot: Record<string, AddedPrice> = {};
  for (const code of Object.keys(product.pricing)) {
    try {
      const { dueToday, recurring } = priceConfiguration(product, code, configuration);
      snapshot[code] = { dueToday, recurring };
    } catch (error) {
      // Not sold this way in that currency (e.g. a cycle enabled only in USD): nothing to compare.
      if (!(error instanceof PricingError)) throw error;
    }
  }
  return snapshot;
}
