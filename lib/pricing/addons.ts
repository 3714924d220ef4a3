import type { BillingCycle, CyclePrice, Product, ProductAddon } from '@/lib/whmcs/types';
import { cycleLabel } from './cycles';
import { MAX_QUANTITY, isAbsent, parseInteger, show } from './options';

/**
 * Product addons in a configuration: which may be chosen and how many, read from untrusted input
 * by one reader, so that the configurator, the cart and AddOrder agree (as options.ts does for
 * configurable options).
 */

/** An addon's price with a product billed at `cycle`; null when it cannot be ordered with that cycle. */
export function addonPrice(addon: ProductAddon, currencyCode: string, cycle: BillingCycle): CyclePrice | null {
  const cycles = addon.pricing[currencyCode]?.cycles;
  if (!cycles) return null;
  if (addon.payType === 'free') return { price: 0, setupFee: 0 };
  if (addon.payType === 'onetime') return cycles.onetime ?? null;
  // WHMCS bills a recurring addon at the service's cycle; an addon without that price is not offered.
  return cycles[cycle] ?? null;
}

/** The addons a customer may add to `product` billed at `cycle` in `currencyCode`. */
export function availableAddons(product: Product, currencyCode: string, cycle: BillingCycle): ProductAddon[] {
  return (product.addons ?? []).filter((addon) => addonPrice(addon, currencyCode, cycle) !== null);
}

/** How many of one addon a configuration may hold: 1, or up to MAX_QUANTITY when WHMCS allows quantities. */
export function addonQuantityBounds(addon: ProductAddon): { min: number; max: number } {
  return { min: 1, max: addon.quantityAllowed ? MAX_QUANTITY : 1 };
}

/**
 * Reads `{ [addonId]: quantity }` (quantity 0 or absent = not chosen) into the chosen addons,
 * with one human-readable problem per value it had to change or drop.
 */
export function resolveAddons(
  product: Product,
  currencyCode: string,
  cycle: BillingCycle,
  raw: unknown,
): { addons: Record<number, number>; problems: string[] } {
  const addons: Record<number, number> = {};
  const problems: string[] = [];
  if (isAbsent(raw)) return { addons, problems };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { addons, problems: ['The chosen addons could not be read; none added.'] };
  }
  const available = availableAddons(product, currencyCode, cycle);
  for (const [key, value] of Object.entries(raw)) {
    const addon = (product.addons ?? []).find((candidate) => String(candidate.id) === key);
    if (!addon) {
      problems.push(`Addon ${show(key)} does not exist for ${product.name}; ignored.`);
      continue;
    }
    const count = isAbsent(value) ? 0 : typeof value === 'boolean' ? Number(value) : parseInteger(value);
    if (count === 0) continue;
    if (!available.includes(addon)) {
      problems.push(`${addon.name} is not available with ${cycleLabel(cycle)} billing; removed.`);
      continue;
    }
    const { max } = addonQuantityBounds(addon);
    if (count === null || count < 0) {
      problems.push(`${addon.name}: ${show(value)} is not a quantity; using 1.`);
      addons[addon.id] = 1;
    } else if (count > max) {
      problems.push(max === 1 ? `${addon.name} can only be added once; using 1.` : `${addon.name}: at most ${max}; using ${max}.`);
      addons[addon.id] = max;
    } else {
      addons[addon.id] = count;
    }
  }
  return { addons, problems };
}
