/**
 * The domain types the WHMCS seam hands to the rest of the app. Nothing here speaks the wire
 * format: numbers are numbers, money is integer minor units (cents), text is HTML-decoded,
 * optional lists are arrays. Type-only, so client components may import it.
 */

/** An amount in minor units of its currency (cents). WHMCS money always has two decimals. */
export type Minor = number;

export const RECURRING_CYCLES = ['monthly', 'quarterly', 'semiannually', 'annually', 'biennially', 'triennially'] as const;
export type RecurringCycle = (typeof RECURRING_CYCLES)[number];
/** Every billing cycle AddOrder accepts. */
export type BillingCycle = RecurringCycle | 'onetime' | 'free';
export const BILLING_CYCLES: readonly BillingCycle[] = ['free', 'onetime', ...RECURRING_CYCLES];

export type PayType = 'recurring' | 'onetime' | 'free';

/** `allowqty`: none, several separate services, or one service that scales with the quantity. */
export type QuantityMode = 'none' | 'multiple' | 'scaling';

export interface CyclePrice {
  price: Minor;
  setupFee: Minor;
}

export interface CurrencyFormat {
  code: string;
  prefix: string;
  suffix: string;
}

/** A product's prices in one currency: only the enabled cycles are present. */
export interface ProductPricing extends CurrencyFormat {
  /**
   * Recurring products: each enabled recurring cycle. One-time products: `onetime` only.
   * Free products: `free` only, at zero.
   */
  cycles: Partial<Record<BillingCycle, CyclePrice>>;
}

export type ConfigOptionKind = 'dropdown' | 'radio' | 'yesno' | 'quantity';

export interface ConfigChoice {
  id: number;
  name: string;
  /**
   * Price per currency code and cycle. For one-time products WHMCS prices options in the monthly
   * column; the seam copies it to `onetime` so callers never need to know. Free: absent (zero).
   */
  pricing: Record<string, Partial<Record<BillingCycle, CyclePrice>>>;
}

export interface ConfigOption {
  id: number;
  name: string;
  kind: ConfigOptionKind;
  /** Quantity options only: bounds, null when WHMCS says 0 (no limit). */
  minQty: number | null;
  maxQty: number | null;
  /** Dropdown/radio: the choices. Yes/no and quantity: exactly one (the priced unit). */
  choices: ConfigChoice[];
}

export interface CustomField {
  id: number;
  name: string;
  description: string;
  required: boolean;
}

export type ProductType = 'hostingaccount' | 'reselleraccount' | 'server' | 'other';

export interface Product {
  pid: number;
  gid: number;
  type: ProductType;
  name: string;
  slug: string;
  /** The path segment after `/store/` in `product_url`; the only group identity the API gives. */
  groupSlug: string;
  /** HTML-decoded, line breaks normalised to `\n`. */
  description: string;
  module: string;
  payType: PayType;
  quantityMode: QuantityMode;
  /** Units left when stock control is on; null when it is off (unlimited). */
  stockLevel: number | null;
  /** Keyed by currency code (`USD`). */
  pricing: Record<string, ProductPricing>;
  configOptions: ConfigOption[];
  customFields: CustomField[];
  /**
   * The addons offered with it. GetProducts says nothing about addons: the catalogue fills this
   * in (from the companion, or the shop's settings); absent means none.
   */
  addons?: ProductAddon[];
}

export interface Currency extends CurrencyFormat {
  id: number;
  /** WHMCS's format code 1..4 (1234.56, 1,234.56, 1.234,56, 1,234). */
  format: number;
  rate: string;
}

export interface PaymentMethod {
  module: string;
  displayName: string;
}

export type PromotionType = 'percentage' | 'fixed' | 'priceOverride' | 'freeSetup';

