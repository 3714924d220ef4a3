/**
 * Money inside the sandbox is integer cents, as exact as WHMCS's DECIMAL(16,2) columns. On the
 * wire it is always a two-decimal string.
 */
export type Cents = number;

/** `1295` -> `"12.95"`, `-100` -> `"-1.00"`. */
export function decimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** `12.95` -> `1295`; for seed data written in major units. */
export function cents(major: number): Cents {
  return Math.round(major * 100);
}

export interface CurrencyDisplay {
  prefix: string;
  suffix: string;
  /** WHMCS format code: 1 = 1234.56, 2 = 1,234.56, 3 = 1.234,56, 4 = 1,234 */
  format: number;
}

/** WHMCS's `formatCurrency`: `"$12.95 USD"`, `"€1.234,50 EUR"`. */
export function formatCurrency(amount: Cents, currency: CurrencyDisplay): string {
  const negative = amount < 0;
  const abs = Math.abs(Math.round(amount));
  const whole = Math.floor(abs / 100);
  const fraction = String(abs % 100).padStart(2, '0');
  const group = (separator: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  let number: string;
  switch (currency.format) {
    case 2:
      number = `${group(',')}.${fraction}`;
      break;
    case 3:
      number = `${group('.')},${fraction}`;
      break;
    case 4:
      number = group(',');
      break;
    default:
      number = `${whole}.${fraction}`;
  }
  return `${negative ? '-' : ''}${currency.prefix}${number}${currency.suffix}`;
}

/** WHMCS's `convertCurrency` between two currencies by their rates to the default currency. */
export function convertCents(amount: Cents, fromRate: number, toRate: number): Cents {
  if (fromRate === toRate) return amount;
  return Math.round((amount / fromRate) * toRate);
}
