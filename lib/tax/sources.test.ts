import { describe, expect, it } from 'vitest';
import type { TaxRules } from '@/lib/whmcs/types';
import { buildTaxPolicy, TAX_SETTING_NAMES, type WhmcsTaxSettings } from './sources';

const unsaved = Object.fromEntries(TAX_SETTING_NAMES.map((name) => [name, null])) as WhmcsTaxSettings;
const settings = (values: Partial<WhmcsTaxSettings>): WhmcsTaxSettings => ({ ...unsaved, ...values });

const companion: TaxRules = {
  enabled: true,
  inclusive: true,
  compoundLevel2: true,
  domainsTaxed: true,
  rules: [{ id: 4, level: 1, name: 'VAT', country: 'GB', state: '', rate: 20 }],
  taxedProductIds: [1, 2],
  taxedAddonIds: [3],
};

describe('the tax policy from its sources', () => {
  it('reads WHMCS’s settings as PHP does ("on", "1", "Inclusive"; "", "0" and unsaved are off)', () => {
    const policy = buildTaxPolicy({
      settings: settings({
        TaxEnabled: 'on',
        TaxType: 'Inclusive',
        TaxL2Compound: '',
        TaxPerLineItem: '1',
        TaxDomains: '0',
        TaxVATEnabled: 'on',
        TaxEUTaxExempt: 'on',
        TaxEUHomeCountry: 'de',
        TaxEUHomeCountryNoExempt: 'on',
        TaxIDDisabled: '0',
      }),
      companion: null,
      config: undefined,
    });
    expect(policy).toMatchObject({
      enabled: true,
      inclusive: true,
      compoundLevel2: false,
      perLineItem: true,
      domainsTaxed: false,
      inclusiveDeductForExempt: false,
      label: 'VAT',
      euVat: { homeCountry: 'DE', homeCountryNotExempt: true, viesValidation: false },
      vatNumberField: true,
      rules: [],
    });
  });

  it('takes WHMCS’s settings over the companion’s and the configuration’s; rules and flags from the companion over the configuration', () => {
    const policy = buildTaxPolicy({
      settings: settings({ TaxEnabled: 'on', TaxType: 'Exclusive' }),
      companion,
      config: { inclusive: true, rules: [{ level: 1, name: 'X', country: 'FR', state: '', rate: 5 }], taxedProducts: [9] },
    });
    expect(policy).toMatchObject({ enabled: true, inclusive: false, compoundLevel2: false, rules: companion.rules, taxedProductIds: [1, 2], taxedAddonIds: [3] });
  });

  it('without GetConfigurationValue: the companion’s settings, then the configuration’s', () => {
    expect(buildTaxPolicy({ settings: null, companion, config: { perLineItem: true, label: 'VAT' } })).toMatchObject({
      enabled: true,
      inclusive: true,
      compoundLevel2: true,
      domainsTaxed: true,
      perLineItem: true,
      label: 'VAT',
    });
  });

  it('without WHMCS’s tax data at all: the configuration, else no tax', () => {
    const config = {
      enabled: true,
      euVat: { homeCountry: 'NL', homeCountryNotExempt: true, viesValidation: true },
      rules: [{ level: 1 as const, name: 'BTW', country: 'NL', state: '', rate: 21 }],
      taxedProducts: [1],
      taxedAddons: [2],
      vatNumberField: true,
    };
    expect(buildTaxPolicy({ settings: null, companion: null, config })).toMatchObject({
      enabled: true,
      euVat: config.euVat,
      rules: [{ id: 1, level: 1, name: 'BTW', country: 'NL', state: '', rate: 21 }],
      taxedProductIds: [1],
      taxedAddonIds: [2],
      vatNumberField: true,
    });
    expect(buildTaxPolicy({ settings: null, companion: null, config: undefined })).toMatchObject({ enabled: false, rules: [], euVat: null, vatNumberField: false, label: 'Tax' });
  });

  it('has no VAT number field when WHMCS disables the tax id (or never saved the setting) or keeps the number in a custom field', () => {
    expect(buildTaxPolicy({ settings: unsaved, companion: null, config: { vatNumberField: true } }).vatNumberField).toBe(false);
    expect(buildTaxPolicy({ settings: settings({ TaxIDDisabled: '0', TaxVatCustomFieldId: '12' }), companion: null, config: undefined }).vatNumberField).toBe(false);
  });

  it('turns the EU exemption off when WHMCS says so, whatever the configuration says', () => {
    const config = { euVat: { homeCountry: 'DE', homeCountryNotExempt: true, viesValidation: false } };
    expect(buildTaxPolicy({ settings: settings({ TaxEUTaxExempt: '' }), companion: null, config }).euVat).toBeNull();
  });
});
