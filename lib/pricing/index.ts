/**
 * The one pricing module: every price the storefront shows or sends, computed from the domain
 * `Product` in integer minor units. Pure and dependency-free, so server and client share it.
 */
export { toMinor, toDecimalString, formatMoney, formatQuantity } from './money';
export { CYCLE_MONTHS, CYCLE_ORDER, isRecurringCycle, cycleLabel, cycleEvery, cyclePer, parseCycle } from './cycles';
export {
  cyclePrice,
  enabledCycles,
  defaultCycle,
  effectiveMonthly,
  savingPercent,
  fromPrice,
  groupFromPrice,
  groupHasFreePlan,
  type FromPrice,
} from './product';
export {
  MAX_QUANTITY,
  optionQuantityBounds,
  productQuantityBounds,
} from './options';
export {
  defaultConfiguration,
  normaliseConfiguration,
  PricingError,
  type Configuration,
} from './configuration';
export { priceConfiguration, choicePrice, type PriceBreakdown } from './breakdown';
export { addonPrice, availableAddons, addonQuantityBounds } from './addons';
export {
  extrasCost,
  domainPeriods,
  priceDomain,
  offeredExtras,
  NO_EXTRAS,
  type ChosenExtras,
  type DomainOrderType,
  type DomainPrice,
  type ExtraPrices,
} from './domains';
