import type {
  BillingCycle,
  ConfigOptionKind,
  CyclePrice,
  Currency,
  DomainExtras,
  PaymentMethod,
  Product,
  ProductAddon,
  ProductGroupInfo,
  Promotion,
  TaxRules,
  TldPricing,
  YearPrice,
} from '@/lib/whmcs/types';
import { CYCLE_DISPLAY, RECURRING_CYCLES, SETUP_COLUMN } from './billing';
import { YEAR_COLUMNS } from './domains/tlds';
import type { Db } from './rows';
import { whmcsEncode } from './text';

/**
 * `npm run sandbox:import`: a real WHMCS's catalogue, read through its API (lib/whmcs domain
 * types), written into a sandbox database so the whole journey can run against the shop's own
 * products without touching WHMCS. The sandbox's demo orders, services and invoices go (they
 * name demo products); its demo accounts stay, so there is someone to sign in as (their domains
 * too). No client data of the real WHMCS is read.
 */
export interface CatalogueImport {
  currencies: Currency[];
  paymentMethods: PaymentMethod[];
  products: Product[];
  promotions: Promotion[];
  /**
   * Each product group: from the companion (HostfrontGetProductGroups) when WHMCS has it, else
   * the store slug and a name from the shop's configuration (WHMCS's API has no group names).
   */
  groups: ImportedGroup[];
  /** GetTLDPricing, once per currency. */
  tldPricing: TldPricing[];
  /** The companion's (HostfrontGetProductAddons, HostfrontGetDomainExtras); empty without it. */
  addons: ProductAddon[];
  domainExtras: DomainExtras['pricing'];
  /**
   * Tax: the settings by GetConfigurationValue (null when the role refuses it; a setting null when
   * never saved), the rules and "Apply Tax" flags from the companion (null without it).
   */
  tax: { settings: Record<string, string | null> | null; rules: TaxRules | null };
}

export interface ImportedGroup {
  gid: number;
  slug: string;
  name: string;
  headline?: string;
  tagline?: string;
  hidden?: boolean;
  /** Each product's place in its group and whether WHMCS hides it from its order form (only the companion tells). */
  products?: { pid: number; order: number; hidden: boolean }[];
}

/** The companion's product groups as the import stores them. */
export function groupsFromCompanion(groups: readonly ProductGroupInfo[]): ImportedGroup[] {
  return [...groups]
    .sort((a, b) => a.order - b.order || a.id - b.id)
    .map((group) => ({
      gid: group.id,
      slug: group.slug,
      name: group.name,
      headline: group.headline,
      tagline: group.tagline,
      hidden: group.hidden,
      products: group.products.map(({ pid, order, hidden }) => ({ pid, order, hidden })),
    }));
}

/** Demo activity first (it names demo products), then the catalogue, in foreign-key order. */
const CLEARED_TABLES = [
  'sso_tokens',
  'affiliate_accounts',
  'transactions',
  'invoice_items',
  'invoices',
  'service_config_options',
  'service_addons',
  'custom_field_values',
  'services',
  'orders',
  'config_links',
  'config_suboptions',
  'config_options',
  'config_groups',
  'custom_fields',
  'addons',
  'pricing',
  'tlds',
  'products',
  'product_groups',
  'promotions',
  'payment_gateways',
] as const;

const OPTION_TYPE: Record<ConfigOptionKind, number> = { dropdown: 1, radio: 2, yesno: 3, quantity: 4 };

/** A price in WHMCS's columns (cents; -100 is -1.00, "off"); one-time and free prices sit in `monthly`. */
function pricingColumns(cycles: Partial<Record<BillingCycle, CyclePrice>>): Record<string, number> {
  const columns: Record<string, number> = {};
  for (const cycle of RECURRING_CYCLES) {
    const price = cycles[cycle] ?? (cycle === 'monthly' ? (cycles.onetime ?? cycles.free) : undefined);
    columns[cycle] = price ? price.price : -100;
    columns[SETUP_COLUMN[cycle]] = price ? price.setupFee : 0;
  }
  return columns;
}

/** Years 1..10 in WHMCS's domain pricing columns; -100 where the period is not offered. */
function yearColumns(prices: readonly YearPrice[]): number[] {
  return YEAR_COLUMNS.map((_, index) => prices.find((price) => price.years === index + 1)?.price ?? -100);
}

/**
 * WHMCS's tax as the sandbox keeps it: its settings (tblconfiguration), its rules (tbltax, none
 * without the companion: the copy then charges no tax) and each product's "Apply Tax" (addons
 * carry theirs). The companion's few settings stand in when GetConfigurationValue was refused.
 */
