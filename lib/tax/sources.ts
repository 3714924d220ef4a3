import type { TaxSettings } from '@/lib/catalogue/config-file';
import type { TaxRules } from '@/lib/whmcs/types';
import type { TaxPolicy } from './index';

/**
 * Where a TaxPolicy comes from, and which source wins (lib/tax/README.md): WHMCS's own settings
 * (GetConfigurationValue), then the companion (HostfrontGetTaxRules: a few settings, the rules and
 * the "Apply Tax" flags), then the shop's `tax` configuration, then WHMCS's defaults (no tax).
 */

/** The System Settings Hostfront reads with GetConfigurationValue. */
export const TAX_SETTING_NAMES = [
  'TaxEnabled',
  'TaxType',
  'TaxL2Compound',
  'TaxPerLineItem',
  'TaxDomains',
  'TaxInclusiveDeduct',
  'TaxVATEnabled',
  'TaxEUTaxExempt',
  'TaxEUHomeCountry',
  'TaxEUHomeCountryNoExempt',
  'TaxEUTaxValidation',
  'TaxIDDisabled',
  'TaxVatCustomFieldId',
] as const;

type TaxSettingName = (typeof TAX_SETTING_NAMES)[number];

/** Each setting's stored value, null for one WHMCS never saved (its default applies). */
export type WhmcsTaxSettings = Record<TaxSettingName, string | null>;

export interface TaxSources {
  /** null when GetConfigurationValue cannot be called (not in the API role). */
  settings: WhmcsTaxSettings | null;
  /** null without the companion. */
  companion: TaxRules | null;
  config: TaxSettings | undefined;
}

/** A stored setting as PHP reads it: "on", "1", "Inclusive" are true; "", "0" and unset are not. */
const truthy = (value: string | null) => value !== null && value !== '' && value !== '0';

/** The first source that knows, else WHMCS's default. */
function pick<T>(...candidates: (T | undefined)[]): T | undefined {
  return candidates.find((candidate) => candidate !== undefined);
}

export function buildTaxPolicy({ settings, companion, config = {} }: TaxSources): TaxPolicy {
  const flag = (name: TaxSettingName) => (settings ? truthy(settings[name]) : undefined);
  const text = (name: TaxSettingName) => (settings ? (settings[name] ?? '').trim() : undefined);

  const taxType = text('TaxType');
  const vatMode = flag('TaxVATEnabled');
  const euExempt = flag('TaxEUTaxExempt');
  const homeCountry = text('TaxEUHomeCountry')?.toUpperCase();
  const euVat: TaxPolicy['euVat'] | undefined =
    euExempt === undefined
      ? config.euVat
      : euExempt
        ? { homeCountry: homeCountry ?? '', homeCountryNotExempt: flag('TaxEUHomeCountryNoExempt') ?? false, viesValidation: flag('TaxEUTaxValidation') ?? false }
        : null;
  // WHMCS treats an unsaved TaxIDDisabled as disabled (Vat::isTaxIdEnabled); a custom field
  // holding the VAT number (TaxVatCustomFieldId) replaces the tax_id field.
  const taxIdField = settings ? settings.TaxIDDisabled !== null && !truthy(settings.TaxIDDisabled) && !truthy(settings.TaxVatCustomFieldId) : undefined;

  return {
    enabled: pick(flag('TaxEnabled'), companion?.enabled, config.enabled) ?? false,
    inclusive: pick(taxType === undefined ? undefined : taxType.toLowerCase() === 'inclusive', companion?.inclusive, config.inclusive) ?? false,
    compoundLevel2: pick(flag('TaxL2Compound'), companion?.compoundLevel2, config.compoundLevel2) ?? false,
    perLineItem: pick(flag('TaxPerLineItem'), config.perLineItem) ?? false,
    domainsTaxed: pick(flag('TaxDomains'), companion?.domainsTaxed, config.domainsTaxed) ?? false,
    inclusiveDeductForExempt: pick(flag('TaxInclusiveDeduct'), config.inclusiveDeductForExempt) ?? false,
    rules: companion?.rules ?? (config.rules ?? []).map((rule, index) => ({ id: index + 1, ...rule })),
    taxedProductIds: companion?.taxedProductIds ?? config.taxedProducts ?? [],
    taxedAddonIds: companion?.taxedAddonIds ?? config.taxedAddons ?? [],
    euVat: euVat ?? null,
    vatNumberField: pick(taxIdField, config.vatNumberField) ?? false,
    label: pick(vatMode === undefined ? undefined : vatMode ? 'VAT' : 'Tax', config.label) ?? 'Tax',
  };
}
