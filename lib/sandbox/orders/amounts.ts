import type { Cycle } from '../billing';
import type { Cents } from '../money';
import type { OptionSelection } from './config-options';

/** `allowqty`: 0 none, 1 several separate services, 2 one service that scales with the quantity. */
export const QUANTITY_MULTIPLE = 1;
const QUANTITY_SCALING = 2;

export interface ItemAmounts {
  /** Services to create: `qty` separate ones (allowqty 1) or one. */
  serviceCount: number;
  /** The `qty` column of each service: the quantity for a scaling service, else 1. */
  serviceQty: number;
  /** Per service: setup fees (product + options), the first period's price, the renewal price. */
  setup: Cents;
  firstPeriod: Cents;
  recurring: Cents;
}

/**
 * WHMCS's calcCartTotals arithmetic for one order line, per service. Config option prices add to
 * the product's (quantity options already multiplied by their count); one-time items renew at
 * nothing. A scaling service multiplies its price and renewal by the quantity but charges the
 * setup fee once; separate services each carry the full setup fee.
 */
export function itemAmounts(input: {
  productPrice: Cents;
  productSetup: Cents;
  cycle: Cycle;
  options: OptionSelection[];
  qty: number;
  allowqty: number;
  priceOverride?: Cents;
}): ItemAmounts {
  const qty = input.allowqty && input.qty > 0 ? input.qty : 1;
  const serviceCount = input.allowqty === QUANTITY_SCALING ? 1 : qty;
  const serviceQty = input.allowqty === QUANTITY_SCALING ? qty : 1;
  if (input.cycle === 'free') return { serviceCount, serviceQty, setup: 0, firstPeriod: 0, recurring: 0 };

  let setup = input.productSetup;
  let firstPeriod = input.productPrice;
  let recurring = input.cycle === 'onetime' ? 0 : input.productPrice;
  for (const option of input.options) {
    setup += option.setup;
    firstPeriod += option.recurring;
    if (input.cycle !== 'onetime') recurring += option.recurring;
  }
  if (input.allowqty === QUANTITY_SCALING) {
    firstPeriod *= qty;
    recurring *= qty;
  }
  if (input.priceOverride !== undefined) {
    // priceoverride replaces everything, setup fees included (an admin-only AddOrder parameter).
    return {
      serviceCount,
      serviceQty,
      setup: 0,
      firstPeriod: input.priceOverride,
      recurring: input.cycle === 'onetime' ? 0 : input.priceOverride,
    };
  }
  return { serviceCount, serviceQty, setup, firstPeriod, recurring };
}
