import { z } from 'zod';
import type { CompanionInfo, DomainExtras, ProductAddon, ProductGroupInfo, TaxRules } from '../types';
import { productPricing, wirePayType, wirePriceRow } from './products';
import {
  wireCode,
  wireFlag,
  wireIdList,
  wireInt,
  wireIntOr,
  wireList,
  wireMoney,
  wireMultilineText,
  wireRate,
  wireRecord,
  wireText,
} from './primitives';

/** The Hostfront companion's actions (companion/README.md), answered by WHMCS or the sandbox. */

export const hostfrontVersionResponse = z
  .object({ version: wireCode, whmcsversion: wireCode, actions: z.array(wireCode).catch([]) })
  .transform((wire): CompanionInfo => ({ version: wire.version, whmcsVersion: wire.whmcsversion, actions: wire.actions }));

const wireGroupProduct = z.object({ pid: wireInt, slug: wireCode, order: wireIntOr(0), hidden: wireFlag, retired: wireFlag });

const wireGroup = z.object({
  id: wireInt,
  name: wireText,
  slug: wireCode,
  headline: wireText,
  tagline: wireText,
  order: wireIntOr(0),
  hidden: wireFlag,
  products: wireList(wireGroupProduct, 'product'),
});

export const hostfrontGetProductGroupsResponse = z
  .object({ groups: wireList(wireGroup, 'group') })
  .transform(({ groups }) => groups.map((group): ProductGroupInfo => group));

const wireAddon = z.object({
  id: wireInt,
  name: wireText,
  description: wireMultilineText,
  packages: wireIdList,
  paytype: wirePayType,
  allowqty: wireIntOr(0),
  showorder: wireFlag,
  hidden: wireFlag,
  retired: wireFlag,
  tax: wireFlag,
  pricing: wireRecord(wirePriceRow),
});

export const hostfrontGetProductAddonsResponse = z.object({ addons: wireList(wireAddon, 'addon') }).transform(({ addons }) =>
  addons
    // A retired addon can no longer be ordered: nothing downstream should see it.
    .filter((addon) => !addon.retired)
    .map(
      (addon): ProductAddon => ({
        id: addon.id,
        name: addon.name,
        description: addon.description,
        productIds: addon.packages,
        payType: addon.paytype,
        quantityAllowed: addon.allowqty > 0,
        offeredOnOrder: addon.showorder && !addon.hidden,
        taxed: addon.tax,
        pricing: Object.fromEntries(Object.entries(addon.pricing).map(([code, row]) => [code, productPricing(code, row, addon.paytype)])),
      }),
    ),
);

const wireExtrasPrice = z.object({
  prefix: wireText,
  suffix: wireText,
  dnsmanagement: wireMoney,
  emailforwarding: wireMoney,
  idprotection: wireMoney,
});

const wireExtension = z.object({ extension: wireCode, dnsmanagement: wireFlag, emailforwarding: wireFlag, idprotection: wireFlag });

export const hostfrontGetDomainExtrasResponse = z
  .object({ pricing: wireRecord(wireExtrasPrice), tlds: wireList(wireExtension, 'tld') })
  .transform(
    (wire): DomainExtras => ({
      pricing: Object.fromEntries(
        Object.entries(wire.pricing).map(([code, p]) => [
          code,
          { code, prefix: p.prefix, suffix: p.suffix, dnsManagement: p.dnsmanagement, emailForwarding: p.emailforwarding, idProtection: p.idprotection },
        ]),
      ),
      extensions: wire.tlds.map((t) => ({
        extension: t.extension,
        dnsManagement: t.dnsmanagement,
        emailForwarding: t.emailforwarding,
        idProtection: t.idprotection,
      })),
    }),
  );

const wireTaxRule = z.object({
  id: wireInt,
  level: wireInt.pipe(z.union([z.literal(1), z.literal(2)])),
  name: wireText,
  country: wireCode,
  state: wireText,
  taxrate: wireRate,
});

export const hostfrontGetTaxRulesResponse = z
  .object({
    taxenabled: wireFlag,
    taxtype: wireCode,
    taxl2compound: wireFlag,
    taxdomains: wireFlag,
    rules: wireList(wireTaxRule, 'rule'),
    products: wireList(z.object({ pid: wireInt, tax: wireFlag }), 'product'),
    addons: wireList(z.object({ id: wireInt, tax: wireFlag }), 'addon'),
  })
  .transform(
    (wire): TaxRules => ({
      enabled: wire.taxenabled,
      inclusive: wire.taxtype.toLowerCase() === 'inclusive',
      compoundLevel2: wire.taxl2compound,
      domainsTaxed: wire.taxdomains,
      rules: wire.rules.map((r) => ({ id: r.id, level: r.level, name: r.name, country: r.country.toUpperCase(), state: r.state, rate: r.taxrate })),
      taxedProductIds: wire.products.filter((p) => p.tax).map((p) => p.pid),
      taxedAddonIds: wire.addons.filter((a) => a.tax).map((a) => a.id),
    }),
  );
