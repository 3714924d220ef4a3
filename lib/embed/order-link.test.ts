import { describe, expect, it } from 'vitest';
import { paramsToRequest } from '@/lib/catalogue/configuration-link';
import { starter } from '@/lib/pricing/fixtures';
import { DEFAULT_OPTIONS } from './options';
import { linkTarget, orderLink } from './order-link';

const split = (link: string) => {
  const [path, query = ''] = link.split('?');
  return { path, params: new URLSearchParams(query) };
};

describe('orderLink', () => {
  it("opens the product's configurator with the cycle and currency preset", () => {
    const link = orderLink(starter, { cycle: 'annually', currencyCode: 'EUR' }, DEFAULT_OPTIONS, 'starter');
    const { path, params } = split(link);
    expect(path).toBe('/store/shared-hosting/starter');
    expect(Object.fromEntries(params)).toEqual({ currency: 'EUR', billingcycle: 'annually' });
  });

  it('carries the promotion code in the configurator’s own parameter', () => {
    const link = orderLink(starter, { cycle: 'monthly', currencyCode: 'USD' }, { ...DEFAULT_OPTIONS, promo: 'SPRING25' }, 'starter');
    const request = paramsToRequest(split(link).params);
    expect(request).toMatchObject({ promoCode: 'SPRING25', currencyCode: 'USD', configuration: { cycle: 'monthly', options: {} } });
  });

  it("credits the snippet's affiliate with the shop's own ?aff= parameter; an invalid one is dropped when read", () => {
    const { params } = split(orderLink(starter, { cycle: 'monthly', currencyCode: 'USD' }, { ...DEFAULT_OPTIONS, aff: 7 }, 'starter'));
    expect(params.get('aff')).toBe('7');
    expect(split(orderLink(starter, { cycle: 'monthly', currencyCode: 'USD' }, DEFAULT_OPTIONS, 'starter')).params.has('aff')).toBe(false);
  });

  it('adds UTM attribution when a source is named, with the slug as the default campaign', () => {
    const { params } = split(orderLink(starter, { cycle: 'monthly', currencyCode: 'USD' }, { ...DEFAULT_OPTIONS, source: 'partner blog' }, 'shared-hosting'));
    expect(params.get('utm_source')).toBe('partner blog');
    expect(params.get('utm_medium')).toBe('embed');
    expect(params.get('utm_campaign')).toBe('shared-hosting');
  });

  it('uses the snippet’s campaign when it names one, and encodes what it carries', () => {
    const link = orderLink(
      starter,
      { cycle: 'monthly', currencyCode: 'USD' },
      { ...DEFAULT_OPTIONS, source: 'a&b=c', campaign: 'spring sale' },
      'starter',
    );
    expect(link).toContain('utm_source=a%26b%3Dc');
    expect(split(link).params.get('utm_campaign')).toBe('spring sale');
  });

  it('adds no attribution without a source', () => {
    const { params } = split(orderLink(starter, { cycle: 'monthly', currencyCode: 'USD' }, { ...DEFAULT_OPTIONS, campaign: 'x' }, 'starter'));
    expect([...params.keys()].filter((k) => k.startsWith('utm_'))).toEqual([]);
  });
});

describe('linkTarget', () => {
  it('opens in the top window by default, or in a new tab without access back', () => {
    expect(linkTarget('top')).toEqual({ target: '_top', rel: null });
    expect(linkTarget('blank')).toEqual({ target: '_blank', rel: 'noopener' });
  });
});
