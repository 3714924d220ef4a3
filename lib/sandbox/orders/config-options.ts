import { priceFor, type Cycle } from '../billing';
import { ApiError } from '../errors';
import type { Cents } from '../money';
import { pricingRow, productConfigOptions, subOptions, type Db } from '../rows';
import { phpInt, serializedScalar } from '../wire/params';

export const OPTION_TYPE_NAMES: Record<number, 'dropdown' | 'radio' | 'yesno' | 'quantity'> = {
  1: 'dropdown',
  2: 'radio',
  3: 'yesno',
  4: 'quantity',
};

/** One configurable option of an ordered item, resolved and priced for the item's cycle. */
export interface OptionSelection {
  configId: number;
  optionName: string;
  optionType: number;
  subId: number;
  subName: string;
  /** Yes/no: 0 or 1; quantity: the count; dropdown/radio: 0. */
  qty: number;
  setup: Cents;
  recurring: Cents;
}

/** WHMCS shows only the part after `|` of an option name (`disk|Disk` -> `Disk`). */
export function displayName(name: string): string {
  const pipe = name.indexOf('|');
  return pipe > 0 ? name.slice(pipe + 1).trim() : name;
}

function truthy(value: unknown): boolean {
  const text = serializedScalar(value);
  return text !== '' && text !== '0';
}

type ConfigOptionRow = ReturnType<typeof productConfigOptions>[number];
type SubOptionRow = ReturnType<typeof subOptions>[number];

/** A chosen value of an option, priced in the client's currency: `times` its price (its quantity, or once). */
function pricedSelection(
  db: Db,
  option: ConfigOptionRow,
  sub: SubOptionRow,
  at: { cycle: Cycle; currencyId: number },
  qty: number,
  times: number,
): OptionSelection {
  const { price, setup } = priceFor(pricingRow(db, 'configoptions', sub.id, at.currencyId), at.cycle);
  return {
    configId: option.id,
    optionName: displayName(option.optionname),
    optionType: option.optiontype,
    subId: sub.id,
    subName: displayName(sub.optionname),
    qty,
    setup: setup * times,
    recurring: price * times,
  };
}

/**
 * What getCartConfigOptions + validateAndSanitizeQuantityConfigOptions do for an order line:
 * every option linked to the product gets a value (the requested one or the default: first
 * choice, "no", the minimum quantity), invalid requests fail with WHMCS's wording, options of
 * other products are ignored. Prices come from the client's currency; one-time items use the
 * monthly column, free items cost nothing.
 */
export function resolveConfigOptions(
  db: Db,
  pid: number,
  cycle: Cycle,
  currencyId: number,
  requested: Map<string, unknown>,
): OptionSelection[] {
  const selections: OptionSelection[] = [];
  for (const option of productConfigOptions(db, pid)) {
    const name = displayName(option.optionname);
    const subs = subOptions(db, option.id);
    const hasRequest = requested.has(String(option.id));
    const request = requested.get(String(option.id));
    if (option.optiontype === 3 || option.optiontype === 4) {
      const sub = subs[0];
      if (!sub) continue;
      let qty: number;
      if (option.optiontype === 3) {
        qty = hasRequest && truthy(request) ? 1 : 0;
      } else {
        const min = Math.max(0, option.qtyminimum);
        qty = hasRequest ? phpInt(serializedScalar(request)) : min;
        if (qty < 0 || (min > 0 && qty < min) || (option.qtymaximum > 0 && qty > option.qtymaximum)) {
          const max = option.qtymaximum > 0 ? String(option.qtymaximum) : 'Unlimited';
          throw new ApiError(`${name} has a minimum requirement of ${min} and maximum of ${max}`);
        }
      }
      selections.push(pricedSelection(db, option, sub, { cycle, currencyId }, qty, qty));
      continue;
    }
    let sub = subs[0];
    if (hasRequest) {
      const wanted = phpInt(serializedScalar(request));
      sub = subs.find((candidate) => candidate.id === wanted);
      if (!sub) throw new ApiError(`The option selected for ${name} is not valid`);
    }
    if (!sub) continue;
    selections.push(pricedSelection(db, option, sub, { cycle, currencyId }, 0, 1));
  }
  return selections;
}

/** How an option reads on an invoice line: `Disk: 50 GB`, `Backups: Yes`, `Extra RAM (GB): 4 x GB`. */
export function describeSelection(selection: OptionSelection): string {
  if (selection.optionType === 3) return `${selection.optionName}: ${selection.qty ? 'Yes' : 'No'}`;
  if (selection.optionType === 4) return `${selection.optionName}: ${selection.qty} x ${selection.subName}`;
  return `${selection.optionName}: ${selection.subName}`;
}