export interface Promotion {
  id: number;
  code: string;
  type: PromotionType;
  /** Applies to renewals too, not only the first payment. */
  recurring: boolean;
  /** Recurring for this many renewals only; 0 = forever. */
  recurFor: number;
  /** Percent (e.g. 15 for 15%) for percentage promotions; an amount in minor units otherwise. */
  value: number;
  /** Billing cycles it applies to; empty = all. */
  cycles: BillingCycle[];
  /** Product ids it applies to. As in WHMCS, a promotion applies only to the products listed. */
  appliesTo: number[];
  /** ISO dates (YYYY-MM-DD) or null when unset (0000-00-00). */
  startDate: string | null;
  expirationDate: string | null;
  /** 0 = unlimited. */
  maxUses: number;
  uses: number;
  applyOnce: boolean;
  newSignups: boolean;
  existingClient: boolean;
  oncePerClient: boolean;
  notes: string;
}

export interface User {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  clients: { id: number; isOwner: boolean }[];
}

export interface LoginResult {
  userId: number;
  twoFactorEnabled: boolean;
}

export interface NewClient {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  address1: string;
  city: string;
  state: string;
  postcode: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phoneNumber: string;
  companyName?: string;
  currencyId?: number;
  /** A business's VAT number or tax id (AddClient `tax_id`, WHMCS 7.7+); WHMCS may exempt the client for it. */
  taxId?: string;
}

export interface Client {
  id: number;
  firstName: string;
  lastName: string;
  companyName: string;
  email: string;
  status: string;
  currencyId: number;
  currencyCode: string;
  country: string;
  /** As WHMCS stores it (US: the state's name); what its tax rules are matched against. */
  state: string;
  /** VAT number / tax id ('' when none). */
  taxId: string;
  /** WHMCS charges this client no tax (set by an admin, or by the EU VAT exemption at sign-up). */
  taxExempt: boolean;
}

export type ServiceStatus = 'Pending' | 'Active' | 'Suspended' | 'Terminated' | 'Cancelled' | 'Fraud' | 'Completed';

/** A client's service as GetClientsProducts describes it, minus secrets (no password). */
export interface Service {
  id: number;
  clientId: number;
  orderId: number;
  pid: number;
  name: string;
  groupName: string;
  domain: string;
  status: ServiceStatus;
  /** Display name as WHMCS gives it: `Monthly`, `Semi-Annually`, `One Time`, `Free Account`. */
  billingCycle: string;
  quantity: number;
  firstPaymentAmount: Minor;
  recurringAmount: Minor;
  paymentMethod: string;
  paymentMethodName: string;
  registrationDate: string | null;
  nextDueDate: string | null;
  configOptions: { id: number; name: string; kind: ConfigOptionKind | null; value: string }[];
  customFields: { id: number; name: string; value: string }[];
}

export interface ServicePage {
  total: number;
  start: number;
  services: Service[];
}

/** One product line of an order as the storefront sends it. */
export interface OrderItem {
  pid: number;
  billingCycle: BillingCycle;
  quantity: number;
  domain?: string;
  /** config option id -> choice id (dropdown/radio), 0|1 (yes/no) or a count (quantity). */
  configOptions: Record<number, number>;
  /** custom field id -> value. */
  customFields: Record<number, string>;
  /** Product addons to create with the service; `quantity` counts only for addons that allow one. */
  addons?: { id: number; quantity: number }[];
  /** Products of type `server`: what WHMCS's order form asks for a VPS or dedicated server. */
  server?: ServerDetails;
}

interface ServerDetails {
  hostname: string;
  /** Sent to WHMCS once, with the order; never kept in clear by the shop. */
  rootPassword: string;
  ns1Prefix: string;
  ns2Prefix: string;
}

/** An addon of a client's service, as GetClientsAddons describes it. */
export interface ClientAddon {
  id: number;
  clientId: number;
  orderId: number;
  serviceId: number;
  /** The catalogue addon (0 for a custom one). */
  addonId: number;
  name: string;
  quantity: number;
  setupFee: Minor;
  recurringAmount: Minor;
  /** Display name as WHMCS gives it (`Monthly`, `One Time`). */
  billingCycle: string;
  status: string;
  registrationDate: string | null;
  nextDueDate: string | null;
}