function importTax(db: Db, { settings, rules }: CatalogueImport['tax']): void {
  const stored =
    settings ??
    (rules && { TaxEnabled: rules.enabled ? 'on' : '', TaxType: rules.inclusive ? 'Inclusive' : 'Exclusive', TaxL2Compound: rules.compoundLevel2 ? 'on' : '', TaxDomains: rules.domainsTaxed ? 'on' : '' });
  for (const [setting, value] of Object.entries(stored ?? {})) {
    if (value === null) db.prepare('DELETE FROM settings WHERE setting = ?').run(setting);
    else db.prepare('INSERT INTO settings (setting, value) VALUES (?, ?) ON CONFLICT (setting) DO UPDATE SET value = excluded.value').run(setting, value);
  }
  db.prepare('DELETE FROM tax_rules').run();
  for (const rule of rules?.rules ?? []) {
    db.prepare('INSERT INTO tax_rules (id, level, name, country, state, taxrate) VALUES (?, ?, ?, ?, ?, ?)').run(rule.id, rule.level, rule.name, rule.country, rule.state, rule.rate.toFixed(3));
  }
  const taxed = new Set(rules?.taxedProductIds ?? []);
  for (const { id } of db.prepare('SELECT id FROM products').all() as { id: number }[]) db.prepare('UPDATE products SET tax = ? WHERE id = ?').run(taxed.has(id) ? 1 : 0, id);
}

