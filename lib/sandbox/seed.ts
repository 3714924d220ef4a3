import { seedDemoDomains } from './domains/seed';
import crypto from 'node:crypto';
import { RECURRING_CYCLES, SETUP_COLUMN, type RecurringCycle } from './billing';
import { addDays, ymdHms } from './dates';
import { cents } from './money';
import { payInvoiceInFull } from './orders/lifecycle';
import { writeOrder, type OrderLine } from './orders/write-order';
import { hashPassword } from './password';
import { clientById, type Db } from './rows';

/**
 * The demo shop the sandbox starts with: a catalogue that exercises everything the storefront
 * must handle (several cycles with setup fees and disabled cycles, one-time and free products,
 * both quantity modes, stock control and a sold-out product, all four config option types,
 * required and optional custom fields, three currencies), two promotions, and a few customers
 * with services, orders and invoices. Text is stored HTML-encoded, as WHMCS stores it.
 */

export interface SeedGroup {
  id: number;
  slug: string;
  name: string;
  headline: string;
  tagline: string;
  order: number;
}

export const SEED_GROUPS: readonly SeedGroup[] = [
  {
    id: 1,
    slug: 'shared-hosting',
    name: 'Shared Hosting',
    headline: 'Fast, simple web hosting',
    tagline: 'Everything a website needs: SSL, backups and email included.',
    order: 1,
  },
  {
    id: 2,
    slug: 'vps',
    name: 'Cloud VPS',
    headline: 'Your own virtual server',
    tagline: 'Root access, NVMe storage and your choice of operating system.',
    order: 2,
  },
  {
    id: 3,
    slug: 'email',
    name: 'Business Email',
    headline: 'Email on your own domain',
    tagline: 'Professional mailboxes with spam filtering and webmail.',
    order: 4,
  },
  {
    id: 4,
    slug: 'dedicated',
    name: 'Dedicated Servers',
    headline: 'A whole machine, just for you',
    tagline: 'Bare-metal performance with no neighbours.',
    order: 3,
  },
];

/** Currency rates to the default (USD); EUR and GBP prices are the USD ones converted at these. */
const CURRENCIES = [
  { id: 1, code: 'USD', prefix: '$', suffix: ' USD', format: 1, rate: '1.00000', isDefault: 1 },
  { id: 2, code: 'EUR', prefix: '€', suffix: ' EUR', format: 3, rate: '0.92000', isDefault: 0 },
  { id: 3, code: 'GBP', prefix: '£', suffix: ' GBP', format: 1, rate: '0.79000', isDefault: 0 },
] as const;

const GATEWAYS = [
  { module: 'paypal', name: 'PayPal' },
  { module: 'mailin', name: 'Mail In Payment' },
  { module: 'stripe', name: 'Credit Card' },
] as const;

/** USD prices in major units per cycle: `price` or `[price, setupFee]`; missing cycles are off. */
type CyclePrices = Partial<Record<RecurringCycle, number | readonly [number, number]>>;

interface SeedField {
  id: number;
  name: string;
  description: string;
  required?: boolean;
  showOnOrder?: boolean;
  adminOnly?: boolean;
}

interface SeedProduct {
  id: number;
  gid: number;
  type: 'hostingaccount' | 'server' | 'other';
  name: string;
  slug: string;
  description: string;
  module: string;
  serverId: number;
  paytype: 'recurring' | 'onetime' | 'free';
  allowqty: 0 | 1 | 2;
  /** Units in stock when stock control is on. */
  stock?: number;
  order: number;
  prices: CyclePrices;
  fields: SeedField[];
}

const lines = (...items: string[]) => items.join('\r\n');

