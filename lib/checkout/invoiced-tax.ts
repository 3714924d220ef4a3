import { formatMoney } from '@/lib/pricing';
import type { CurrencyFormat, Minor } from '@/lib/whmcs/types';

/**
 * The receipt's word on tax: WHMCS's invoice is what the customer pays, and when its tax or
 * total is not what the checkout showed (a VAT number VIES did not confirm, a rule changed in
 * between, a rounding of WHMCS's own) the receipt says so in a plain sentence. Pure.
 */

/** What this browser's checkout showed for the order, in minor units of the order's currency. */
export interface ShownAtCheckout {
  tax: Minor;
  total: Minor;
}

/** The invoice's tax (both levels together) and total, as GetInvoice gives them. */
export interface InvoicedAmounts {
  tax: Minor;
  total: Minor;
}

/** The sentence, or null when the invoice charges exactly what was shown (or nothing is known of what was shown). */
export function invoiceDifference(shown: ShownAtCheckout | null, invoiced: InvoicedAmounts, currency: CurrencyFormat): string | null {
  if (!shown || (shown.tax === invoiced.tax && shown.total === invoiced.total)) return null;
  const money = (amount: Minor) => formatMoney(amount, currency, { withSuffix: true });
  const total = `The invoice's total is ${money(invoiced.total)}${shown.total === invoiced.total ? '' : `, not the ${money(shown.total)} shown at checkout`}.`;
  if (shown.tax === invoiced.tax) return `${total} The invoice is what you pay.`;
  const tax =
    shown.tax === 0
      ? `Our billing system charged ${money(invoiced.tax)} tax that the checkout did not show (for example because a VAT number could not be confirmed).`
      : invoiced.tax === 0
        ? `Our billing system charged no tax, where the checkout showed ${money(shown.tax)}.`
        : `Our billing system charged ${money(invoiced.tax)} tax, where the checkout showed ${money(shown.tax)}.`;
  return `${tax} ${total} The invoice is what you pay.`;
}

/** Set with the receipt's "just placed" cookie, on that order's page only. */
export const SHOWN_AT_CHECKOUT_COOKIE = 'order-shown';

/** The cookie value that carries what was shown to the order's receipt ("tax:total"), and back. */
export function encodeShown(shown: ShownAtCheckout): string {
  return `${shown.tax}:${shown.total}`;
}

export function decodeShown(value: string | null | undefined): ShownAtCheckout | null {
  const match = /^(\d{1,15}):(\d{1,15})$/.exec(value ?? '');
  return match ? { tax: Number(match[1]), total: Number(match[2]) } : null;
}
