import 'server-only';
import { z } from 'zod';
import type { CallFn, CallOptions } from './client';
import type { RequestParams } from './encoding';
import { WhmcsApiError, WhmcsAuthError, WhmcsUnavailableError } from './errors';
import type {
  Client,
  ClientAddon,
  ClientDomainPage,
  CompanionInfo,
  DomainExtras,
  ProductAddon,
  ProductGroupInfo,
  TaxRules,
  Currency,
  DomainAvailability,
  Invoice,
  InvoicePayment,
  LoginResult,
  NewClient,
  OrderPage,
  OrderRequest,
  PaymentMethod,
  PlacedOrder,
  Product,
  Promotion,
  ServicePage,
  TldPricing,
  User,
} from './types';
import { domainWhoisResponse, getClientsDomainsResponse, getTldPricingResponse } from './wire/domains';
import { getCurrenciesResponse, getPaymentMethodsResponse, getPromotionsResponse } from './wire/catalog';
import {
  addClientResponse,
  createSsoTokenResponse,
  getClientsDetailsResponse,
  getUsersResponse,
  toAddClientParams,
  toCreateSsoTokenParams,
  validateLoginResponse,
} from './wire/clients';
import { resetPasswordResponse } from './wire/passwords';
import { addOrderResponse, currencyCodeByDisplay, getOrdersResponse, statedCurrencyCode, toAddOrderParams, toOrder } from './wire/orders';
import { getInvoiceResponse, INVOICE_NOT_FOUND, toAddInvoicePaymentParams } from './wire/invoices';
import { getConfigurationValueResponse, SETTING_NOT_FOUND } from './wire/configuration';
import {
  hostfrontGetDomainExtrasResponse,
  hostfrontGetProductAddonsResponse,
  hostfrontGetProductGroupsResponse,
  hostfrontGetTaxRulesResponse,
  hostfrontVersionResponse,
} from './wire/companion';
import { getProductsResponse } from './wire/products';
import { getClientsAddonsResponse, getClientsProductsResponse } from './wire/services';

export interface ProductFilter {
  pids?: number[];
  gid?: number;
  module?: string;
}

export interface OrderFilter {
  id?: number;
  clientId?: number;
  status?: string;
  limitStart?: number;
  limitNum?: number;
}

export interface ServiceFilter {
  clientId: number;
  serviceId?: number;
  pid?: number;
  domain?: string;
  limitStart?: number;
  /** Required: real servers return everything when it is missing, whatever the docs say. */
  limitNum: number;
}

export interface DomainFilter {
  clientId: number;
  domainId?: number;
  /** As WHMCS stores it (ASCII). */
  domain?: string;
  limitStart?: number;
  limitNum: number;
}

/**
 * True when an error means "this WHMCS has no (usable) companion": the action is unknown
 * (`Command Not Found`), the API role does not allow it, or it answers a shape we cannot read.
 * A timeout or network failure is not that: WHMCS itself is unreachable.
 */
function meansNoCompanion(error: unknown): boolean {
  if (error instanceof WhmcsApiError) return true;
  if (error instanceof WhmcsAuthError) return /not allowed|permission/i.test(error.message);
  return error instanceof WhmcsUnavailableError && error.reason === 'invalid-response';
}