export const SEED_PRODUCTS: readonly SeedProduct[] = [
  {
    id: 1,
    gid: 1,
    type: 'hostingaccount',
    name: 'Starter',
    slug: 'starter',
    description: lines('Disk Space: 10 GB', 'Bandwidth: Unmetered', 'Websites: 1', 'Email Accounts: 10', 'Free SSL &amp; Daily Backups'),
    module: 'cpanel',
    serverId: 1,
    paytype: 'recurring',
    allowqty: 0,
    order: 1,
    prices: { monthly: [4.99, 5], quarterly: 14.37, semiannually: 27.54, annually: 49.9 },
    fields: [
      { id: 1, name: 'Site purpose', description: 'What will the site be used for? (for example: blog, shop, portfolio)', showOnOrder: true },
      { id: 2, name: 'Migration notes', description: 'Staff only', adminOnly: true },
    ],
  },
  {
    id: 2,
    gid: 1,
    type: 'hostingaccount',
    name: 'Plus',
    slug: 'plus',
    description: lines('Disk Space: 25 GB to 100 GB', 'Bandwidth: Unmetered', 'Websites: Unlimited', 'Email Accounts: Unlimited', 'Free SSL, CDN &amp; Daily Backups'),
    module: 'cpanel',
    serverId: 1,
    paytype: 'recurring',
    allowqty: 0,
    order: 2,
    prices: { monthly: 9.99, quarterly: 28.47, semiannually: 53.94, annually: 99.9, biennially: 179.82 },
    fields: [{ id: 3, name: 'WordPress admin email', description: 'Leave empty if you will not use WordPress', showOnOrder: true }],
  },
  {
    id: 3,
    gid: 1,
    type: 'other',
    name: 'Website Migration',
    slug: 'website-migration',
    description: lines('We move one website to us for you', 'Files, databases &amp; email', 'Zero downtime switch-over'),
    module: '',
    serverId: 0,
    paytype: 'onetime',
    allowqty: 1,
    order: 3,
    prices: { monthly: [49, 0] },
    fields: [
      { id: 4, name: 'Current host', description: 'Who hosts the website today?', required: true, showOnOrder: true },
      { id: 5, name: 'Website address', description: 'For example https://www.example.com', required: true, showOnOrder: true },
    ],
  },
  {
    id: 4,
    gid: 2,
    type: 'server',
    name: 'VPS Small',
    slug: 'vps-small',
    description: lines('vCPU: 2 cores', 'RAM: 2 GB', 'NVMe Storage: 40 GB', 'Traffic: 2 TB', 'IPv4 &amp; IPv6'),
    module: 'autorelease',
    serverId: 2,
    paytype: 'recurring',
    allowqty: 0,
    order: 1,
    prices: { monthly: 12, quarterly: 34.2, annually: 129.6 },
    fields: [
      {
        id: 6,
        name: 'Intended use',
        description: 'Tell us briefly what the server will run (for example: web shop, game server, CI runner)',
        required: true,
      },
    ],
  },
  {
    id: 5,
    gid: 2,
    type: 'server',
    name: 'VPS Large',
    slug: 'vps-large',
    description: lines('vCPU: 8 cores', 'RAM: 16 GB', 'NVMe Storage: 200 GB', 'Traffic: 10 TB', 'IPv4 &amp; IPv6'),
    module: 'autorelease',
    serverId: 2,
    paytype: 'recurring',
    allowqty: 0,
    order: 2,
    prices: { monthly: [36, 10], quarterly: [102.6, 10], semiannually: 194.4, annually: 367.2 },
    fields: [
      {
        id: 7,
        name: 'Intended use',
        description: 'Tell us briefly what the server will run (for example: web shop, game server, CI runner)',
        required: true,
      },
    ],
  },
  {
    id: 6,
    gid: 3,
    type: 'other',
    name: 'Business Mail',
    slug: 'business-mail',
    description: lines('Price per mailbox', 'Spam &amp; virus filtering', 'Webmail, IMAP and calendar', 'Choose how many mailboxes you need'),
    module: '',
    serverId: 0,
    paytype: 'recurring',
    allowqty: 2,
    order: 2,
    prices: { monthly: 3, annually: 30 },
    fields: [{ id: 8, name: 'Email domain', description: 'The domain the mailboxes will use', showOnOrder: true }],
  },
  {
    id: 7,
    gid: 3,
    type: 'other',
    name: 'Free Mailbox',
    slug: 'free-mailbox',
    description: lines('1 mailbox', '1 GB storage', 'Webmail'),
    module: '',
    serverId: 0,
    paytype: 'free',
    allowqty: 0,
    order: 1,
    prices: {},
    fields: [],
  },
  {
    id: 8,
    gid: 4,
    type: 'server',
    name: 'Dedicated Ryzen',
    slug: 'dedicated-ryzen',
    description: lines('CPU: AMD Ryzen 7 7700 (8 cores)', 'RAM: 64 GB DDR5', 'Storage: 2 x 1 TB NVMe', 'Traffic: Unmetered 1 Gbit/s'),
    module: '',
    serverId: 0,
    paytype: 'recurring',
    allowqty: 0,
    stock: 3,
    order: 1,
    prices: { monthly: [89, 49], annually: 979 },
    fields: [],
  },
  {
    id: 9,
    gid: 4,
    type: 'server',
    name: 'Dedicated Xeon',
    slug: 'dedicated-xeon',
    description: lines('CPU: Intel Xeon E-2388G (8 cores)', 'RAM: 128 GB ECC', 'Storage: 2 x 2 TB NVMe', 'Traffic: Unmetered 1 Gbit/s'),
    module: '',
    serverId: 0,
    paytype: 'recurring',
    allowqty: 0,
    stock: 0,
    order: 2,
    prices: { monthly: [149, 99], annually: 1639 },
    fields: [],
  },
];