export interface OrderRequest {
  clientId: number;
  paymentMethod: string;
  items: OrderItem[];
  /** Registrations and transfers, with or without products. */
  domains?: DomainOrderItem[];
  /** Renewals of domains the client holds. */
  renewals?: DomainRenewal[];
  /** Up to five nameservers for every domain of the order. */
  nameservers?: string[];
  promoCode?: string;
  clientIp?: string;
  /** The affiliate who referred the customer (`affid`); server side only. */
  affiliateId?: number;
  /** Services and service addons to renew now (`servicerenewals[]`, `addonrenewals[]`). */
  serviceRenewals?: number[];
  addonRenewals?: number[];
  /** Product addons for services the client already has (`addonids[]` with `serviceids[]`). */
  serviceAddons?: { addonId: number; serviceId: number }[];
}

export interface PlacedOrder {
  orderId: number;
  serviceIds: number[];
  invoiceId: number | null;
}

export interface OrderLine {
  type: string;
  relId: number;
  product: string;
  domain: string;
  billingCycle: string;
  amount: Minor;
  status: string;
}

export interface Order {
  id: number;
  orderNumber: string;
  clientId: number;
  date: string;
  status: string;
  paymentStatus: string;
  paymentMethod: string;
  amount: Minor;
  currencyCode: string;
  promoCode: string;
  invoiceId: number | null;
  lines: OrderLine[];
  /** What the order renews (WHMCS 8.8+ `renewalsByType`), by service and service addon id. */
  renewals: { services: number[]; addons: number[] };
}

export interface OrderPage {
  total: number;
  orders: Order[];
}

type InvoiceStatus = 'Draft' | 'Unpaid' | 'Paid' | 'Cancelled' | 'Refunded' | 'Collections' | 'Payment Pending';

/** An invoice as GetInvoice describes it. Amounts in minor units of the client's currency (GetInvoice names none). */
export interface Invoice {
  id: number;
  clientId: number;
  /** WHMCS's status; an unknown one is kept as sent. */
  status: InvoiceStatus | string;
  date: string | null;
  dueDate: string | null;
  datePaid: string | null;
  /** Before tax (inclusive prices: less the tax in them). */
  subtotal: Minor;
  /** Both levels: `tax` + `tax2`. */
  tax: Minor;
  /** Each level WHMCS charged (`taxrate`/`tax`, `taxrate2`/`tax2`), leaving out a level with rate and amount 0. */
  taxLevels: { level: 1 | 2; /** Percent. */ rate: number; amount: Minor }[];
  total: Minor;
  /** What is left to pay. */
  balance: Minor;
  paymentMethod: string;
  items: { description: string; amount: Minor; taxed: boolean }[];
}

/** A payment to record with AddInvoicePayment. */
export interface InvoicePayment {
  invoiceId: number;
  /** The gateway's transaction id (WHMCS requires one). */
  transactionId: string;
  /** Gateway module name, e.g. `paypal`. */
  gateway: string;
  /** When it was paid; WHMCS stores the date and time. */
  date: Date;
  /** Minor units; the invoice's balance when left out. */
  amount?: Minor;
}

/** The domain extras WHMCS sells per TLD, by their AddOrder names. */
export const DOMAIN_EXTRAS = ['dnsmanagement', 'emailforwarding', 'idprotection'] as const;
export type DomainExtra = (typeof DOMAIN_EXTRAS)[number];

/** A price for a number of years. */
export interface YearPrice {
  years: number;
  price: Minor;
}

/** One TLD as GetTLDPricing describes it, in one currency. */
export interface Tld {
  /** Without the dot: `com`, `co.uk`. */
  tld: string;
  categories: string[];
  /** WHMCS's label: `hot`, `new`, `sale`, or '' for none. */
  group: string;
  /** The extras this TLD offers. */
  extras: Record<DomainExtra, boolean>;
  /** By years, ascending; empty when the kind is not offered (a TLD without transfer prices cannot be transferred). */
  register: YearPrice[];
  transfer: YearPrice[];
  renew: YearPrice[];
}

