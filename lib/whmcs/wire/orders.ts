import { z } from 'zod';
import { encodeSerializedArray, type RequestParams } from '../encoding';
import { parseFormattedMinor } from '../money';
import { DOMAIN_EXTRAS, type Currency, type DomainExtra, type DomainOrderItem, type Order, type OrderLine, type OrderRequest, type PlacedOrder } from '../types';
import { countedListAnswer, wireCode, wireIdList, wireInt, wireIntOr, wireList, wireMoney, wireText, wireDomain } from './primitives';

/**
 * AddOrder parameters from an `OrderRequest`. Every per-item list shares one index (`pid[i]`,
 * `billingcycle[i]`, ...), so each item fills every list even when its value is empty. Domains
 * take the indices after the products (their `pid[i]` is "", which WHMCS skips; a product's
 * `domaintype[i]` is "", so WHMCS reads its `domain[i]` as the product's domain only), and
 * every domain list is sent as an array, as WHMCS 8.6+ insists once `domaintype` is one.
 * `priceoverride`, `domainpriceoverride`, `promooverride` and `noinvoice` are never sent:
 * prices are WHMCS's alone.
 */
export function toAddOrderParams(order: OrderRequest): RequestParams {
  const domains = order.domains ?? [];
  const productSlots = order.items.map(() => '');
  const params: RequestParams = {
    clientid: order.clientId,
    paymentmethod: order.paymentMethod,
  };
  if (order.items.length > 0) {
    Object.assign(params, {
      pid: [...order.items.map((item) => item.pid), ...domains.map(() => '')],
      billingcycle: order.items.map((item) => item.billingCycle),
      qty: order.items.map((item) => item.quantity),
      // An empty serialized array rather than "" so WHMCS always unserializes an array.
      configoptions: order.items.map((item) => encodeSerializedArray(item.configOptions)),
      customfields: order.items.map((item) => encodeSerializedArray(item.customFields)),
    });
  }
  if (order.items.length + domains.length > 0) {
    params.domain = [...order.items.map((item) => item.domain ?? ''), ...domains.map((d) => d.domain)];
  }
  if (domains.length > 0) Object.assign(params, domainParams(domains, productSlots));
  (order.nameservers ?? []).slice(0, 5).forEach((nameserver, index) => {
    if (nameserver.trim()) params[`nameserver${index + 1}`] = nameserver.trim();
  });
  if (order.renewals?.length) params.domainrenewals = Object.fromEntries(order.renewals.map((r) => [r.domain, r.years]));
  // Addons and server details are per-item lists too, so they go along only when some item has them.
  if (order.items.some((item) => item.addons?.length)) {
    params.addons = order.items.map((item) => (item.addons ?? []).map((addon) => addon.id).join(','));
    params.addonsqty = order.items.map((item) => (item.addons ?? []).map((addon) => addon.quantity).join(','));
  }
  if (order.items.some((item) => item.server)) {
    params.hostname = order.items.map((item) => item.server?.hostname ?? '');
    params.rootpw = order.items.map((item) => item.server?.rootPassword ?? '');
    params.ns1prefix = order.items.map((item) => item.server?.ns1Prefix ?? '');
    params.ns2prefix = order.items.map((item) => item.server?.ns2Prefix ?? '');
  }
  const promoCode = order.promoCode?.trim();
  if (promoCode) params.promocode = promoCode;
  if (order.clientIp) params.clientip = order.clientIp;
  if (order.affiliateId) params.affid = order.affiliateId;
  if (order.serviceRenewals?.length) params.servicerenewals = order.serviceRenewals;
  if (order.addonRenewals?.length) params.addonrenewals = order.addonRenewals;
  if (order.serviceAddons?.length) {
    params.addonids = order.serviceAddons.map((addon) => addon.addonId);
    params.serviceids = order.serviceAddons.map((addon) => addon.serviceId);
  }
  return params;
}

/** The domain lists, each padded with "" at the products' indices. */
function domainParams(domains: readonly DomainOrderItem[], productSlots: readonly string[]): RequestParams {
  const list = (value: (d: DomainOrderItem) => string | number) => [...productSlots, ...domains.map(value)];
  const flag = (extra: DomainExtra) => list((d) => (d.extras[extra] ? 1 : 0));
  const params: RequestParams = {
    domaintype: list((d) => d.type),
    regperiod: list((d) => d.years),
    eppcode: list((d) => (d.type === 'transfer' ? (d.eppCode ?? '') : '')),
    idnlanguage: list((d) => d.idnLanguage ?? ''),
    domainfields: list((d) => (d.fields && Object.keys(d.fields).length > 0 ? encodeSerializedArray(d.fields) : '')),
  };
  for (const extra of DOMAIN_EXTRAS) params[extra] = flag(extra);
  return params;
}