interface SeedSubOption {
  id: number;
  name: string;
  /** USD per month; other cycles are multiples of it. */
  monthly: number;
  /** USD setup fee, the same for every cycle. */
  setup?: number;
}

interface SeedConfigOption {
  id: number;
  name: string;
  type: 1 | 2 | 3 | 4;
  min?: number;
  max?: number;
  subs: SeedSubOption[];
}

interface SeedConfigGroup {
  id: number;
  name: string;
  products: number[];
  options: SeedConfigOption[];
}

const SEED_CONFIG_GROUPS: readonly SeedConfigGroup[] = [
  {
    id: 1,
    name: 'Plus disk',
    products: [2],
    options: [
      {
        id: 1,
        name: 'Disk',
        type: 1,
        subs: [
          { id: 1, name: '25 GB', monthly: 0 },
          { id: 2, name: '50 GB', monthly: 3 },
          { id: 3, name: '100 GB', monthly: 6 },
        ],
      },
    ],
  },
  {
    id: 2,
    name: 'VPS options',
    products: [4, 5],
    options: [
      {
        id: 2,
        name: 'Operating System',
        type: 1,
        subs: [
          { id: 4, name: 'Ubuntu 24.04 LTS', monthly: 0 },
          { id: 5, name: 'Debian 12', monthly: 0 },
          { id: 6, name: 'AlmaLinux 9', monthly: 0 },
          { id: 7, name: 'Windows Server 2022', monthly: 15, setup: 10 },
        ],
      },
      {
        id: 3,
        name: 'Location',
        type: 2,
        subs: [
          { id: 8, name: 'New York', monthly: 0 },
          { id: 9, name: 'Frankfurt', monthly: 0 },
          { id: 10, name: 'London', monthly: 1 },
        ],
      },
      { id: 4, name: 'Backups', type: 3, subs: [{ id: 11, name: 'Daily backups', monthly: 2 }] },
      { id: 5, name: 'Extra RAM (GB)', type: 4, min: 0, max: 16, subs: [{ id: 12, name: 'GB', monthly: 3 }] },
    ],
  },
  {
    id: 3,
    name: 'VPS Large extras',
    products: [5],
    options: [
      // maxqty 0: no upper limit. A per-unit setup fee, charged per unit ordered.
      { id: 6, name: 'Extra disk (10 GB)', type: 4, min: 0, max: 0, subs: [{ id: 13, name: '10 GB block', monthly: 1.5, setup: 1 }] },
    ],
  },
  {
    id: 4,
    name: 'Mailbox size',
    products: [6],
    options: [
      {
        id: 7,
        name: 'Mailbox size',
        type: 2,
        subs: [
          { id: 14, name: '10 GB', monthly: 0 },
          { id: 15, name: '50 GB', monthly: 1 },
        ],
      },
    ],
  },
];

