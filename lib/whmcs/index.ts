import 'server-only';
import { createWhmcsApi } from './api';
import type { CallFn } from './client';
import { defaultClient } from './connection';

/**
 * The one way the app talks to WHMCS. Every function validates WHMCS's answer and hands back the
 * domain types of `./types`; failures are the typed errors of `./errors`.
 * Connected to the WHMCS configured in the environment (or the built-in sandbox), on first use.
 */

/** A raw API call with credentials, timeout and retries; prefer the typed functions below. */
export const call: CallFn = (action, params, options) => defaultClient().call(action, params, options);

export const {
  getProducts,
  getCurrencies,
  getPaymentMethods,
  getPromotions,
  validateLogin,
  getUsers,
  addClient,
  resetPassword,
  getClientDetails,
  addOrder,
  acceptOrder,
  getOrders,
  getClientServices,
  getClientAddons,
  createSsoToken,
  getInvoice,
  addInvoicePayment,
  getTldPricing,
  domainWhois,
  getClientDomains,
  getCompanionInfo,
  getProductGroups,
  getProductAddons,
  getDomainExtras,
  getTaxRules,
  getConfigurationValues,
} = createWhmcsApi(call);

export { type CallFn } from './client';

export { WhmcsError, WhmcsApiError, WhmcsUnavailableError } from './errors';
export { toAddOrderParams } from './wire/orders';