export const addOrderResponse = z
  .object({
    orderid: wireInt,
    serviceids: wireIdList.optional(),
    // The name before WHMCS 7.8; still sent alongside `serviceids`.
    productids: wireIdList.optional(),
    // Absent with `noinvoice`, 0 when nothing was due.
    invoiceid: wireIntOr(0),
  })
  .transform(
    (wire): PlacedOrder => ({
      orderId: wire.orderid,
      serviceIds: wire.serviceids?.length ? wire.serviceids : (wire.productids ?? []),
      invoiceId: wire.invoiceid > 0 ? wire.invoiceid : null,
    }),
  );

const wireOrderLine = z.object({
  type: wireCode,
  relid: wireIntOr(0),
  product: wireText,
  domain: wireDomain,
  billingcycle: wireText,
  amount: z.union([z.string(), z.number()]),
  status: wireCode,
});

const wireOrder = z
  .object({
    id: wireInt,
    ordernum: wireCode,
    userid: wireInt,
    date: wireCode,
    status: wireCode,
    paymentstatus: wireCode,
    paymentmethod: wireCode,
    amount: wireMoney,
    // GetOrders names the currency only by how it is displayed; some servers also send the code.
    currencycode: wireCode,
    currencyprefix: wireText,
    currencysuffix: wireText,
    promocode: wireText,
    invoiceid: wireIntOr(0),
    lineitems: wireList(wireOrderLine, 'lineitem'),
    // WHMCS 8.8+; older servers have no on-demand renewals.
    renewalsByType: z.object({ services: wireIdList, addons: wireIdList }).partial().optional().catch(undefined),
  })
  .transform(({ lineitems, renewalsByType, ...order }, ctx) => {
    const lines = lineitems.map((line): OrderLine => {
      // Line amounts come formatted for display ("$4.99 USD"), plain ("4.99") on some servers.
      const amount = parseFormattedMinor(String(line.amount), order.currencyprefix, order.currencysuffix);
      if (amount === null) ctx.addIssue({ code: 'custom', message: `cannot read line amount ${JSON.stringify(line.amount)}` });
      return {
        type: line.type,
        relId: line.relid,
        product: line.product,
        domain: line.domain,
        billingCycle: line.billingcycle,
        amount: amount ?? 0,
        status: line.status,
      };
    });
    return { ...order, lines, renewals: { services: renewalsByType?.services ?? [], addons: renewalsByType?.addons ?? [] } };
  });
export type WireOrder = z.output<typeof wireOrder>;

export const getOrdersResponse = countedListAnswer(
  'orders',
  'order',
  z.object({
    totalresults: wireIntOr(0),
    orders: wireList(wireOrder, 'order'),
  }),
);

/** The currency code an order states or implies (" USD" suffix); null when only a lookup can tell. */
export function statedCurrencyCode(order: WireOrder): string | null {
  if (order.currencycode) return order.currencycode;
  const suffix = order.currencysuffix.trim();
  return /^[A-Z]{3}$/.test(suffix) ? suffix : null;
}

/** The code of the currency displayed with this prefix and suffix, '' if none matches. */
export function currencyCodeByDisplay(order: WireOrder, currencies: readonly Currency[]): string {
  const match = currencies.find((c) => c.prefix === order.currencyprefix && c.suffix === order.currencysuffix);
  return match?.code ?? '';
}

export function toOrder(wire: WireOrder, currencyCode: string): Order {
  return {
    id: wire.id,
    orderNumber: wire.ordernum,
    clientId: wire.userid,
    date: wire.date,
    status: wire.status,
    paymentStatus: wire.paymentstatus,
    paymentMethod: wire.paymentmethod,
    amount: wire.amount,
    currencyCode,
    promoCode: wire.promocode,
    invoiceId: wire.invoiceid > 0 ? wire.invoiceid : null,
    lines: wire.lines,
    renewals: wire.renewals,
  };
}
