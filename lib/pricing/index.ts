/**
 * The one pricing module: every price the storefront shows or sends, computed from the domain
 * `Product` in integer minor units. Pure and dependency-free, so server and client share it.
 */
export { toMinor, toDecimalString, formatMoney, formatQuantity, type FormatMoneyOptions } from './money';
export { CYCLE_MONTHS, CYCLE_ORDER, isRecurringCycle, cycleLabel, cycleEvery, cyclePer, parseCycle } from './cycles';
export {
  currencyFormat,
  cyclePrice,
  enabledCycles,
  defaultCycle,
  effectiveMonthly,
  savingPercent,
  fromPrice,
  groupFromPrice,
  groupHasFreePlan,
  type FromPrice,
  type GroupFromPrice,
} from './product';
export {
  MAX_QUANTITY,
  optionQuantityBounds,
  productQuantityBounds,
  type QuantityBounds,
} from './options';
export {
  defaultConfiguration,
  normaliseConfiguration,
  PricingError,
  type Configuration,
  type ConfigurationInput,
} from './configuration';
export { priceConfiguration, choicePrice, type PriceLine, type PriceBreakdown } from './breakdown';
