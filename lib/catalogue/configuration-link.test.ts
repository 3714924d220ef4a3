import { describe, expect, it } from 'vitest';
import { normaliseConfiguration } from '@/lib/pricing';
import { cloudVps2 } from '@/lib/pricing/fixtures';
import { configurationToParams, paramsToRequest, withForeignParams } from './configuration-link';

describe('configuration links', () => {
  const configuration = { cycle: 'quarterly' as const, options: { 1: 12, 2: 22, 3: 1, 4: 4, 5: 2 }, quantity: 3 };

  it('writes WHMCS-style parameter names', () => {
    const params = configurationToParams({ configuration, currencyCode: 'EUR', withQuantity: true, domain: ' example.com ', promoCode: 'SPRING' });
    expect(Object.fromEntries(params)).toEqual({
      currency: 'EUR',
      billingcycle: 'quarterly',
      'configoption[1]': '12',
      'configoption[2]': '22',
      'configoption[3]': '1',
      'configoption[4]': '4',
      'configoption[5]': '2',
      qty: '3',
      domain: 'example.com',
      promocode: 'SPRING',
    });
  });

  it('leaves out what the product does not take or the customer did not give', () => {
    const params = configurationToParams({ configuration, currencyCode: 'USD', withQuantity: false, domain: '' });
    expect(params.has('qty')).toBe(false);
    expect(params.has('domain')).toBe(false);
    expect(params.has('promocode')).toBe(false);
  });

  it('reads back exactly what it wrote (a shared link restores the configuration)', () => {
    const params = configurationToParams({ configuration, currencyCode: 'EUR', withQuantity: true, domain: 'bücher.de' });
    const request = paramsToRequest(new URLSearchParams(params.toString()));
    expect(request.currencyCode).toBe('EUR');
    expect(request.domain).toBe('bücher.de');
    const restored = normaliseConfiguration(cloudVps2, 'EUR', request.configuration);
    expect(restored).toEqual({ configuration, problems: [] });
  });

  it('carries the chosen addons as addon[ID]=count, and only those', () => {
    const params = configurationToParams({
      configuration: { cycle: 'monthly', options: {}, quantity: 1, addons: { 1: 1, 3: 2, 4: 0 } },
      currencyCode: 'USD',
      withQuantity: false,
    });
    expect(params.get('addon[1]')).toBe('1');
    expect(params.get('addon[3]')).toBe('2');
    expect(params.has('addon[4]')).toBe(false);
    expect(paramsToRequest(params).configuration.addons).toEqual({ 1: '1', 3: '2' });
    expect(withForeignParams(new URLSearchParams('billingcycle=annually'), params).has('addon[1]')).toBe(false);
  });

  it('reads junk without throwing, for normaliseConfiguration to repair', () => {
    const request = paramsToRequest(new URLSearchParams('billingcycle=weekly&configoption[1]=999&configoption[x]=1&qty=-4'));
    expect(request.configuration).toEqual({ cycle: 'weekly', options: { 1: '999' }, quantity: '-4' });
    const { configuration: repaired, problems } = normaliseConfiguration(cloudVps2, 'USD', request.configuration);
    expect(repaired.cycle).toBe('monthly');
    expect(repaired.options[1]).toBe(11);
    expect(repaired.quantity).toBe(1);
    expect(problems).toHaveLength(3);
  });
});

describe('withForeignParams', () => {
  it('keeps attribution and cart params while replacing the configuration', () => {
    const configuration = new URLSearchParams('currency=EUR&billingcycle=annually&configoption[4]=7');
    const current = new URLSearchParams(
      'billingcycle=monthly&configoption[4]=5&configoption[9]=1&utm_source=blog&utm_medium=embed&item=abc&currency=USD',
    );
    expect(withForeignParams(configuration, current).toString()).toBe(
      new URLSearchParams('currency=EUR&billingcycle=annually&configoption[4]=7&utm_source=blog&utm_medium=embed&item=abc').toString(),
    );
  });
});