export function importCatalogue(db: Db, data: CatalogueImport): void {
  const insertPricing = db.prepare(
    `INSERT INTO pricing (type, relid, currency, msetupfee, qsetupfee, ssetupfee, asetupfee, bsetupfee, tsetupfee,
       monthly, quarterly, semiannually, annually, biennially, triennially)
     VALUES (@type, @relid, @currency, @msetupfee, @qsetupfee, @ssetupfee, @asetupfee, @bsetupfee, @tsetupfee,
       @monthly, @quarterly, @semiannually, @annually, @biennially, @triennially)`,
  );
  const currencyIds = new Map(data.currencies.map((currency) => [currency.code, currency.id]));
  const pricing = (type: string, relid: number, byCode: Record<string, Partial<Record<BillingCycle, CyclePrice>>>) => {
    for (const [code, cycles] of Object.entries(byCode)) {
      const currency = currencyIds.get(code);
      if (currency !== undefined) insertPricing.run({ type, relid, currency, ...pricingColumns(cycles) });
    }
  };

  db.transaction(() => {
    for (const table of CLEARED_TABLES) db.prepare(`DELETE FROM ${table}`).run();
    // Currencies are replaced in place: the demo accounts keep theirs when the ids match, else the default.
    const defaultId = Math.min(...data.currencies.map((currency) => currency.id));
    db.prepare(`DELETE FROM currencies WHERE id NOT IN (${data.currencies.map(() => '?').join(',')})`).run(...data.currencies.map((c) => c.id));
    for (const c of data.currencies) {
      db.prepare(
        `INSERT INTO currencies (id, code, prefix, suffix, format, rate, is_default) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET code = excluded.code, prefix = excluded.prefix, suffix = excluded.suffix,
           format = excluded.format, rate = excluded.rate, is_default = excluded.is_default`,
      ).run(c.id, c.code, c.prefix, c.suffix, c.format, c.rate, c.id === defaultId ? 1 : 0);
    }
    db.prepare('UPDATE clients SET currency = ? WHERE currency NOT IN (SELECT id FROM currencies)').run(defaultId);

    data.paymentMethods.forEach((method, index) =>
      db.prepare('INSERT INTO payment_gateways (module, display_name, sort_order) VALUES (?, ?, ?)').run(method.module, method.displayName, index + 1),
    );
    data.groups.forEach((group, index) =>
      db
        .prepare('INSERT INTO product_groups (id, name, slug, headline, tagline, sort_order, hidden) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(group.gid, whmcsEncode(group.name), group.slug, whmcsEncode(group.headline ?? ''), whmcsEncode(group.tagline ?? ''), index + 1, group.hidden ? 1 : 0),
    );
    const placed = new Map(data.groups.flatMap((group) => group.products ?? []).map((product) => [product.pid, product]));

    const optionsDone = new Set<number>();
    data.products.forEach((product, index) => {
      db.prepare(
        `INSERT INTO products (id, gid, type, name, slug, description, servertype, paytype, allowqty, stockcontrol, qty, sort_order, hidden)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        product.pid,
        product.gid,
        product.type,
        whmcsEncode(product.name),
        product.slug,
        whmcsEncode(product.description),
        product.module,
        product.payType,
        { none: 0, multiple: 1, scaling: 2 }[product.quantityMode],
        product.stockLevel === null ? 0 : 1,
        product.stockLevel ?? 0,
        placed.get(product.pid)?.order ?? index + 1,
        placed.get(product.pid)?.hidden ? 1 : 0,
      );
      pricing('product', product.pid, Object.fromEntries(Object.entries(product.pricing).map(([code, row]) => [code, row.cycles])));

      // One configurable option group per option, so an option shared by several products stays one option.
      product.configOptions.forEach((option, order) => {
        if (!optionsDone.has(option.id)) {
          optionsDone.add(option.id);
          db.prepare('INSERT INTO config_groups (id, name) VALUES (?, ?)').run(option.id, whmcsEncode(option.name));
          db.prepare('INSERT INTO config_options (id, gid, optionname, optiontype, qtyminimum, qtymaximum, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
            option.id,
            option.id,
            whmcsEncode(option.name),
            OPTION_TYPE[option.kind],
            option.minQty ?? 0,
            option.maxQty ?? 0,
            order + 1,
          );
          option.choices.forEach((choice, position) => {
            db.prepare('INSERT INTO config_suboptions (id, configid, optionname, sort_order) VALUES (?, ?, ?, ?)').run(choice.id, option.id, whmcsEncode(choice.name), position + 1);
            pricing('configoptions', choice.id, choice.pricing);
          });
        }
        db.prepare('INSERT OR IGNORE INTO config_links (gid, pid) VALUES (?, ?)').run(option.id, product.pid);
      });

      product.customFields.forEach((field, order) =>
        db.prepare('INSERT INTO custom_fields (id, relid, fieldname, description, required, showorder, sort_order) VALUES (?, ?, ?, ?, ?, 1, ?)').run(
          field.id,
          product.pid,
          whmcsEncode(field.name),
          whmcsEncode(field.description),
          field.required ? 1 : 0,
          order + 1,
        ),
      );
    });

    for (const promotion of data.promotions) {
      db.prepare(
        `INSERT INTO promotions (id, code, type, recurring, value, cycles, appliesto, startdate, expirationdate, maxuses, uses,
           applyonce, newsignups, existingclient, onceperclient, recurfor, notes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        promotion.id,
        promotion.code,
        { percentage: 'Percentage', fixed: 'Fixed Amount', priceOverride: 'Price Override', freeSetup: 'Free Setup' }[promotion.type],
        promotion.recurring ? 1 : 0,
        // Percentages are whole numbers in the domain type, money is in cents: the column holds cents (15% as 15.00).
        promotion.type === 'percentage' ? Math.round(promotion.value * 100) : promotion.value,
        promotion.cycles.map((cycle) => CYCLE_DISPLAY[cycle]).join(','),
        promotion.appliesTo.join(','),
        promotion.startDate ?? '0000-00-00',
        promotion.expirationDate ?? '0000-00-00',
        promotion.maxUses,
        promotion.uses,
        promotion.applyOnce ? 1 : 0,
        promotion.newSignups ? 1 : 0,
        promotion.existingClient ? 1 : 0,
        promotion.oncePerClient ? 1 : 0,
        promotion.recurFor,
        promotion.notes,
      );
    }

    importTax(db, data.tax);

    data.addons.forEach((addon, index) => {
      db.prepare('INSERT INTO addons (id, name, description, packages, paytype, allowqty, showorder, tax, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        addon.id,
        whmcsEncode(addon.name),
        whmcsEncode(addon.description),
        addon.productIds.join(','),
        addon.payType,
        addon.quantityAllowed ? 1 : 0,
        addon.offeredOnOrder ? 1 : 0,
        addon.taxed ? 1 : 0,
        index + 1,
      );
      pricing('addon', addon.id, Object.fromEntries(Object.entries(addon.pricing).map(([code, row]) => [code, row.cycles])));
    });

    // TLDs in the first currency's order; GetTLDPricing tells neither EPP codes nor IDN support: a TLD with a transfer price takes an EPP code.
    const insertYears = db.prepare(`INSERT INTO pricing (type, relid, currency, ${YEAR_COLUMNS.join(', ')}) VALUES (?, ?, ?, ${YEAR_COLUMNS.map(() => '?').join(', ')})`);
    const tldIds = new Map<string, number>();
    for (const { currencyCode, tlds } of data.tldPricing) {
      for (const tld of tlds) {
        let id = tldIds.get(tld.tld);
        if (id === undefined) {
          id = Number(
            db
              .prepare('INSERT INTO tlds (extension, dnsmanagement, emailforwarding, idprotection, eppcode, grp, categories, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
              .run(`.${tld.tld}`, ...[tld.extras.dnsmanagement, tld.extras.emailforwarding, tld.extras.idprotection, tld.transfer.length > 0].map(Number), tld.group, tld.categories.join(','), tldIds.size)
              .lastInsertRowid,
          );
          tldIds.set(tld.tld, id);
        }
        const currency = currencyIds.get(currencyCode);
        if (currency === undefined) continue;
        insertYears.run('domainregister', id, currency, ...yearColumns(tld.register));
        insertYears.run('domaintransfer', id, currency, ...yearColumns(tld.transfer));
        insertYears.run('domainrenew', id, currency, ...yearColumns(tld.renew));
      }
    }
    for (const [code, extras] of Object.entries(data.domainExtras)) {
      const currency = currencyIds.get(code);
      if (currency === undefined) continue;
      db.prepare("INSERT INTO pricing (type, relid, currency, msetupfee, qsetupfee, ssetupfee) VALUES ('domainaddons', 0, ?, ?, ?, ?)").run(
        currency,
        extras.dnsManagement,
        extras.emailForwarding,
        extras.idProtection,
      );
    }
  }).immediate();
}
