import { acceptOrder } from './accept-order';
import { addOrder } from './add-order';
import { getCurrencies, getPaymentMethods, getPromotions } from './catalogue';
import { addClient, getClientsDetails } from './clients';
import { getConfigurationValue } from './configuration';
import type { Action } from './context';
import { domainWhois, getClientsDomains, getTldPricing } from './domains';
import { getClientsAddons } from './get-clients-addons';
import { getClientsProducts } from './get-clients-products';
import {
  hostfrontGetDomainExtras,
  hostfrontGetProductAddons,
  hostfrontGetProductGroups,
  hostfrontGetTaxRules,
  hostfrontVersion,
} from './hostfront';
import { addInvoicePayment, getInvoice } from './invoices';
import { getOrders } from './get-orders';
import { getProducts } from './get-products';
import { resetPassword } from './reset-password';
import { createSsoToken } from './sso';
import { getUsers, validateLogin } from './users';

/** The WHMCS API actions the sandbox implements, by lower-case name (WHMCS matches names case-insensitively). */
export const ACTIONS: Readonly<Record<string, Action>> = {
  getproducts: getProducts,
  addorder: addOrder,
  acceptorder: acceptOrder,
  getclientsproducts: getClientsProducts,
  getclientsaddons: getClientsAddons,
  addclient: addClient,
  getclientsdetails: getClientsDetails,
  validatelogin: validateLogin,
  getusers: getUsers,
  getcurrencies: getCurrencies,
  getpaymentmethods: getPaymentMethods,
  getpromotions: getPromotions,
  getorders: getOrders,
  getinvoice: getInvoice,
  addinvoicepayment: addInvoicePayment,
  createssotoken: createSsoToken,
  resetpassword: resetPassword,
  gettldpricing: getTldPricing,
  domainwhois: domainWhois,
  getclientsdomains: getClientsDomains,
  getconfigurationvalue: getConfigurationValue,
  // The Hostfront companion's custom actions (companion/).
  hostfrontversion: hostfrontVersion,
  hostfrontgetproductgroups: hostfrontGetProductGroups,
  hostfrontgetproductaddons: hostfrontGetProductAddons,
  hostfrontgetdomainextras: hostfrontGetDomainExtras,
  hostfrontgettaxrules: hostfrontGetTaxRules,
};