/** Product addons (USD): recurring ones priced per month like options; the SSL certificate once. */
const ADDONS = [
  { id: 1, name: 'Daily Off-site Backups', description: 'A copy of your data in another datacentre', packages: '1,2,4,5', paytype: 'recurring', allowqty: 0, monthly: 2, setup: 0, tax: 1 },
  { id: 2, name: 'cPanel Licence', description: 'The cPanel & WHM control panel, installed for you', packages: '4,5,8,9', paytype: 'recurring', allowqty: 0, monthly: 15, setup: 5, tax: 1 },
  { id: 3, name: 'Extra IPv4 Address', description: 'An additional dedicated IPv4 address each', packages: '2,4,5,8,9', paytype: 'recurring', allowqty: 1, monthly: 3, setup: 0, tax: 0 },
  { id: 4, name: 'SSL Certificate', description: 'Domain-validated certificate, one year', packages: '1,2', paytype: 'onetime', allowqty: 0, monthly: 29, setup: 0, tax: 1 },
] as const;

/** `appliesto` lists every paid product: in WHMCS a promotion applies to nothing it does not list. */
const PAID_PRODUCTS = SEED_PRODUCTS.filter((p) => p.paytype !== 'free').map((p) => p.id).join(',');

const PROMOTIONS = [
  { id: 1, code: 'SAVE15', type: 'Percentage', recurring: 1, value: 15, applyonce: 0, notes: '15% off for as long as you keep the service' },
  { id: 2, code: 'WELCOME5', type: 'Fixed Amount', recurring: 0, value: 5, applyonce: 1, notes: '5.00 off the first payment' },
] as const;

interface SeedPerson {
  id: number;
  firstname: string;
  lastname: string;
  companyname: string;
  email: string;
  password: string;
  address1: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
  phonenumber: string;
  currency: number;
  status: 'Active' | 'Closed';
  twoFactor: boolean;
  /** VAT number; with it an EU business outside the home country is tax exempt. */
  taxId?: string;
  taxExempt?: boolean;
}