export interface TldPricing {
  currencyCode: string;
  tlds: Tld[];
}

export type DomainAvailability = 'available' | 'unavailable';

/** A domain a client holds, as GetClientsDomains lists it. */
export interface ClientDomain {
  id: number;
  clientId: number;
  orderId: number;
  /** `Register` or `Transfer` (as WHMCS spells it). */
  type: string;
  /** For people: Unicode. */
  domain: string;
  /** What WHMCS stores and wants back (punycode for IDNs), e.g. for `domainrenewals`. */
  asciiDomain: string;
  years: number;
  firstPayment: Minor;
  recurring: Minor;
  registrationDate: string | null;
  expiryDate: string | null;
  nextDueDate: string | null;
  /** Pending, Pending Transfer, Active, Grace, Redemption, Expired, Transferred Away, Cancelled, Fraud. */
  status: string;
  extras: Record<DomainExtra, boolean>;
  autoRenew: boolean;
  paymentMethod: string;
}

export interface ClientDomainPage {
  total: number;
  start: number;
  domains: ClientDomain[];
}

/** A domain registration or transfer as the storefront sends it. */
export interface DomainOrderItem {
  type: 'register' | 'transfer';
  /** ASCII (punycode) form. */
  domain: string;
  years: number;
  extras: Record<DomainExtra, boolean>;
  /** Transfers: the code from the current registrar. */
  eppCode?: string;
  /** IDN names on TLDs that need it: WHMCS's language code (`ger`, `fre`). */
  idnLanguage?: string;
  /** The TLD's additional fields by name (`Nexus Category` -> `C11`). */
  fields?: Record<string, string>;
}

interface DomainRenewal {
  /** As WHMCS stores it (ASCII). */
  domain: string;
  years: number;
}

/* What the Hostfront companion (companion/, custom API actions) adds to WHMCS's API. */

/** HostfrontVersion. */
export interface CompanionInfo {
  version: string;
  whmcsVersion: string;
  actions: string[];
}

/** A product group as WHMCS's admin names it (HostfrontGetProductGroups). */
export interface ProductGroupInfo {
  id: number;
  name: string;
  slug: string;
  headline: string;
  tagline: string;
  order: number;
  hidden: boolean;
  products: { pid: number; slug: string; order: number; hidden: boolean; retired: boolean }[];
}

/**
 * A product addon (HostfrontGetProductAddons); retired addons are left out. Pricing like a
 * product's: per currency code, only enabled cycles (recurring addons), `onetime` or `free`.
 */
export interface ProductAddon {
  id: number;
  name: string;
  /** HTML-decoded, line breaks normalised to `\n`. */
  description: string;
  /** The products it can be ordered with. */
  productIds: number[];
  payType: PayType;
  /** WHMCS lets the customer choose how many (`allowqty`). */
  quantityAllowed: boolean;
  /** Offered on the product's order form (WHMCS's "Show on Order" on and not hidden). */
  offeredOnOrder: boolean;
  taxed: boolean;
  pricing: Record<string, ProductPricing>;
}

/** Domain extras prices per year (HostfrontGetDomainExtras). */
export interface DomainExtras {
  /** By currency code. */
  pricing: Record<string, CurrencyFormat & { dnsManagement: Minor; emailForwarding: Minor; idProtection: Minor }>;
  /** Which extras each extension (`.com`) offers. */
  extensions: { extension: string; dnsManagement: boolean; emailForwarding: boolean; idProtection: boolean }[];
}

/** WHMCS's tax settings and rules (HostfrontGetTaxRules). */
export interface TaxRules {
  enabled: boolean;
  /** Prices include tax (WHMCS "Inclusive") rather than having it added. */
  inclusive: boolean;
  /** Level 2 tax is charged on top of level 1. */
  compoundLevel2: boolean;
  domainsTaxed: boolean;
  rules: { id: number; level: 1 | 2; name: string; country: string; state: string; /** Percent, e.g. 19 or 6.25. */ rate: number }[];
  taxedProductIds: number[];
  taxedAddonIds: number[];
}
