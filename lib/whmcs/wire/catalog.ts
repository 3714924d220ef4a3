import { z } from 'zod';
import type { BillingCycle, Currency, PaymentMethod, Promotion, PromotionType } from '../types';
import { countedListAnswer, wireCode, wireDate, wireFlag, wireInt, wireIntOr, wireList, wireMoney, wireText } from './primitives';

/** What a shop sells with: GetCurrencies, GetPaymentMethods, GetPromotions. */

const wireCurrency = z.object({
  id: wireInt,
  code: wireCode,
  // Prefixes are stored HTML-encoded too (`&pound;`).
  prefix: wireText,
  suffix: wireText,
  format: wireIntOr(1),
  rate: wireCode,
});

export const getCurrenciesResponse = countedListAnswer(
  'currencies',
  'currency',
  z
    .object({ currencies: wireList(wireCurrency, 'currency') })
    .transform(({ currencies }) =>
      currencies.map((c): Currency => ({ id: c.id, code: c.code, prefix: c.prefix, suffix: c.suffix, format: c.format, rate: c.rate })),
    ),
);

export const getPaymentMethodsResponse = countedListAnswer(
  'paymentmethods',
  'paymentmethod',
  z
    .object({ paymentmethods: wireList(z.object({ module: wireCode, displayname: wireText }), 'paymentmethod') })
    .transform(({ paymentmethods }) => paymentmethods.map((m): PaymentMethod => ({ module: m.module, displayName: m.displayname }))),
);

const PROMOTION_TYPES: Record<string, PromotionType> = {
  percentage: 'percentage',
  fixedamount: 'fixed',
  priceoverride: 'priceOverride',
  freesetup: 'freeSetup',
};

/** WHMCS lists promotion cycles by display name ("Semi-Annually", "One Time"); domain years ("1Years") are not ours. */
const PROMOTION_CYCLES: Record<string, BillingCycle> = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  semiannually: 'semiannually',
  annually: 'annually',
  biennially: 'biennially',
  triennially: 'triennially',
  onetime: 'onetime',
  free: 'free',
  freeaccount: 'free',
};

function letters(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

function commaList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const wirePromotion = z.object({
  id: wireInt,
  code: wireText,
  type: wireCode,
  recurring: wireFlag,
  // A two-place decimal whatever the type: money for amounts, a percentage ("15.00") otherwise.
  value: wireMoney,
  cycles: wireCode,
  appliesto: wireCode,
  startdate: wireDate,
  expirationdate: wireDate,
  maxuses: wireIntOr(0),
  uses: wireIntOr(0),
  recurfor: wireIntOr(0),
  applyonce: wireFlag,
  newsignups: wireFlag,
  existingclient: wireFlag,
  onceperclient: wireFlag,
  notes: wireText,
});

/** A domain period in `cycles`, as WHMCS names it there: `1Years`, `2Years`, ... */
const DOMAIN_PERIOD = /^(\d{1,2})\s*years?$/i;
/** A TLD in `appliesto`: `D.com`, `D.co.uk`. */
const DOMAIN_TARGET = /^D\.(.+)$/;

/**
 * A promotion as the storefront can use it, or null when it cannot apply to anything sold here:
 * an unknown type, or restrictions naming only addons ("A3") or cycles it does not know.
 * Products are listed by id; TLDs as `D.com` (kept without the `D.`); domain periods in
 * `cycles` as `1Years`. (WHMCS applies a promotion only to what it lists, so one listing none of
 * ours would only ever answer "does not apply".)
 */
function toPromotion(wire: z.output<typeof wirePromotion>): Promotion | null {
  const type = PROMOTION_TYPES[letters(wire.type)];
  if (!type) return null;

  const cycleNames = commaList(wire.cycles);
  const cycles = [...new Set(cycleNames.flatMap((name) => PROMOTION_CYCLES[letters(name)] ?? []))];
  const domainYears = [...new Set(cycleNames.flatMap((name) => DOMAIN_PERIOD.exec(name)?.[1] ?? []).map(Number))];

  // A cycle list naming only domain periods leaves no product cycle, and the other way round.
  const productCycles = cycleNames.length === 0 || cycles.length > 0;
  const domainPeriods = cycleNames.length === 0 || domainYears.length > 0;
  const targets = commaList(wire.appliesto);
  const appliesTo = productCycles ? targets.filter((t) => /^\d+$/.test(t)).map(Number) : [];
  const appliesToTlds = domainPeriods ? [...new Set(targets.flatMap((t) => DOMAIN_TARGET.exec(t)?.[1]?.toLowerCase() ?? []))] : [];
  if (targets.length > 0 && appliesTo.length === 0 && appliesToTlds.length === 0) return null;

  return {
    id: wire.id,
    code: wire.code,
    type,
    recurring: wire.recurring,
    recurFor: wire.recurfor,
    // wireMoney read "15.00" as 1500 hundredths: a percentage is that over 100.
    value: type === 'percentage' ? wire.value / 100 : wire.value,
    cycles,
    appliesTo,
    appliesToTlds,
    domainYears,
    startDate: wire.startdate,
    expirationDate: wire.expirationdate,
    maxUses: wire.maxuses,
    uses: wire.uses,
    applyOnce: wire.applyonce,
    newSignups: wire.newsignups,
    existingClient: wire.existingclient,
    oncePerClient: wire.onceperclient,
    notes: wire.notes,
  };
}

export const getPromotionsResponse = countedListAnswer(
  'promotions',
  'promotion',
  z.object({ promotions: wireList(wirePromotion, 'promotion') }).transform(({ promotions }) => promotions.flatMap((p) => toPromotion(p) ?? [])),
);