/** Demo customers. User N owns client N. */
const SEED_PEOPLE: readonly SeedPerson[] = [
  {
    id: 1,
    firstname: 'Demo',
    lastname: 'Customer',
    companyname: 'Demo Shop Ltd',
    email: 'demo@example.com',
    password: 'demo1234',
    address1: '1 Demo Street',
    city: 'Springfield',
    state: 'Oregon',
    postcode: '97403',
    country: 'US',
    phonenumber: '+1.5415550100',
    currency: 1,
    status: 'Active',
    twoFactor: false,
  },
  {
    id: 2,
    firstname: 'Olivia',
    lastname: 'Other',
    companyname: '',
    email: 'other@example.com',
    password: 'other1234',
    address1: 'Hauptstraße 5',
    city: 'Berlin',
    state: 'Berlin',
    postcode: '10115',
    country: 'DE',
    phonenumber: '+49.301234567',
    currency: 2,
    status: 'Active',
    twoFactor: false,
  },
  {
    id: 3,
    firstname: 'Carl',
    lastname: 'Closed',
    companyname: '',
    email: 'closed@example.com',
    password: 'closed1234',
    address1: '3 Old Road',
    city: 'Leeds',
    state: 'West Yorkshire',
    postcode: 'LS1 4AP',
    country: 'GB',
    phonenumber: '+44.1130000000',
    currency: 3,
    status: 'Closed',
    twoFactor: false,
  },
  {
    id: 4,
    firstname: 'Tess',
    lastname: 'Twofactor',
    companyname: '',
    email: 'twofactor@example.com',
    password: 'demo1234',
    address1: '4 Secure Lane',
    city: 'Manchester',
    state: 'Greater Manchester',
    postcode: 'M1 1AE',
    country: 'GB',
    phonenumber: '+44.1610000000',
    currency: 3,
    status: 'Active',
    twoFactor: true,
  },
  // Tax demo accounts: a consumer in GB paying 20 % VAT, an EU business exempt by its VAT
  // number, a customer in Texas paying state sales tax (see SEED_TAX_RULES).
  {
    id: 5,
    firstname: 'Grace',
    lastname: 'Bennett',
    companyname: '',
    email: 'gb@example.com',
    password: 'demo1234',
    address1: '10 Downing Lane',
    city: 'London',
    state: 'Greater London',
    postcode: 'SW1A 2AA',
    country: 'GB',
    phonenumber: '+44.2070000000',
    currency: 3,
    status: 'Active',
    twoFactor: false,
  },
  {
    id: 6,
    firstname: 'Bruno',
    lastname: 'Marchand',
    companyname: 'Atelier Marchand SARL',
    email: 'business@example.com',
    password: 'demo1234',
    address1: '12 Rue de la Paix',
    city: 'Paris',
    state: 'Île-de-France',
    postcode: '75002',
    country: 'FR',
    phonenumber: '+33.140000000',
    currency: 2,
    status: 'Active',
    twoFactor: false,
    taxId: 'FR40303265045',
    taxExempt: true,
  },
  {
    id: 7,
    firstname: 'Dana',
    lastname: 'Houston',
    companyname: '',
    email: 'texas@example.com',
    password: 'demo1234',
    address1: '500 Congress Avenue',
    city: 'Austin',
    state: 'Texas',
    postcode: '78701',
    country: 'US',
    phonenumber: '+1.5125550100',
    currency: 1,
    status: 'Active',
    twoFactor: false,
  },
];

/**
 * WHMCS's Tax Configuration for the demo (tblconfiguration): tax on, exclusive, level 2
 * compounding, domains taxed, VAT mode with WHMCS's EU exemption for businesses outside the home
 * country (DE), the tax id field on. Change a row (or `TaxType` to `Inclusive`) and POST
 * /api/revalidate to try another mode, as an admin would in WHMCS.
 */
const SEED_TAX_SETTINGS: Readonly<Record<string, string>> = {
  TaxEnabled: 'on',
  TaxType: 'Exclusive',
  TaxL2Compound: 'on',
  TaxPerLineItem: '',
  TaxDomains: 'on',
  TaxInclusiveDeduct: 'on',
  TaxVATEnabled: '1',
  TaxEUTaxExempt: '1',
  TaxEUHomeCountry: 'DE',
  TaxEUHomeCountryNoExempt: '1',
  TaxEUTaxValidation: '',
  TaxIDDisabled: '0',
  TaxVatCustomFieldId: '0',
};

/** tbltax: VAT in DE, GB and FR, Texas sales tax, and Canada's GST with Quebec's QST as level 2. */
const SEED_TAX_RULES = [
  // First: the home country's VAT, which TaxInclusiveDeduct takes out of inclusive prices.
  { id: 1, level: 1, name: 'VAT', country: 'DE', state: '', taxrate: '19.000' },
  { id: 2, level: 1, name: 'VAT', country: 'GB', state: '', taxrate: '20.000' },
  { id: 3, level: 1, name: 'VAT', country: 'FR', state: '', taxrate: '20.000' },
  { id: 4, level: 1, name: 'Sales Tax', country: 'US', state: 'Texas', taxrate: '6.250' },
  { id: 5, level: 1, name: 'GST', country: 'CA', state: '', taxrate: '5.000' },
  { id: 6, level: 2, name: 'QST', country: 'CA', state: 'Quebec', taxrate: '9.975' },
] as const;

