import type Database from 'better-sqlite3';
import type { PriceRow } from './billing';

/** Typed rows of the sandbox tables (see schema.ts) and the small lookups every action shares. */
export type Db = Database.Database;

export interface CurrencyRow {
  id: number;
  code: string;
  prefix: string;
  suffix: string;
  format: number;
  rate: string;
  is_default: number;
}

export interface GroupRow {
  id: number;
  name: string;
  slug: string;
  headline: string;
  tagline: string;
  sort_order: number;
  hidden: number;
}

export interface ProductRow {
  id: number;
  gid: number;
  type: string;
  name: string;
  slug: string;
  description: string;
  servertype: string;
  server_id: number;
  paytype: 'recurring' | 'onetime' | 'free';
  allowqty: number;
  stockcontrol: number;
  qty: number;
  sort_order: number;
  hidden: number;
  tax: number;
}

export interface ConfigOptionRow {
  id: number;
  gid: number;
  optionname: string;
  optiontype: number;
  qtyminimum: number;
  qtymaximum: number;
  sort_order: number;
}

export interface SubOptionRow {
  id: number;
  configid: number;
  optionname: string;
  sort_order: number;
}

export interface CustomFieldRow {
  id: number;
  relid: number;
  fieldname: string;
  fieldtype: string;
  description: string;
  fieldoptions: string;
  required: number;
  showorder: number;
  adminonly: number;
  sort_order: number;
}

export interface UserRow {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  password: string;
  second_factor: number;
  created_at: string;
}

export interface ClientRow {
  id: number;
  uuid: string;
  firstname: string;
  lastname: string;
  companyname: string;
  email: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
  phonenumber: string;
  tax_id: string;
  taxexempt: number;
  currency: number;
  status: string;
  language: string;
  notes: string;
  groupid: number;
  credit: number;
  ip: string;
  datecreated: string;
}

export interface OrderRow {
  id: number;
  ordernum: string;
  userid: number;
  contactid: number;
  requestor_id: number;
  admin_requestor_id: number;
  date: string;
  nameservers: string;
  promocode: string;
  promotype: string;
  promovalue: string;
  amount: number;
  paymentmethod: string;
  invoiceid: number;
  status: string;
  ipaddress: string;
  notes: string;
}

export interface ServiceRow {
  id: number;
  userid: number;
  orderid: number;
  packageid: number;
  server: number;
  regdate: string;
  domain: string;
  paymentmethod: string;
  qty: number;
  firstpaymentamount: number;
  amount: number;
  billingcycle: string;
  nextduedate: string;
  nextinvoicedate: string;
  domainstatus: string;
  username: string;
  password: string;
  notes: string;
  subscriptionid: string;
  promoid: number;
  suspendreason: string;
  dedicatedip: string;
  assignedips: string;
  ns1: string;
  ns2: string;
}

export interface InvoiceRow {
  id: number;
  userid: number;
  invoicenum: string;
  date: string;
  duedate: string;
  datepaid: string;
  subtotal: number;
  credit: number;
  tax: number;
  tax2: number;
  taxrate: string;
  taxrate2: string;
  total: number;
  status: string;
  paymentmethod: string;
  notes: string;
}

export interface InvoiceItemRow {
  id: number;
  invoiceid: number;
  userid: number;
  type: string;
  relid: number;
  description: string;
  amount: number;
  taxed: number;
  duedate: string;
  paymentmethod: string;
}

export interface PromotionRow {
  id: number;
  code: string;
  type: 'Percentage' | 'Fixed Amount' | 'Price Override' | 'Free Setup';
  recurring: number;
  value: number;
  cycles: string;
  appliesto: string;
  requires: string;
  requiresexisting: number;
  startdate: string;
  expirationdate: string;
  maxuses: number;
  uses: number;
  lifetimepromo: number;
  applyonce: number;
  newsignups: number;
  existingclient: number;
  onceperclient: number;
  recurfor: number;
  upgrades: number;
  upgradeconfig: string;
  notes: string;
}

export interface AddonRow {
  id: number;
  name: string;
  description: string;
  packages: string;
  paytype: 'recurring' | 'onetime' | 'free';
  allowqty: number;
  showorder: number;
  hidden: number;
  retired: number;
  tax: number;
  weight: number;
}

export function currencyById(db: Db, id: number): CurrencyRow | undefined {
  return db.prepare('SELECT * FROM currencies WHERE id = ?').get(id) as CurrencyRow | undefined;
}

export function defaultCurrency(db: Db): CurrencyRow {
  const row = db.prepare('SELECT * FROM currencies ORDER BY is_default DESC, id ASC LIMIT 1').get() as CurrencyRow | undefined;
  if (!row) throw new Error('The sandbox has no currencies');
  return row;
}

/** The client's currency; WHMCS falls back to the default when the client's one is gone. */
export function clientCurrency(db: Db, client: ClientRow): CurrencyRow {
  return currencyById(db, client.currency) ?? defaultCurrency(db);
}

export function clientById(db: Db, id: number): ClientRow | undefined {
  return db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
}

export function productById(db: Db, id: number): ProductRow | undefined {
  return db.prepare('SELECT * FROM products WHERE id = ?').get(id) as ProductRow | undefined;
}

export function groupById(db: Db, id: number): GroupRow | undefined {
  return db.prepare('SELECT * FROM product_groups WHERE id = ?').get(id) as GroupRow | undefined;
}

export function pricingRow(db: Db, type: 'product' | 'configoptions' | 'addon', relid: number, currency: number): PriceRow | undefined {
  return db
    .prepare(
      `SELECT msetupfee, qsetupfee, ssetupfee, asetupfee, bsetupfee, tsetupfee,
              monthly, quarterly, semiannually, annually, biennially, triennially
         FROM pricing WHERE type = ? AND relid = ? AND currency = ?`,
    )
    .get(type, relid, currency) as PriceRow | undefined;
}

/** Config options linked to a product, in WHMCS's order (option order, then id). */
export function productConfigOptions(db: Db, pid: number): ConfigOptionRow[] {
  return db
    .prepare(
      `SELECT o.* FROM config_options o
         JOIN config_links l ON l.gid = o.gid
        WHERE l.pid = ?
        ORDER BY o.sort_order ASC, o.id ASC`,
    )
    .all(pid) as ConfigOptionRow[];
}

export function subOptions(db: Db, configId: number): SubOptionRow[] {
  return db
    .prepare('SELECT * FROM config_suboptions WHERE configid = ? ORDER BY sort_order ASC, id ASC')
    .all(configId) as SubOptionRow[];
}

export function productCustomFields(db: Db, pid: number): CustomFieldRow[] {
  return db
    .prepare('SELECT * FROM custom_fields WHERE relid = ? ORDER BY sort_order ASC, id ASC')
    .all(pid) as CustomFieldRow[];
}

/** Active payment gateway modules in display order. */
export function gatewayModules(db: Db): { module: string; display_name: string }[] {
  return db.prepare('SELECT module, display_name FROM payment_gateways ORDER BY sort_order ASC, module ASC').all() as {
    module: string;
    display_name: string;
  }[];
}
