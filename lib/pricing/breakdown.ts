import type {
  BillingCycle,
  ConfigChoice,
  ConfigOption,
  CurrencyFormat,
  CyclePrice,
  Minor,
  Product,
} from '@/lib/whmcs/types';
import { addonPrice } from './addons';
import { assertValidConfiguration, PricingError, type Configuration } from './configuration';
import { isRecurringCycle } from './cycles';
import { currencyFormat, cyclePrice } from './product';

interface PriceLine {
  kind: 'product' | 'option' | 'addon' | 'setup';
  /** "Cloud VPS 2", "Operating System: Ubuntu 24.04", "Daily backups", "Extra RAM (GB) x 4", "Setup fee". */
  label: string;
  optionId?: number;
  addonId?: number;
  /** Already multiplied by option count and product quantity; an addon's includes its setup fee. */
  dueToday: Minor;
  /** Per renewal, already multiplied; 0 for setup lines and for onetime/free. */
  recurring: Minor;
}

export interface PriceBreakdown {
  currency: CurrencyFormat;
  cycle: BillingCycle;
  quantity: number;
  /**
   * The product, each priced option in the product's option order, the product's and options'
   * setup fees, then each addon (with its own setup fee, as WHMCS invoices an addon on one line).
   */
  lines: PriceLine[];
  /** Every setup fee, addons' included. */
  setupTotal: Minor;
  /** The sum of the lines' `dueToday`: first payment including setup fees. */
  dueToday: Minor;
  /** The sum of the lines' `recurring`; null for onetime and free. */
  recurring: Minor | null;
}

const ZERO: CyclePrice = { price: 0, setupFee: 0 };

/**
 * A choice's price for a cycle. Options of one-time products are read from `onetime` (the seam
 * moves them there); free products and unpriced currencies cost nothing.
 */
export function choicePrice(choice: ConfigChoice, currencyCode: string, cycle: BillingCycle): CyclePrice {
  if (cycle === 'free') return ZERO;
  return choice.pricing[currencyCode]?.[cycle] ?? ZERO;
}

interface Charge {
  kind: 'product' | 'option';
  label: string;
  optionId?: number;
  unit: CyclePrice;
  count: number;
}

/** What one option adds to a single unit of the product; null when it adds no line. */
function optionCharge(option: ConfigOption, value: number, currencyCode: string, cycle: BillingCycle): Charge | null {
  const unit = (choice: ConfigChoice | undefined) => (choice ? choicePrice(choice, currencyCode, cycle) : ZERO);
  switch (option.kind) {
    case 'dropdown':
    case 'radio': {
      const choice = option.choices.find((candidate) => candidate.id === value);
      if (!choice) return null;
      const label = `${option.name}: ${choice.name}`;
      return { kind: 'option', label, optionId: option.id, unit: unit(choice), count: 1 };
    }
    case 'yesno':
      if (value !== 1) return null;
      return { kind: 'option', label: option.name, optionId: option.id, unit: unit(option.choices[0]), count: 1 };
    case 'quantity':
      if (value <= 0) return null;
      return {
        kind: 'option',
        label: `${option.name} x ${value}`,
        optionId: option.id,
        unit: unit(option.choices[0]),
        count: value,
      };
  }
}

/**
 * Prices a configuration the way WHMCS prices the services it creates from it. Per unit:
 * recurring = the cycle's product price + each option's price for the cycle (dropdown/radio:
 * the chosen choice; yes/no: only when on; quantity: unit price x count); due today = that (or
 * the one-time price) + the product's setup fee + the options' setup fees (quantity: x count).
 * Prices are then multiplied by the product quantity in both quantity modes. Setup fees too for
 * separate services (allowqty 1: each service is set up); a scaling service (allowqty 2) is one
 * service set up once, so WHMCS charges its setup fees once whatever the quantity.
 *
 * Throws PricingError unless the configuration is exactly valid: run untrusted input through
 * `normaliseConfiguration` first.
 */
export function priceConfiguration(
  product: Product,
  currencyCode: string,
  configuration: Configuration,
): PriceBreakdown {
  assertValidConfiguration(product, currencyCode, configuration);
  const { cycle, quantity } = configuration;
  const currency = currencyFormat(product, currencyCode);
  const base = cyclePrice(product, currencyCode, cycle);
  if (!currency || !base) throw new PricingError(`${product.name} has no ${cycle} price in ${currencyCode}`);

  const charges: Charge[] = [{ kind: 'product', label: product.name, unit: base, count: 1 }];
  for (const option of product.configOptions) {
    const value = configuration.options[option.id];
    const charge = value === undefined ? null : optionCharge(option, value, currencyCode, cycle);
    if (charge) charges.push(charge);
  }

  const recurs = isRecurringCycle(cycle);
  const lines: PriceLine[] = charges.map(({ kind, label, optionId, unit, count }) => {
    const amount = unit.price * count * quantity;
    const line: PriceLine = { kind, label, dueToday: amount, recurring: recurs ? amount : 0 };
    if (optionId !== undefined) line.optionId = optionId;
    return line;
  });
  const setups = product.quantityMode === 'scaling' ? 1 : quantity;
  const productSetup = charges.reduce((sum, { unit, count }) => sum + unit.setupFee * count * setups, 0);
  if (productSetup !== 0) lines.push({ kind: 'setup', label: 'Setup fee', dueToday: productSetup, recurring: 0 });
  const addons = addonLines(product, currencyCode, configuration);
  lines.push(...addons.lines);
  const setupTotal = productSetup + addons.setup;

  return {
    currency,
    cycle,
    quantity,
    lines,
    setupTotal,
    dueToday: lines.reduce((sum, line) => sum + line.dueToday, 0),
    recurring: recurs ? lines.reduce((sum, line) => sum + line.recurring, 0) : null,
  };
}

/**
 * The chosen addons, as WHMCS creates them: each service of the line gets every addon (separate
 * services each their own, a scaling service once), `count` units of it, each charged the
 * addon's price and setup fee. A one-time or free addon adds nothing to renewals.
 */
function addonLines(product: Product, currencyCode: string, configuration: Configuration): { lines: PriceLine[]; setup: Minor } {
  const services = product.quantityMode === 'multiple' ? configuration.quantity : 1;
  const lines: PriceLine[] = [];
  let setup = 0;
  for (const addon of product.addons ?? []) {
    const count = configuration.addons?.[addon.id] ?? 0;
    const unit = count > 0 ? addonPrice(addon, currencyCode, configuration.cycle) : null;
    if (!unit) continue;
    const units = count * services;
    setup += unit.setupFee * units;
    lines.push({
      kind: 'addon',
      label: count > 1 ? `${addon.name} x ${count}` : addon.name,
      addonId: addon.id,
      dueToday: (unit.price + unit.setupFee) * units,
      recurring: addon.payType === 'recurring' && isRecurringCycle(configuration.cycle) ? unit.price * units : 0,
    });
  }
  return { lines, setup };
}