/** Products without "Apply Tax": Website Migration, a service sold as labour. */
const UNTAXED_PRODUCTS = [3];

function seedTax(db: Db): void {
  const setting = db.prepare('INSERT INTO settings (setting, value) VALUES (?, ?)');
  for (const [name, value] of Object.entries(SEED_TAX_SETTINGS)) setting.run(name, value);
  const rule = db.prepare('INSERT INTO tax_rules (id, level, name, country, state, taxrate) VALUES (?, ?, ?, ?, ?, ?)');
  for (const r of SEED_TAX_RULES) rule.run(r.id, r.level, r.name, r.country, r.state, r.taxrate);
  db.prepare(`UPDATE products SET tax = 1 WHERE id NOT IN (${UNTAXED_PRODUCTS.join(',')})`).run();
}

// scrypt is deliberately slow; the seed hashes the same few passwords in every fresh database.
const seedHashes = new Map<string, string>();
function seedPasswordHash(password: string): string {
  let hash = seedHashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    seedHashes.set(password, hash);
  }
  return hash;
}

const convert = (usd: number, rate: number) => (usd < 0 ? cents(usd) : Math.round(cents(usd) * rate));

function insertPricing(db: Db, type: string, relid: number, columns: Record<string, number>): void {
  const insert = db.prepare(
    `INSERT INTO pricing (type, relid, currency, msetupfee, qsetupfee, ssetupfee, asetupfee, bsetupfee, tsetupfee,
       monthly, quarterly, semiannually, annually, biennially, triennially)
     VALUES (@type, @relid, @currency, @msetupfee, @qsetupfee, @ssetupfee, @asetupfee, @bsetupfee, @tsetupfee,
       @monthly, @quarterly, @semiannually, @annually, @biennially, @triennially)`,
  );
  for (const currency of CURRENCIES) {
    const converted: Record<string, number> = {};
    for (const [column, usd] of Object.entries(columns)) converted[column] = convert(usd, Number(currency.rate));
    insert.run({ type, relid, currency: currency.id, ...converted });
  }
}

/** Product pricing columns in USD major units: off cycles -1.00, no setup fee 0.00. */
function productColumns(prices: CyclePrices): Record<string, number> {
  const columns: Record<string, number> = {};
  for (const cycle of RECURRING_CYCLES) {
    const spec = prices[cycle];
    const [price, setup] = spec === undefined ? [-1, 0] : typeof spec === 'number' ? [spec, 0] : spec;
    columns[cycle] = price;
    columns[SETUP_COLUMN[cycle]] = setup;
  }
  return columns;
}

/** Option pricing: every cycle is a multiple of the monthly price; the setup fee is the same for all. */
function optionColumns(monthly: number, setup: number): Record<string, number> {
  const months: Record<RecurringCycle, number> = { monthly: 1, quarterly: 3, semiannually: 6, annually: 12, biennially: 24, triennially: 36 };
  const columns: Record<string, number> = {};
  for (const cycle of RECURRING_CYCLES) {
    columns[cycle] = Math.round(monthly * months[cycle] * 100) / 100;
    columns[SETUP_COLUMN[cycle]] = setup;
  }
  return columns;
}

