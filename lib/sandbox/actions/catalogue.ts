import { decimal } from '../money';
import { gatewayModules, type CurrencyRow, type PromotionRow } from '../rows';
import { phpInt, scalar } from '../wire/params';
import type { Action, ActionBody } from './context';

/** GetCurrencies: every value a string, as WHMCS reads them from MySQL. */
export const getCurrencies: Action = ({ db }) => {
  const rows = db.prepare('SELECT * FROM currencies ORDER BY id ASC').all() as CurrencyRow[];
  return {
    result: 'success',
    totalresults: rows.length,
    currencies: {
      currency: rows.map((row) => ({
        id: String(row.id),
        code: row.code,
        prefix: row.prefix,
        suffix: row.suffix,
        format: String(row.format),
        rate: row.rate,
      })),
    },
  };
};

/** GetPaymentMethods: the active gateways in display order. */
export const getPaymentMethods: Action = ({ db }) => {
  const gateways = gatewayModules(db);
  return {
    result: 'success',
    totalresults: gateways.length,
    paymentmethods: { paymentmethod: gateways.map((g) => ({ module: g.module, displayname: g.display_name })) },
  };
};

/** GetPromotions (`code` or `id`): raw promotion rows, ordered by code; `promotions` absent when none. */
export const getPromotions: Action = ({ db, params }) => {
  const code = scalar(params, 'code') ?? '';
  const id = phpInt(params.id);
  const rows = (
    code !== ''
      ? db.prepare('SELECT * FROM promotions WHERE code = ? ORDER BY code ASC').all(code)
      : id
        ? db.prepare('SELECT * FROM promotions WHERE id = ? ORDER BY code ASC').all(id)
        : db.prepare('SELECT * FROM promotions ORDER BY code ASC').all()
  ) as PromotionRow[];
  const body: ActionBody = { result: 'success', totalresults: rows.length };
  if (rows.length === 0) return body;
  body.promotions = {
    promotion: rows.map((row) => ({
      id: String(row.id),
      code: row.code,
      type: row.type,
      recurring: String(row.recurring),
      value: decimal(row.value),
      cycles: row.cycles,
      appliesto: row.appliesto,
      requires: row.requires,
      requiresexisting: String(row.requiresexisting),
      startdate: row.startdate,
      expirationdate: row.expirationdate,
      maxuses: String(row.maxuses),
      uses: String(row.uses),
      lifetimepromo: String(row.lifetimepromo),
      applyonce: String(row.applyonce),
      newsignups: String(row.newsignups),
      existingclient: String(row.existingclient),
      onceperclient: String(row.onceperclient),
      recurfor: String(row.recurfor),
      upgrades: String(row.upgrades),
      upgradeconfig: row.upgradeconfig,
      notes: row.notes,
    })),
  };
  return body;
};
