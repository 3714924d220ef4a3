import { describe, expect, it } from 'vitest';
import { affiliateCookieDays } from './affiliate-days';
import { carriesAttribution, decodeSource, encodeSource, parseAffiliateId, sourceFromParams } from './attribution';

describe('parseAffiliateId', () => {
  it.each([
    ['7', 7],
    [' 12 ', 12],
    ['0', null],
    ['-3', null],
    ['7abc', null],
    ['99999999999', null],
    ['', null],
    [null, null],
  ] as const)('%j -> %j', (value, expected) => {
    expect(parseAffiliateId(value)).toBe(expected);
  });
});

describe('traffic source', () => {
  it('keeps the UTM parameters and click ids a link names, drops the rest and junk', () => {
    const params = new URLSearchParams('utm_source=partner&utm_medium=embed&gclid=abc123&fbclid=&other=x&utm_term=%01bad');
    expect(sourceFromParams(params)).toEqual({ utm_source: 'partner', utm_medium: 'embed', gclid: 'abc123' });
    expect(sourceFromParams(new URLSearchParams('page=2'))).toBeNull();
  });

  it('survives its cookie; a damaged cookie is no source', () => {
    const source = { utm_campaign: 'spring sale & more', msclkid: 'x-1' };
    expect(decodeSource(encodeSource(source))).toEqual(source);
    expect(decodeSource('%E0%A4%A')).toBeNull();
    expect(decodeSource(undefined)).toBeNull();
  });

  it('says which requests carry attribution', () => {
    expect(carriesAttribution(new URLSearchParams('aff=3'))).toBe(true);
    expect(carriesAttribution(new URLSearchParams('msclkid=1'))).toBe(true);
    expect(carriesAttribution(new URLSearchParams('currency=EUR'))).toBe(false);
  });
});

describe('affiliateCookieDays', () => {
  it("is WHMCS's 90 days unless the shop sets AFFILIATE_COOKIE_DAYS", () => {
    expect(affiliateCookieDays({})).toBe(90);
    expect(affiliateCookieDays({ AFFILIATE_COOKIE_DAYS: '30' })).toBe(30);
    expect(affiliateCookieDays({ AFFILIATE_COOKIE_DAYS: 'soon' })).toBe(90);
  });
});