function seedCatalogue(db: Db): void {
  for (const c of CURRENCIES) {
    db.prepare('INSERT INTO currencies (id, code, prefix, suffix, format, rate, is_default) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      c.id,
      c.code,
      c.prefix,
      c.suffix,
      c.format,
      c.rate,
      c.isDefault,
    );
  }
  GATEWAYS.forEach((g, index) =>
    db.prepare('INSERT INTO payment_gateways (module, display_name, sort_order) VALUES (?, ?, ?)').run(g.module, g.name, index + 1),
  );
  db.prepare('INSERT INTO servers (id, name, ipaddress, hostname) VALUES (?, ?, ?, ?)').run(1, 'Saturn', '192.0.2.10', 'saturn.sandbox.example');
  db.prepare('INSERT INTO servers (id, name, ipaddress, hostname) VALUES (?, ?, ?, ?)').run(2, 'Jupiter', '192.0.2.20', 'jupiter.sandbox.example');

  for (const g of SEED_GROUPS) {
    db.prepare('INSERT INTO product_groups (id, name, slug, headline, tagline, sort_order) VALUES (?, ?, ?, ?, ?, ?)').run(
      g.id,
      g.name,
      g.slug,
      g.headline,
      g.tagline,
      g.order,
    );
  }
  for (const p of SEED_PRODUCTS) {
    db.prepare(
      `INSERT INTO products (id, gid, type, name, slug, description, servertype, server_id, paytype, allowqty, stockcontrol, qty, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(p.id, p.gid, p.type, p.name, p.slug, p.description, p.module, p.serverId, p.paytype, p.allowqty, p.stock === undefined ? 0 : 1, p.stock ?? 0, p.order);
    insertPricing(db, 'product', p.id, productColumns(p.prices));
    p.fields.forEach((f, index) =>
      db
        .prepare(
          `INSERT INTO custom_fields (id, relid, fieldname, fieldtype, description, required, showorder, adminonly, sort_order)
           VALUES (?, ?, ?, 'text', ?, ?, ?, ?, ?)`,
        )
        .run(f.id, p.id, f.name, f.description, f.required ? 1 : 0, f.showOnOrder ? 1 : 0, f.adminOnly ? 1 : 0, index),
    );
  }
  for (const group of SEED_CONFIG_GROUPS) {
    db.prepare('INSERT INTO config_groups (id, name) VALUES (?, ?)').run(group.id, group.name);
    for (const pid of group.products) db.prepare('INSERT INTO config_links (gid, pid) VALUES (?, ?)').run(group.id, pid);
    group.options.forEach((option, index) => {
      // Ordered across groups too: WHMCS sorts a product's options by their order, then id.
      db.prepare(
        'INSERT INTO config_options (id, gid, optionname, optiontype, qtyminimum, qtymaximum, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(option.id, group.id, option.name, option.type, option.min ?? 0, option.max ?? 0, group.id * 100 + index);
      option.subs.forEach((sub, subIndex) => {
        db.prepare('INSERT INTO config_suboptions (id, configid, optionname, sort_order) VALUES (?, ?, ?, ?)').run(
          sub.id,
          option.id,
          sub.name,
          subIndex,
        );
        insertPricing(db, 'configoptions', sub.id, optionColumns(sub.monthly, sub.setup ?? 0));
      });
    });
  }
  ADDONS.forEach((addon, index) => {
    db.prepare(
      'INSERT INTO addons (id, name, description, packages, paytype, allowqty, tax, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(addon.id, addon.name, addon.description, addon.packages, addon.paytype, addon.allowqty, addon.tax, index + 1);
    const columns =
      addon.paytype === 'onetime' ? productColumns({ monthly: [addon.monthly, addon.setup] }) : optionColumns(addon.monthly, addon.setup);
    insertPricing(db, 'addon', addon.id, columns);
  });
  for (const promo of PROMOTIONS) {
    db.prepare(
      `INSERT INTO promotions (id, code, type, recurring, value, appliesto, applyonce, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(promo.id, promo.code, promo.type, promo.recurring, cents(promo.value), PAID_PRODUCTS, promo.applyonce, promo.notes);
  }
}

function seedPeople(db: Db, now: Date): void {
  const created = ymdHms(addDays(now, -120));
  for (const person of SEED_PEOPLE) {
    db.prepare(
      'INSERT INTO users (id, first_name, last_name, email, password, second_factor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(person.id, person.firstname, person.lastname, person.email, seedPasswordHash(person.password), person.twoFactor ? 1 : 0, created);
    db.prepare(
      `INSERT INTO clients (id, uuid, firstname, lastname, companyname, email, address1, city, state, postcode, country, phonenumber,
         tax_id, taxexempt, currency, status, datecreated)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      person.id,
      crypto.randomUUID(),
      person.firstname,
      person.lastname,
      person.companyname,
      person.email,
      person.address1,
      person.city,
      person.state,
      person.postcode,
      person.country,
      person.phonenumber,
      person.taxId ?? '',
      person.taxExempt ? 1 : 0,
      person.currency,
      person.status,
      created.slice(0, 10),
    );
    db.prepare('INSERT INTO user_clients (user_id, client_id, owner) VALUES (?, ?, 1)').run(person.id, person.id);
  }
  // Client 2 is an affiliate, so AddOrder's `affid` has something real to link to.
  db.prepare('INSERT INTO affiliates (id, clientid) VALUES (1, 2)').run();
}

function line(pid: number, billingCycle: string, extra: Partial<OrderLine> = {}): OrderLine {
  return {
    pid,
    billingCycle,
    qty: 1,
    domain: '',
    configOptions: new Map(),
    customFields: new Map(),
    addons: [],
    server: null,
    ...extra,
  };
}

function demoOrder(db: Db, clientId: number, paymentMethod: string, orderLine: OrderLine, at: Date) {
  const client = clientById(db, clientId);
  if (!client) throw new Error(`Seed client ${clientId} is missing`);
  return writeOrder(
    db,
    {
      client,
      paymentMethod,
      lines: [orderLine],
      addonOnly: [],
      renewals: { services: [], addons: [] },
      promoCode: '',
      promoOverride: false,
      noInvoice: false,
      ipAddress: '203.0.113.7',
      affiliateId: 0,
      contactId: 0,
      nameservers: [],
    },
    at,
  );
}

/**
 * Client 1 (demo@example.com): Plus, paid and Active; a VPS, paid then Suspended; three Business
 * Mail mailboxes ordered two days ago, Pending with an Unpaid invoice. Client 2 (other@example.com,
 * EUR): one Active Starter. Services 1-4, orders 1-4 and invoices 1-4 in that order.
 */
function seedDemoOrders(db: Db, now: Date): void {
  const plus = demoOrder(
    db,
    1,
    'stripe',
    line(2, 'annually', {
      domain: 'demo-shop.example',
      configOptions: new Map([['1', 2]]),
      customFields: new Map([['3', 'demo@example.com']]),
    }),
    addDays(now, -90),
  );
  payInvoiceInFull(db, plus.invoiceId, addDays(now, -90));

  const vps = demoOrder(
    db,
    1,
    'paypal',
    line(4, 'monthly', {
      domain: 'demo-shop.example',
      server: { hostname: 'vps1', ns1prefix: 'ns1', ns2prefix: 'ns2', rootpw: '' },
      configOptions: new Map<string, unknown>([
        ['2', 4],
        ['3', 9],
        ['4', 1],
        ['5', 2],
      ]),
      customFields: new Map([['6', 'Staging server for the web shop']]),
    }),
    addDays(now, -40),
  );
  payInvoiceInFull(db, vps.invoiceId, addDays(now, -40));
  db.prepare("UPDATE services SET domainstatus = 'Suspended', suspendreason = 'Overdue on Payment' WHERE id = ?").run(vps.serviceIds[0]);

  demoOrder(
    db,
    1,
    'mailin',
    line(6, 'monthly', { qty: 3, configOptions: new Map([['7', 15]]), customFields: new Map([['8', 'demo-shop.example']]) }),
    addDays(now, -2),
  );

  const other = demoOrder(db, 2, 'paypal', line(1, 'annually', { domain: 'other-site.example' }), addDays(now, -30));
  payInvoiceInFull(db, other.invoiceId, addDays(now, -30));
}

/** Fills an empty database with the demo shop. The caller runs it inside its transaction. */
export function seedDemoData(db: Db, now: Date): void {
  seedCatalogue(db);
  seedTax(db);
  seedPeople(db, now);
  seedDemoOrders(db, now);
  seedDemoDomains(db, now);
}
