import { parseMinor } from '@/lib/whmcs/money';
import type { BillingCycle, CurrencyFormat, CyclePrice, Currency, ProductAddon, ProductPricing } from '@/lib/whmcs/types';
import type { AddonSettings } from './config-file';

/**
 * The product addon catalogue: WHMCS's own (from the companion) when it answered, else what the
 * shop declared in catalogue.config.json. Pure.
 */

type DeclaredPrice = NonNullable<AddonSettings['pricing'][string][BillingCycle & keyof AddonSettings['pricing'][string]]>;

function minor(value: string | number): number {
  // The config schema only lets through amounts parseMinor reads.
  return parseMinor(value) ?? 0;
}

function cyclePrice(declared: DeclaredPrice): CyclePrice {
  return typeof declared === 'object'
    ? { price: minor(declared.price), setupFee: minor(declared.setupFee ?? 0) }
    : { price: minor(declared), setupFee: 0 };
}

function declaredPricing(addon: AddonSettings, format: CurrencyFormat): ProductPricing {
  const cycles: Partial<Record<BillingCycle, CyclePrice>> = {};
  if (addon.payType === 'free') cycles.free = { price: 0, setupFee: 0 };
  for (const [cycle, declared] of Object.entries(addon.pricing[format.code] ?? {}) as [BillingCycle, DeclaredPrice][]) {
    // A recurring addon has recurring cycles only, a one-time addon `onetime` only, as WHMCS prices them.
    if (addon.payType === 'free' || (cycle === 'onetime') !== (addon.payType === 'onetime')) continue;
    cycles[cycle] = cyclePrice(declared);
  }
  return { ...format, cycles };
}

/** The shop's declared addons as WHMCS's, priced in the currencies WHMCS sells in. */
export function declaredAddons(addons: readonly AddonSettings[], currencies: readonly Currency[]): ProductAddon[] {
  return addons.map((addon) => ({
    id: addon.id,
    name: addon.name,
    description: addon.description,
    productIds: addon.products,
    payType: addon.payType,
    quantityAllowed: addon.quantity,
    offeredOnOrder: true,
    taxed: false,
    pricing: Object.fromEntries(
      currencies
        .filter((currency) => addon.payType === 'free' || addon.pricing[currency.code])
        .map((currency) => [currency.code, declaredPricing(addon, currency)]),
    ),
  }));
}

/** The addons the order form offers with product `pid`, in catalogue order. */
export function addonsForProduct(addons: readonly ProductAddon[], pid: number): ProductAddon[] {
  return addons.filter((addon) => addon.offeredOnOrder && addon.productIds.includes(pid));
}
