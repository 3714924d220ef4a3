import { describe, expect, it } from 'vitest';
import { defaultConfiguration, priceConfiguration } from '@/lib/pricing';
import { MAX_CUSTOM_FIELD_LENGTH } from '@/lib/cart/limits';
import { cloudVps2, starter, starterWithAddons } from '@/lib/pricing/fixtures';
import type { Product } from '@/lib/whmcs/types';
import { configurationToParams } from '@/lib/catalogue/configuration-link';
import {
  configurationFromValues,
  linkConfiguration,
  priceFormValues,
  valuesFromConfiguration,
  type ConfiguratorValues,
} from './form-model';
import { configuratorSchema } from './form-schema';

/** Server details that pass, for tests about other fields of a server product. */
const SERVER_OK = { hostname: 'web1.example.com', rootPassword: 'Tr0ub4dor&3', ns1Prefix: 'ns1', ns2Prefix: 'ns2' };

function errors(product: Product, values: ConfiguratorValues, needsDomain = false, currency = 'USD') {
  const result = configuratorSchema(product, currency, needsDomain).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('configurator form model', () => {
  it('shows a configuration as form values and reads it back unchanged', () => {
    const configuration = { cycle: 'quarterly' as const, options: { 1: 12, 2: 22, 3: 1, 4: 4, 5: 2 }, quantity: 3 };
    const values = valuesFromConfiguration(cloudVps2, configuration, { domain: '', fields: { f7: 'web1' } });
    expect(values).toEqual({
      cycle: 'quarterly',
      options: { o1: '12', o2: '22', o3: true, o4: '4', o5: '2' },
      quantity: '3',
      domain: '',
      domainStep: { choice: 'own', register: '', transfer: '', eppCode: '', keptTransfer: '' },
      fields: { f7: 'web1' },
      addons: {},
      server: { hostname: '', rootPassword: '', ns1Prefix: 'ns1', ns2Prefix: 'ns2' },
    });
    expect(configurationFromValues(cloudVps2, 'USD', values)).toEqual(configuration);
  });

  it('asks a server for hostname, root password and nameserver prefixes; other products for none of them', () => {
    const values = valuesFromConfiguration(cloudVps2, defaultConfiguration(cloudVps2, 'USD'), { domain: '', fields: { f7: 'x' } });
    expect(errors(cloudVps2, values)).toEqual({
      'server.hostname': 'Enter a hostname for the server, like server1.example.com.',
      'server.rootPassword': 'The root password needs at least 8 characters.',
    });
    expect(errors(cloudVps2, { ...values, server: { ...SERVER_OK, ns2Prefix: 'ns 2' } })).toEqual({
      'server.ns2Prefix': 'The second nameserver prefix is one word of letters, digits and hyphens, like ns2.',
    });
    expect(errors(starter, valuesFromConfiguration(starter, defaultConfiguration(starter, 'USD')))).toEqual({});
  });

  it('shows addons as checkboxes or counts, validates counts and reads them back', () => {
    const configuration = { cycle: 'monthly' as const, options: {}, quantity: 1, addons: { 1: 1, 3: 2 } };
    const values = valuesFromConfiguration(starterWithAddons, configuration);
    expect(values.addons).toEqual({ a1: true, a3: '2', a4: false });
    // The link carries the chosen ones, as the form shows them (so editing a cart item keeps them).
    expect(linkConfiguration(starterWithAddons, values).addons).toEqual({ 1: 1, 3: '2' });
    expect(configurationFromValues(starterWithAddons, 'USD', values)).toEqual(configuration);
    expect(errors(starterWithAddons, { ...values, addons: { a1: true, a3: '-1', a4: false } })).toEqual({
      'addons.a3': 'Extra IPv4 must be a whole number, 0 or more.',
    });
    const priced = priceFormValues(starterWithAddons, 'USD', { ...values, addons: { a1: false, a3: 'x', a4: true } });
    expect(priced.ok).toBe(false);
  });

  it('prices what the form shows: Cloud VPS 2 quarterly, Windows, New York, backups, 4 GB RAM, 2 IPs, 3 servers', () => {
    const values = valuesFromConfiguration(cloudVps2, { cycle: 'quarterly', options: { 1: 12, 2: 22, 3: 1, 4: 4, 5: 2 }, quantity: 3 });
    const breakdown = priceConfiguration(cloudVps2, 'USD', configurationFromValues(cloudVps2, 'USD', values));
    // Per server per quarter: 60.00 + 45.00 + 6.00 + 9.00 + 4 x 7.50 + 2 x 4.50 = 159.00; x 3 = 477.00.
    expect(breakdown.recurring).toBe(47700);
    // Setup per server: 5.00 (product) + 2.00 (backups) + 4 x 1.00 (RAM) = 11.00; x 3 = 33.00.
    expect(breakdown.setupTotal).toBe(3300);
    expect(breakdown.dueToday).toBe(51000);
  });

  it('accepts the defaults of a product without required inputs', () => {
    const values = valuesFromConfiguration(starter, defaultConfiguration(starter, 'USD'));
    expect(errors(starter, values)).toEqual({});
  });

  it('enforces required custom fields and the domain, with messages naming them', () => {
    const values = { ...valuesFromConfiguration(cloudVps2, defaultConfiguration(cloudVps2, 'USD')), server: SERVER_OK };
    expect(errors(cloudVps2, values, true)).toEqual({
      'fields.f7': 'Please fill in the hostname.',
      domain: 'Enter a domain name, like example.com.',
    });
    expect(errors(cloudVps2, { ...values, domain: 'bücher.de', fields: { f7: ' web1 ' } }, true)).toEqual({});
    expect(errors(cloudVps2, { ...values, domain: 'not a domain', fields: { f7: 'x' } }, true)).toHaveProperty('domain');
  });

  it('keeps custom fields to the length the server stores, and says so in a sentence', () => {
    const values = { ...valuesFromConfiguration(cloudVps2, defaultConfiguration(cloudVps2, 'USD')), server: SERVER_OK };
    expect(errors(cloudVps2, { ...values, fields: { f7: 'x'.repeat(MAX_CUSTOM_FIELD_LENGTH) } })).toEqual({});
    expect(errors(cloudVps2, { ...values, fields: { f7: 'x'.repeat(MAX_CUSTOM_FIELD_LENGTH + 1) } })).toEqual({
      'fields.f7': 'Please keep the hostname to 1,000 characters or fewer.',
    });
  });

  it('bounds quantity options and the product quantity by stock', () => {
    const values = { ...valuesFromConfiguration(cloudVps2, defaultConfiguration(cloudVps2, 'USD'), { domain: '', fields: { f7: 'x' } }), server: SERVER_OK };
    expect(errors(cloudVps2, { ...values, options: { ...values.options, o4: '17' } })).toEqual({
      'options.o4': 'Extra RAM (GB) must be a whole number from 0 to 16.',
    });
    expect(errors(cloudVps2, { ...values, options: { ...values.options, o5: '0' } })).toEqual({
      'options.o5': 'IPv4 addresses must be a whole number, 1 or more.',
    });
    expect(errors(cloudVps2, { ...values, quantity: '6' })).toEqual({ quantity: 'Only 5 left in stock.' });
    expect(errors(cloudVps2, { ...values, quantity: '2.5' })).toEqual({ quantity: 'The quantity must be a whole number from 1 to 5.' });
  });

  it('refuses a cycle the product does not have in the currency', () => {
    const values = valuesFromConfiguration(starter, defaultConfiguration(starter, 'USD'));
    expect(errors(starter, { ...values, cycle: 'quarterly' })).toEqual({ cycle: 'Choose a billing cycle.' });
  });

  it('prices nothing while a count is out of range: the summary shows the field\'s problem, not a clamped price', () => {
    const values = valuesFromConfiguration(cloudVps2, defaultConfiguration(cloudVps2, 'USD'));
    const ok = priceFormValues(cloudVps2, 'USD', { ...values, options: { ...values.options, o4: '16' } });
    expect(ok).toMatchObject({ ok: true, breakdown: { recurring: expect.any(Number) } });

    const tooMuch = priceFormValues(cloudVps2, 'USD', { ...values, options: { ...values.options, o4: '20' }, quantity: '9' });
    expect(tooMuch).toEqual({
      ok: false,
      configuration: expect.any(Object),
      problems: ['Extra RAM (GB) must be a whole number from 0 to 16.', 'Only 5 left in stock.'],
    });
  });

  it('links what the form shows, a count out of range included', () => {
    const values = valuesFromConfiguration(cloudVps2, defaultConfiguration(cloudVps2, 'USD'));
    const shown = { ...values, options: { ...values.options, o3: true, o4: ' 20 ' } };
    const params = configurationToParams({ configuration: linkConfiguration(cloudVps2, shown), currencyCode: 'USD', withQuantity: true });
    expect(params.get('configoption[4]')).toBe('20');
    expect(params.get('configoption[3]')).toBe('1');
    expect(params.get('qty')).toBe('1');
    // The defaults link exactly as the default configuration does (a plain visit keeps a plain URL).
    const defaults = configurationToParams({ configuration: defaultConfiguration(cloudVps2, 'USD'), currencyCode: 'USD', withQuantity: true });
    expect(configurationToParams({ configuration: linkConfiguration(cloudVps2, values), currencyCode: 'USD', withQuantity: true }).toString()).toBe(
      defaults.toString(),
    );
  });
});