/** The typed WHMCS actions, on top of any `call` (the app's default client, or a test's). */
export function createWhmcsApi(call: CallFn) {
  async function request<T>(action: string, params: RequestParams, schema: z.ZodType<T>, options?: CallOptions): Promise<T> {
    const json = await call(action, params, options);
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new WhmcsUnavailableError(action, 'invalid-response', `WHMCS answered ${action} in an unexpected shape:\n${z.prettifyError(parsed.error)}`, {
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  /** A companion action's answer, or null when this WHMCS has no usable companion (see meansNoCompanion). */
  async function companion<T>(action: string, schema: z.ZodType<T>): Promise<T | null> {
    try {
      return await request(action, {}, schema);
    } catch (error) {
      if (meansNoCompanion(error)) return null;
      throw error;
    }
  }

  /** A System Setting's value as stored (`on`, `Inclusive`, `DE`), or null when WHMCS has never saved it. */
  async function getConfigurationValue(setting: string): Promise<string | null> {
    try {
      return await request('GetConfigurationValue', { setting }, getConfigurationValueResponse);
    } catch (error) {
      if (error instanceof WhmcsApiError && error.message === SETTING_NOT_FOUND) return null;
      throw error;
    }
  }

  return {
    /* The Hostfront companion (companion/README.md): null when WHMCS does not have it. */
    getCompanionInfo: (): Promise<CompanionInfo | null> => companion('HostfrontVersion', hostfrontVersionResponse),
    getProductGroups: (): Promise<ProductGroupInfo[] | null> => companion('HostfrontGetProductGroups', hostfrontGetProductGroupsResponse),
    getProductAddons: (): Promise<ProductAddon[] | null> => companion('HostfrontGetProductAddons', hostfrontGetProductAddonsResponse),
    getDomainExtras: (): Promise<DomainExtras | null> => companion('HostfrontGetDomainExtras', hostfrontGetDomainExtrasResponse),
    getTaxRules: (): Promise<TaxRules | null> => companion('HostfrontGetTaxRules', hostfrontGetTaxRulesResponse),

    async getProducts(filter: ProductFilter = {}): Promise<Product[]> {
      if (filter.pids?.length === 0) return [];
      // GetProducts takes several ids as one comma-separated `pid`, not as a PHP array.
      return request('GetProducts', { pid: filter.pids?.join(','), gid: filter.gid, module: filter.module }, getProductsResponse);
    },

    getConfigurationValue,

    /**
     * Several System Settings at once (null for one never saved), or null when the API role does
     * not allow GetConfigurationValue: the caller then falls back on what it knows otherwise.
     */
    async getConfigurationValues<Name extends string>(names: readonly Name[]): Promise<Record<Name, string | null> | null> {
      try {
        const values = await Promise.all(names.map((name) => getConfigurationValue(name)));
        return Object.fromEntries(names.map((name, index) => [name, values[index] ?? null])) as Record<Name, string | null>;
      } catch (error) {
        if (error instanceof WhmcsAuthError && /not allowed|permission/i.test(error.message)) return null;
        throw error;
      }
    },

    getCurrencies(): Promise<Currency[]> {
      return request('GetCurrencies', {}, getCurrenciesResponse);
    },

    getPaymentMethods(): Promise<PaymentMethod[]> {
      return request('GetPaymentMethods', {}, getPaymentMethodsResponse);
    },

    getPromotions(code?: string): Promise<Promotion[]> {
      return request('GetPromotions', { code: code?.trim() || undefined }, getPromotionsResponse);
    },

    validateLogin(email: string, password: string): Promise<LoginResult> {
      return request('ValidateLogin', { email, password2: password }, validateLoginResponse);
    },

    /** Users whose email or name starts with `search`: compare emails yourself for an exact match. */
    getUsers(search: string): Promise<User[]> {
      return request('GetUsers', { search }, getUsersResponse);
    },

    /** Starts WHMCS's password reset: WHMCS emails the user a link. An unknown email is a WhmcsApiError. */
    resetPassword: (email: string): Promise<void> => request('ResetPassword', { email }, resetPasswordResponse),

    addClient(input: NewClient, clientIp?: string): Promise<{ clientId: number; ownerUserId: number | null }> {
      return request('AddClient', toAddClientParams(input, clientIp), addClientResponse);
    },

    getClientDetails(clientId: number): Promise<Client> {
      return request('GetClientsDetails', { clientid: clientId }, getClientsDetailsResponse);
    },

    addOrder(order: OrderRequest): Promise<PlacedOrder> {
      return request('AddOrder', toAddOrderParams(order), addOrderResponse);
    },

    async acceptOrder(orderId: number): Promise<void> {
      await call('AcceptOrder', { orderid: orderId });
    },

    async getOrders(filter: OrderFilter): Promise<OrderPage> {
      const page = await request(
        'GetOrders',
        { id: filter.id, userid: filter.clientId, status: filter.status, limitstart: filter.limitStart, limitnum: filter.limitNum },
        getOrdersResponse,
      );
      // GetOrders shows the currency only as prefix/suffix; look the code up when it is not evident.
      const needsLookup = page.orders.some((order) => statedCurrencyCode(order) === null);
      const currencies = needsLookup ? await request('GetCurrencies', {}, getCurrenciesResponse) : [];
      return {
        total: page.totalresults,
        orders: page.orders.map((order) => toOrder(order, statedCurrencyCode(order) ?? currencyCodeByDisplay(order, currencies))),
      };
    },

    getClientServices(filter: ServiceFilter): Promise<ServicePage> {
      return request(
        'GetClientsProducts',
        {
          clientid: filter.clientId,
          serviceid: filter.serviceId,
          pid: filter.pid,
          domain: filter.domain,
          limitstart: filter.limitStart,
          limitnum: filter.limitNum,
        },
        getClientsProductsResponse,
      );
    },

    /** Every TLD on sale with its prices in one currency. */
    getTldPricing(currencyId: number): Promise<TldPricing> {
      return request('GetTLDPricing', { currencyid: currencyId }, getTldPricingResponse);
    },

    /**
     * Whether a domain (ASCII form) can be registered. A name WHMCS finds invalid or a TLD it
     * cannot look up is a WhmcsApiError ("Domain not valid", "The given TLD is not supported...").
     */
    domainWhois(domain: string): Promise<DomainAvailability> {
      return request('DomainWhois', { domain }, domainWhoisResponse);
    },

    getClientDomains(filter: DomainFilter): Promise<ClientDomainPage> {
      return request(
        'GetClientsDomains',
        { clientid: filter.clientId, domainid: filter.domainId, domain: filter.domain, limitstart: filter.limitStart, limitnum: filter.limitNum },
        getClientsDomainsResponse,
      );
    },

    /** A client's service addons (of one service with `serviceId`). */
    getClientAddons(filter: { clientId: number; serviceId?: number }): Promise<ClientAddon[]> {
      return request('GetClientsAddons', { clientid: filter.clientId, serviceid: filter.serviceId }, getClientsAddonsResponse);
    },

    /** An invoice; null when WHMCS has none with that id. */
    async getInvoice(invoiceId: number): Promise<Invoice | null> {
      try {
        return await request('GetInvoice', { invoiceid: invoiceId }, getInvoiceResponse);
      } catch (error) {
        if (error instanceof WhmcsApiError && error.message === INVOICE_NOT_FOUND) return null;
        throw error;
      }
    },

    /**
     * Records a payment. WHMCS treats it as the customer paying: an invoice paid in full becomes
     * Paid and, when it is an order's first invoice, the order is accepted and its services set up.
     */
    async addInvoicePayment(payment: InvoicePayment): Promise<void> {
      await call('AddInvoicePayment', toAddInvoicePaymentParams(payment));
    },

    /** A single-use link (valid 60 s) that signs the client into WHMCS at `redirectPath`. */
    createSsoToken(clientId: number, redirectPath: string): Promise<{ redirectUrl: string }> {
      return request('CreateSsoToken', toCreateSsoTokenParams(clientId, redirectPath), createSsoTokenResponse);
    },
  };
}

export type WhmcsApi = ReturnType<typeof createWhmcsApi>;
