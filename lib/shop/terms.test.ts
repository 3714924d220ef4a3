import { describe, expect, it } from 'vitest';
import { termsHref } from './terms';

describe('the terms link', () => {
  it("links the shop's own terms page when SHOP_TERMS_URL is unset", () => {
    expect(termsHref(undefined)).toBe('/terms');
  });
  it('links SHOP_TERMS_URL when set', () => {
    expect(termsHref('https://shop.example/terms')).toBe('https://shop.example/terms');
  });
});
