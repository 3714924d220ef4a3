import { domainToUnicode } from 'node:url';
import { z } from 'zod';
import type { ClientDomain, ClientDomainPage, DomainAvailability, Tld, TldPricing, YearPrice } from '../types';
import { countedListAnswer, wireCode, wireDate, wireFlag, wireInt, wireIntOr, wireList, wireMoney, wireRecord, wireText } from './primitives';

/**
 * GetTLDPricing, DomainWhois and GetClientsDomains answers (see NOTES.md, "Domains").
 */

/** `{"1": "12.99", "2": "25.98"}` (PHP drops the periods not on offer); [] or "" when none. */
const wireYearPrices = wireRecord(wireMoney).transform((prices, ctx): YearPrice[] => {
  const list: YearPrice[] = [];
  for (const [years, price] of Object.entries(prices)) {
    const n = Number(years);
    if (!Number.isInteger(n) || n < 1 || n > 10) {
      ctx.addIssue({ code: 'custom', message: `expected a period of 1-10 years, got ${JSON.stringify(years)}` });
      return z.NEVER;
    }
    list.push({ years: n, price });
  }
  return list.sort((a, b) => a.years - b.years);
});

const wireTld = z.object({
  // PHP lists become arrays; a category list can also come as a PHP map.
  categories: z.union([z.array(wireText), wireRecord(wireText).transform((r) => Object.values(r))]).optional().transform((c) => c ?? []),
  addons: z.object({ dns: wireFlag, email: wireFlag, idprotect: wireFlag }).optional(),
  group: wireCode,
  register: wireYearPrices.optional(),
  transfer: wireYearPrices.optional(),
  renew: wireYearPrices.optional(),
});

export const getTldPricingResponse = z
  .object({
    currency: z.object({ code: wireCode }),
    pricing: wireRecord(wireTld),
  })
  .transform(
    ({ currency, pricing }): TldPricing => ({
      currencyCode: currency.code,
      tlds: Object.entries(pricing).map(
        ([tld, wire]): Tld => ({
          // WHMCS keys IDN TLDs as stored; people read them in Unicode.
          tld: domainToUnicode(`x.${tld.replace(/^\./, '').toLowerCase()}`).slice(2) || tld,
          categories: wire.categories,
          group: wire.group.toLowerCase() === 'none' ? '' : wire.group.toLowerCase(),
          extras: { dnsmanagement: wire.addons?.dns ?? false, emailforwarding: wire.addons?.email ?? false, idprotection: wire.addons?.idprotect ?? false },
          register: wire.register ?? [],
          transfer: wire.transfer ?? [],
          renew: wire.renew ?? [],
        }),
      ),
    }),
  );

export const domainWhoisResponse = z
  .object({ status: wireCode })
  .transform(({ status }, ctx): DomainAvailability => {
    const normalised = status.toLowerCase();
    if (normalised === 'available' || normalised === 'unavailable') return normalised;
    ctx.addIssue({ code: 'custom', message: `expected status available or unavailable, got ${JSON.stringify(status)}` });
    return z.NEVER;
  });

const wireClientDomain = z.object({
  id: wireInt,
  userid: wireInt,
  orderid: wireIntOr(0),
  regtype: wireText,
  domainname: wireCode,
  regperiod: wireIntOr(1),
  firstpaymentamount: wireMoney,
  recurringamount: wireMoney,
  paymentmethod: wireCode,
  regdate: wireDate,
  expirydate: wireDate,
  nextduedate: wireDate,
  status: wireText,
  dnsmanagement: wireFlag,
  emailforwarding: wireFlag,
  idprotection: wireFlag,
  donotrenew: wireFlag,
});

export const getClientsDomainsResponse = countedListAnswer(
  'domains',
  'domain',
  z
    .object({
      totalresults: wireIntOr(0),
      startnumber: wireIntOr(0),
      domains: wireList(wireClientDomain, 'domain'),
    })
    .transform(
      (wire): ClientDomainPage => ({
        total: wire.totalresults,
        start: wire.startnumber,
        domains: wire.domains.map(
          (d): ClientDomain => ({
            id: d.id,
            clientId: d.userid,
            orderId: d.orderid,
            type: d.regtype,
            domain: domainToUnicode(d.domainname) || d.domainname,
            asciiDomain: d.domainname,
            years: d.regperiod,
            firstPayment: d.firstpaymentamount,
            recurring: d.recurringamount,
            registrationDate: d.regdate,
            expiryDate: d.expirydate,
            nextDueDate: d.nextduedate,
            status: d.status,
            extras: { dnsmanagement: d.dnsmanagement, emailforwarding: d.emailforwarding, idprotection: d.idprotection },
            autoRenew: !d.donotrenew,
            paymentMethod: d.paymentmethod,
          }),
        ),
      }),
    ),
);
