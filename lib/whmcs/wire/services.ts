import { z } from 'zod';
import type { ClientAddon, ConfigOptionKind, Service, ServicePage, ServiceStatus } from '../types';
import { countedListAnswer, wireCode, wireDate, wireInt, wireIntOr, wireList, wireMoney, wireText, wireDomain } from './primitives';

/**
 * GetClientsProducts reshaped into `Service`s. The schema lists the fields it keeps and zod drops
 * the rest, so the decrypted service `password` (and server details) never leave this module.
 */

const SERVICE_STATUSES: readonly ServiceStatus[] = ['Pending', 'Active', 'Suspended', 'Terminated', 'Cancelled', 'Fraud', 'Completed'];

const wireServiceStatus = wireCode.transform((value, ctx) => {
  const status = SERVICE_STATUSES.find((s) => s.toLowerCase() === value.toLowerCase());
  if (!status) {
    ctx.addIssue({ code: 'custom', message: `unknown service status ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return status;
});

const CONFIG_OPTION_KINDS: Record<string, ConfigOptionKind> = {
  dropdown: 'dropdown',
  radio: 'radio',
  yesno: 'yesno',
  quantity: 'quantity',
  // The numeric codes GetProducts uses, in case a WHMCS version sends them here too.
  '1': 'dropdown',
  '2': 'radio',
  '3': 'yesno',
  '4': 'quantity',
};

const wireServiceConfigOption = z.object({ id: wireInt, option: wireText, type: wireCode, value: wireText });
const wireServiceCustomField = z.object({ id: wireInt, name: wireText, value: wireText });

const wireService = z.object({
  id: wireInt,
  clientid: wireInt,
  orderid: wireIntOr(0),
  pid: wireInt,
  name: wireText,
  groupname: wireText,
  domain: wireDomain,
  status: wireServiceStatus,
  billingcycle: wireText,
  // `qty` arrived in WHMCS 8.12; before that every service is one unit.
  qty: wireIntOr(1),
  firstpaymentamount: wireMoney,
  recurringamount: wireMoney,
  paymentmethod: wireCode,
  paymentmethodname: wireText,
  regdate: wireDate,
  nextduedate: wireDate,
  configoptions: wireList(wireServiceConfigOption, 'configoption'),
  customfields: wireList(wireServiceCustomField, 'customfield'),
});

function toService(wire: z.output<typeof wireService>): Service {
  return {
    id: wire.id,
    clientId: wire.clientid,
    orderId: wire.orderid,
    pid: wire.pid,
    name: wire.name,
    groupName: wire.groupname,
    domain: wire.domain,
    status: wire.status,
    billingCycle: wire.billingcycle,
    quantity: wire.qty,
    firstPaymentAmount: wire.firstpaymentamount,
    recurringAmount: wire.recurringamount,
    paymentMethod: wire.paymentmethod,
    paymentMethodName: wire.paymentmethodname,
    registrationDate: wire.regdate,
    nextDueDate: wire.nextduedate,
    configOptions: wire.configoptions.map((o) => ({
      id: o.id,
      name: o.option,
      kind: CONFIG_OPTION_KINDS[o.type.toLowerCase()] ?? null,
      value: o.value,
    })),
    customFields: wire.customfields.map((f) => ({ id: f.id, name: f.name, value: f.value })),
  };
}

export const getClientsProductsResponse = countedListAnswer(
  'products',
  'product',
  z
    .object({
      totalresults: wireIntOr(0),
      startnumber: wireIntOr(0),
      products: wireList(wireService, 'product'),
    })
    .transform(({ totalresults, startnumber, products }): ServicePage => ({
      total: totalresults,
      start: startnumber,
      services: products.map(toService),
    })),
);

const wireClientAddon = z.object({
  id: wireInt,
  userid: wireIntOr(0),
  orderid: wireIntOr(0),
  serviceid: wireInt,
  addonid: wireIntOr(0),
  name: wireText,
  // WHMCS before 8.12 has no addon quantities: one.
  qty: wireIntOr(1),
  setupfee: wireMoney,
  recurring: wireMoney,
  billingcycle: wireText,
  status: wireCode,
  regdate: wireDate,
  nextduedate: wireDate,
});

/** GetClientsAddons reshaped into `ClientAddon`s. */
export const getClientsAddonsResponse = countedListAnswer(
  'addons',
  'addon',
  z.object({ addons: wireList(wireClientAddon, 'addon') }).transform(({ addons }) =>
    addons.map(
      (a): ClientAddon => ({
        id: a.id,
        clientId: a.userid,
        orderId: a.orderid,
        serviceId: a.serviceid,
        addonId: a.addonid,
        name: a.name,
        quantity: Math.max(1, a.qty),
        setupFee: a.setupfee,
        recurringAmount: a.recurring,
        billingCycle: a.billingcycle,
        status: a.status,
        registrationDate: a.regdate,
        nextDueDate: a.nextduedate,
      }),
    ),
  ),
);
