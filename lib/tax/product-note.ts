import { isTaxedItem, priceTaxNote, type TaxPolicy } from './index';

/**
 * What a product's price says about tax ("+ VAT", "incl. VAT", "+ tax"): the shop's note for a
 * product whose "Apply Tax" is ticked, nothing for one WHMCS never taxes (or while the policy is
 * unknown: lib/tax/available-policy). Catalogue cards, the configurator's summary and the embeds
 * all say it this way.
 */
export function productTaxNote(policy: TaxPolicy | null, pid: number): ReturnType<typeof priceTaxNote> {
  return policy && isTaxedItem(policy, { kind: 'product', id: pid }) ? priceTaxNote(policy) : null;
}
