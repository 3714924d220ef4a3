import { CYCLE_DISPLAY, type Cycle } from '../billing';
import { NO_DATE } from '../dates';
import { convertCents, decimal, formatCurrency, type Cents } from '../money';
import type { CurrencyRow, Db, PromotionRow } from '../rows';

export function promotionByCode(db: Db, code: string): PromotionRow | undefined {
  return db.prepare('SELECT * FROM promotions WHERE code = ?').get(code) as PromotionRow | undefined;
}

function csv(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The order-wide rules WHMCS checks before a promotion applies to anything (SetPromoCode /
 * CalcPromoDiscount): dates, uses, new-signups / existing-client / once-per-client, required
 * products. An invalid code on AddOrder does not fail the order: it is simply not applied.
 */
export function promotionUsableByClient(
  db: Db,
  promo: PromotionRow,
  input: { clientId: number; today: string; cartPids: number[] },
): boolean {
  if (promo.startdate !== NO_DATE && input.today < promo.startdate) return false;
  if (promo.expirationdate !== NO_DATE && promo.expirationdate < input.today) return false;
  if (promo.maxuses > 0 && promo.uses >= promo.maxuses) return false;
  const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
  if (promo.newsignups && count('SELECT COUNT(*) AS n FROM orders WHERE userid = ?', input.clientId) > 0) return false;
  if (promo.existingclient && count("SELECT COUNT(*) AS n FROM orders WHERE userid = ? AND status = 'Active'", input.clientId) === 0) {
    return false;
  }
  if (
    promo.onceperclient &&
    count(
      "SELECT COUNT(*) AS n FROM orders WHERE userid = ? AND promocode = ? AND status IN ('Pending','Active')",
      input.clientId,
      promo.code,
    ) > 0
  ) {
    return false;
  }
  const requires = csv(promo.requires).filter((item) => /^\d+$/.test(item)).map(Number);
  if (requires.length > 0 && !input.cartPids.some((pid) => requires.includes(pid))) {
    const owned =
      promo.requiresexisting &&
      count(
        `SELECT COUNT(*) AS n FROM services WHERE userid = ? AND domainstatus = 'Active' AND packageid IN (${requires.map(() => '?').join(',')})`,
        input.clientId,
        ...requires,
      ) > 0;
    if (!owned) return false;
  }
  return true;
}

/** Per item: the products it applies to (empty = none, as in WHMCS) and the cycles (empty = all). */
export function promotionAppliesTo(promo: PromotionRow, pid: number, cycle: Cycle): boolean {
  if (!csv(promo.appliesto).includes(String(pid))) return false;
  const cycles = csv(promo.cycles);
  return cycles.length === 0 || cycles.includes(CYCLE_DISPLAY[cycle]);
}

export interface Discount {
  onetime: Cents;
  recurring: Cents;
}

/**
 * CalcPromoDiscount for one service. Percentages apply to the whole first payment (setup
 * included) and, when recurring, to the renewal price. Fixed amounts and price overrides are
 * defined in the default currency and converted to the client's at the currencies' rates.
 */
export function promotionDiscount(
  promo: PromotionRow,
  amounts: { firstPayment: Cents; recurring: Cents; setup: Cents },
  currency: CurrencyRow,
  defaultCurrency: CurrencyRow,
): Discount {
  const converted = convertCents(promo.value, Number(defaultCurrency.rate), Number(currency.rate));
  switch (promo.type) {
    case 'Percentage':
      return {
        onetime: Math.round((amounts.firstPayment * promo.value) / 10_000),
        recurring: promo.recurring ? Math.round((amounts.recurring * promo.value) / 10_000) : 0,
      };
    case 'Fixed Amount':
      return {
        onetime: Math.min(amounts.firstPayment, converted),
        recurring: promo.recurring ? Math.min(amounts.recurring, converted) : 0,
      };
    case 'Price Override':
      return {
        onetime: amounts.firstPayment - converted,
        recurring: promo.recurring ? amounts.recurring - converted : 0,
      };
    case 'Free Setup':
      return { onetime: amounts.setup, recurring: 0 };
    default:
      return { onetime: 0, recurring: 0 };
  }
}

/** The invoice line WHMCS adds under a discounted item. */
export function promotionLine(promo: PromotionRow, currency: CurrencyRow, defaultCurrency: CurrencyRow): string {
  const converted = convertCents(promo.value, Number(defaultCurrency.rate), Number(currency.rate));
  const when = promo.recurring ? 'Recurring' : 'One Time';
  switch (promo.type) {
    case 'Percentage':
      return `Promotional Code: ${promo.code} - ${decimal(promo.value)}% ${when} Discount`;
    case 'Fixed Amount':
      return `Promotional Code: ${promo.code} - ${formatCurrency(converted, currency)} ${when} Discount`;
    case 'Price Override':
      return `Promotional Code: ${promo.code} - ${formatCurrency(converted, currency)} ${when} Price Override`;
    default:
      return `Promotional Code: ${promo.code} - Free Setup`;
  }
}
