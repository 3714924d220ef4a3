import { RECURRING_CYCLES, SETUP_COLUMNS, type PriceRow } from '../billing';
import { decimal } from '../money';
import { displayName } from '../orders/config-options';
import { productConfigOptions, subOptions, type Db, type ProductRow } from '../rows';
import type { JsonValue } from '../wire/json';
import { isNumericString, scalar } from '../wire/params';
import type { Action, ActionBody } from './context';

type CurrencyPricingRow = PriceRow & { code: string; prefix: string; suffix: string };

/** Pricing columns in WHMCS's order, as decimal strings (`-1.00` = cycle off). */
function pricingColumns(row: PriceRow): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const column of SETUP_COLUMNS) columns[column] = decimal(row[column]);
  for (const cycle of RECURRING_CYCLES) columns[cycle] = decimal(row[cycle]);
  return columns;
}

/** A product's, option's or addon's prices by currency code, as GetProducts spells them. */
export function pricingByCurrency(db: Db, type: 'product' | 'configoptions' | 'addon', relid: number, withAffixes: boolean) {
  const rows = db
    .prepare(
      `SELECT c.code, c.prefix, c.suffix, p.msetupfee, p.qsetupfee, p.ssetupfee, p.asetupfee, p.bsetupfee, p.tsetupfee,
              p.monthly, p.quarterly, p.semiannually, p.annually, p.biennially, p.triennially
         FROM pricing p JOIN currencies c ON c.id = p.currency
        WHERE p.type = ? AND p.relid = ?
        ORDER BY c.code ASC`,
    )
    .all(type, relid) as CurrencyPricingRow[];
  const pricing: Record<string, Record<string, string>> = {};
  for (const row of rows) {
    pricing[row.code] = withAffixes ? { prefix: row.prefix, suffix: row.suffix, ...pricingColumns(row) } : pricingColumns(row);
  }
  return pricing;
}

function configOptionsOf(db: Db, pid: number): JsonValue[] {
  return productConfigOptions(db, pid).map((option) => {
    const priced = option.optiontype === 1 || option.optiontype === 2;
    return {
      id: option.id,
      name: displayName(option.optionname),
      type: String(option.optiontype),
      minqty: option.qtyminimum,
      maxqty: option.qtymaximum,
      options: {
        option: subOptions(db, option.id).map((sub) => {
          const pipe = sub.optionname.indexOf('|');
          return {
            id: sub.id,
            name: displayName(sub.optionname),
            // Dropdown/radio choices carry the raw name and its "required" prefix; yes/no and quantity do not.
            rawName: priced ? sub.optionname : null,
            recurring: 0,
            required: priced ? (pipe > 0 ? sub.optionname.slice(0, pipe).trim() : sub.optionname) : null,
            pricing: pricingByCurrency(db, 'configoptions', sub.id, false),
          };
        }),
      },
    };
  });
}

function customFieldsOf(db: Db, pid: number): JsonValue[] {
  const fields = db
    .prepare(
      `SELECT id, fieldname, description, required FROM custom_fields
        WHERE relid = ? AND adminonly = 0 AND (showorder = 1 OR required = 1)
        ORDER BY sort_order ASC, id ASC`,
    )
    .all(pid) as { id: number; fieldname: string; description: string; required: number }[];
  return fields.map((field) => ({
    id: field.id,
    name: field.fieldname,
    description: field.description,
    required: field.required ? '*' : '',
  }));
}

/**
 * GetProducts in its WHMCS 8.12 shape: the whole (filtered) catalogue, ordered by group order,
 * group id, product order, product id; `products` absent when nothing matches. `pid` is one id or
 * a comma list (a list with no valid id filters nothing, as in WHMCS).
 */
export const getProducts: Action = ({ db, params, origin }) => {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const pid = scalar(params, 'pid') ?? '';
  if (pid !== '') {
    if (isNumericString(pid)) {
      where.push('p.id = ?');
      args.push(Number(pid));
    } else {
      const ids = pid
        .split(',')
        .map((part) => Number.parseInt(part.trim(), 10))
        .filter((id) => Number.isInteger(id) && id !== 0);
      if (ids.length > 0) {
        where.push(`p.id IN (${ids.map(() => '?').join(',')})`);
        args.push(...ids);
      }
    }
  }
  const gid = scalar(params, 'gid') ?? '';
  if (gid !== '' && gid !== '0') {
    where.push('p.gid = ?');
    args.push(gid);
  }
  const moduleName = scalar(params, 'module') ?? '';
  if (moduleName !== '' && /^[a-zA-Z0-9_.-]*$/.test(moduleName)) {
    where.push('p.servertype = ?');
    args.push(moduleName);
  }
  const products = db
    .prepare(
      `SELECT p.*, g.slug AS group_slug FROM products p JOIN product_groups g ON g.id = p.gid
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY g.sort_order ASC, g.id ASC, p.sort_order ASC, p.id ASC`,
    )
    .all(...args) as (ProductRow & { group_slug: string })[];

  const body: ActionBody = { result: 'success', totalresults: products.length };
  if (products.length === 0) return body;
  body.products = {
    product: products.map((product) => {
      const entry: { [key: string]: JsonValue } = {
        pid: product.id,
        gid: product.gid,
        type: product.type,
        name: product.name,
        slug: product.slug,
        product_url: `${origin}/store/${product.group_slug}/${product.slug}`,
        description: product.description,
        module: product.servertype,
        paytype: product.paytype,
        allowqty: product.allowqty,
        quantity_available: product.qty,
      };
      if (product.stockcontrol) {
        entry.stockcontrol = 'true';
        entry.stocklevel = product.qty;
      }
      entry.pricing = pricingByCurrency(db, 'product', product.id, true);
      entry.customfields = { customfield: customFieldsOf(db, product.id) };
      entry.configoptions = { configoption: configOptionsOf(db, product.id) };
      return entry;
    }),
  };
  return body;
};
