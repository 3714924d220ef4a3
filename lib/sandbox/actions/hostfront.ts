import type { PriceRow } from '../billing';
import { decimal } from '../money';
import type { AddonRow, CurrencyRow, Db, GroupRow, ProductRow } from '../rows';
import type { JsonValue } from '../wire/json';
import { settingOn, settingValue } from '../tax';
import type { Action } from './context';
import { pricingByCurrency } from './get-products';

/**
 * The Hostfront companion's actions (companion/README.md), answered from the sandbox's tables
 * in the shapes the companion's PHP answers (companion/tests/answers/): ids and flags as
 * integers, money as "0.00" strings.
 */

const COMPANION_VERSION = '1.0.0';
const COMPANION_ACTIONS = ['HostfrontVersion', 'HostfrontGetProductGroups', 'HostfrontGetProductAddons', 'HostfrontGetDomainExtras', 'HostfrontGetTaxRules'];

function currencies(db: Db): Map<number, CurrencyRow> {
  const rows = db.prepare('SELECT * FROM currencies ORDER BY id').all() as CurrencyRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

export const hostfrontVersion: Action = () => ({
  result: 'success',
  version: COMPANION_VERSION,
  whmcsversion: 'sandbox',
  actions: COMPANION_ACTIONS,
});

export const hostfrontGetProductGroups: Action = ({ db }) => {
  const groups = db.prepare('SELECT * FROM product_groups ORDER BY sort_order, id').all() as GroupRow[];
  const products = db.prepare('SELECT * FROM products ORDER BY sort_order, id').all() as ProductRow[];
  return {
    result: 'success',
    totalresults: groups.length,
    groups: {
      group: groups.map((group) => ({
        id: group.id,
        name: group.name,
        slug: group.slug,
        headline: group.headline,
        tagline: group.tagline,
        order: group.sort_order,
        hidden: group.hidden,
        products: {
          product: products
            .filter((product) => product.gid === group.id)
            .map((product) => ({ pid: product.id, slug: product.slug, order: product.sort_order, hidden: product.hidden, retired: 0 })),
        },
      })),
    },
  };
};

export const hostfrontGetProductAddons: Action = ({ db }) => {
  const addons = db.prepare('SELECT * FROM addons ORDER BY weight, id').all() as AddonRow[];
  return {
    result: 'success',
    totalresults: addons.length,
    addons: {
      addon: addons.map((addon) => ({
        id: addon.id,
        name: addon.name,
        description: addon.description,
        packages: addon.packages,
        paytype: addon.paytype,
        allowqty: addon.allowqty,
        showorder: addon.showorder,
        hidden: addon.hidden,
        retired: addon.retired,
        tax: addon.tax,
        weight: addon.weight,
        pricing: pricingByCurrency(db, 'addon', addon.id, true),
      })),
    },
  };
};

/** The sandbox sells no domains of its own: extras prices only, no extensions. */
export const hostfrontGetDomainExtras: Action = ({ db }) => {
  const byId = currencies(db);
  const rows = db.prepare("SELECT * FROM pricing WHERE type = 'domainaddons' AND relid = 0 ORDER BY currency").all() as (PriceRow & {
    currency: number;
  })[];
  const pricing: Record<string, JsonValue> = {};
  for (const row of rows) {
    const currency = byId.get(row.currency);
    if (!currency) continue;
    pricing[currency.code] = {
      prefix: currency.prefix,
      suffix: currency.suffix,
      dnsmanagement: decimal(row.msetupfee),
      emailforwarding: decimal(row.qsetupfee),
      idprotection: decimal(row.ssetupfee),
    };
  }
  return { result: 'success', pricing, tlds: { tld: [] } };
};

/** The tax settings, the rules (tbltax, by level then id) and every product's and addon's "Apply Tax". */
export const hostfrontGetTaxRules: Action = ({ db }) => {
  const rules = db.prepare('SELECT * FROM tax_rules ORDER BY level, id').all() as { id: number; level: number; name: string; state: string; country: string; taxrate: string }[];
  const products = db.prepare('SELECT id, tax FROM products ORDER BY id').all() as { id: number; tax: number }[];
  const addons = db.prepare('SELECT id, tax FROM addons ORDER BY id').all() as { id: number; tax: number }[];
  const flag = (setting: string) => (settingOn(db, setting) ? 1 : 0);
  return {
    result: 'success',
    taxenabled: flag('TaxEnabled'),
    taxtype: settingValue(db, 'TaxType') === 'Inclusive' ? 'Inclusive' : 'Exclusive',
    taxl2compound: flag('TaxL2Compound'),
    taxdomains: flag('TaxDomains'),
    rules: { rule: rules.map((r) => ({ id: r.id, level: r.level, name: r.name, country: r.country, state: r.state, taxrate: Number(r.taxrate).toFixed(3) })) },
    products: { product: products.map((p) => ({ pid: p.id, tax: p.tax ? 1 : 0 })) },
    addons: { addon: addons.map((a) => ({ id: a.id, tax: a.tax ? 1 : 0 })) },
  };
};
