import type { ChosenExtras, Configuration, DomainOrderType, DomainPrice, PriceBreakdown } from '@/lib/pricing';
import type { BillingCycle, CurrencyFormat, Minor, Product, PromotionType, Tld } from '@/lib/whmcs/types';
import type { CartTax } from './tax';

/**
 * The cart's shapes. Type-only, so client components may import them; the functions that
 * produce them are in `./index` (server-only) and the pure modules beside it.
 */

/** What one item cost when the customer last saw it priced: to flag a price change later. */
export interface AddedPrice {
  dueToday: Minor;
  /** Per renewal; null for one-time and free items. */
  recurring: Minor | null;
}

export interface CartItem {
  id: string;
  pid: number;
  /** As the customer chose it; re-checked against the current catalogue on every view. */
  configuration: Configuration;
  /** As typed (cleaned: no scheme, lower case; IDN kept readable); null when none was needed. */
  domain: string | null;
  /** Custom field id -> value. */
  customFields: Record<number, string>;
  /** ISO timestamp. */
  addedAt: string;
  /**
   * The item's price when it was added or last changed by the customer, per currency code the
   * product was sold in then, so a later catalogue change is flagged in whichever currency the
   * cart is viewed in.
   */
  addedPrices: Record<string, AddedPrice>;
  /** Products of type `server`: what WHMCS asks for the server. The root password is sealed (./root-password). */
  server?: StoredServerDetails;
}

export interface StoredServerDetails {
  hostname: string;
  ns1Prefix: string;
  ns2Prefix: string;
  /** Sealed with SESSION_SECRET: never stored or shown in clear. */
  sealedRootPassword: string;
}

/**
 * A domain registration or transfer in the cart (WHMCS's cart keeps them beside the products).
 * Bound to a hosting item when the configurator's domain step added it: it is then ordered
 * with that item (as its domain) and removed with it.
 */
export interface CartDomain {
  id: string;
  type: DomainOrderType;
  /** ASCII (punycode) form, lower case: what WHMCS gets and the key for "already in the cart". */
  domain: string;
  /** For people: Unicode. */
  display: string;
  /** Without the dot, as GetTLDPricing names it (`com`, `co.uk`). */
  tld: string;
  years: number;
  extras: ChosenExtras;
  /** Transfers: the EPP code sealed with SESSION_SECRET (./domain-secrets); never kept or shown in clear. */
  sealedEppCode: string | null;
  /** The TLD's additional fields by WHMCS's field name (lib/domains/additional-fields). */
  fields: Record<string, string>;
  /** IDN names on TLDs that need it: WHMCS's language code (`ger`). */
  idnLanguage: string | null;
  /** The hosting item it was chosen for; null for a domain on its own. */
  hostingItemId: string | null;
  /** ISO timestamp. */
  addedAt: string;
  /** Like CartItem.addedPrices: per currency code it was priced in when added or last changed. */
  addedPrices: Record<string, AddedPrice>;
}

export interface Cart {
  /** '' when the visitor has no cart yet (nothing is stored until the first item is added). */
  id: string;
  items: CartItem[];
  /** Registrations and transfers, in the order added. */
  domains: CartDomain[];
  /** The code the customer applied, as WHMCS spells it. */
  promoCode: string | null;
  /** Nameservers the customer set for this order's domains; null for the shop's defaults. */
  nameservers: string[] | null;
}

export interface AppliedPromotion {
  /** As WHMCS spells it: what AddOrder's `promocode` gets. */
  code: string;
  type: PromotionType;
  /** Percent for percentage promotions; else an amount in minor units of the cart's currency. */
  value: number;
  /** The discount applies to renewals too. */
  recurring: boolean;
  /** Renewals discounted when recurring; 0 = all of them. */
  recurFor: number;
  /** "15% off the first payment and every renewal", "€4.60 off the first payment". */
  summary: string;
  /** Conditions only WHMCS can check when the order is placed ("New customers only."). */
  conditions: string[];
}

export interface PricedCartItem {
  item: CartItem;
  /** The product as the catalogue sells it now; null when it is no longer sold. */
  product: Product | null;
  /**
   * The price of `configuration` in the cart's currency, before any discount; null when the
   * product is gone or not sold in that currency.
   */
  breakdown: PriceBreakdown | null;
  /**
   * What is priced and ordered: the item's configuration, or (when the catalogue changed under
   * it) the nearest valid one, which `problems` describes. Null when nothing can be priced.
   */
  configuration: Configuration | null;
  /** Promotion discount on the first payment (minor units, for the whole line). */
  discount: Minor;
  /** Promotion discount on each renewal (minor units, for the whole line). */
  recurringDiscount: Minor;
  /** What changed since the item was added, in words: product gone, cycle gone, option gone, price changed, sold out. */
  problems: string[];
  /** A problem the customer must resolve (edit, accept the change, or remove) before ordering. */
  blocking: boolean;
}

export interface PricedCartDomain {
  domain: CartDomain;
  /** The TLD as sold now; null when the shop no longer sells it. */
  tld: Tld | null;
  /** The price of its type, period and extras now, before any discount; null when it cannot be priced. */
  price: DomainPrice | null;
  /** Promotion discount on the first payment. */
  discount: Minor;
  /** Promotion discount on each renewal. */
  recurringDiscount: Minor;
  /** What needs the customer: TLD gone, period gone, details missing, price changed. */
  problems: string[];
  blocking: boolean;
}

export interface PricedCart {
  currency: CurrencyFormat & { code: string; format?: number };
  items: PricedCartItem[];
  domains: PricedCartDomain[];
  promotion: AppliedPromotion | null;
  /** Why the applied code takes nothing off (expired, used up, not for these products...). */
  promoProblem: string | null;
  totals: {
    dueTodayBeforeDiscount: Minor;
    discount: Minor;
    dueToday: Minor;
    /** Per recurring cycle present in the cart, shortest first, after renewal discounts. */
    recurring: { cycle: BillingCycle; amount: Minor }[];
    /** Domain renewals per period in years, shortest first, after renewal discounts. */
    domainRenewals: { years: number; amount: Minor }[];
  };
  /** False when the cart is empty or any item or domain has a blocking problem. */
  orderable: boolean;
  /** The tax for the customer's place (lib/cart/tax), once the page knows the place; totals above are before tax. */
  tax?: CartTax;
}

/** What an action hands back to the component that called it. */
export type CartActionResult =
  | { ok: true; message: string; count: number }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** GET /api/cart: what the badge (and the configurator's edit mode) needs. */
export interface CartSummary {
  /** Units in the cart (the sum of the items' quantities). */
  count: number;
  items: { id: string; pid: number; quantity: number }[];
  /** The domains in the cart (ASCII), so a search can say "in your cart". */
  domains: { id: string; domain: string; type: DomainOrderType; hostingItemId: string | null }[];
}
