import { describe, expect, it } from 'vitest';
import { paramsToRequest } from '@/lib/catalogue/configuration-link';
import { cloudVps2, starter } from '@/lib/pricing/fixtures';
import { EDIT_ITEM_PARAM, editItemHref } from './links';

describe('editItemHref', () => {
  it("links to the configurator with the item's configuration in the configurator's own parameters", () => {
    const href = editItemHref(cloudVps2, { id: 'abc123def456', configuration: { cycle: 'quarterly', options: { 1: 12, 4: 3 }, quantity: 2 }, domain: null }, 'EUR');
    const url = new URL(href, 'https://shop.example');
    expect(url.pathname).toBe('/store/cloud-vps/cloud-vps-2');
    expect(url.searchParams.get(EDIT_ITEM_PARAM)).toBe('abc123def456');
    expect(paramsToRequest(url.searchParams)).toEqual({
      configuration: { cycle: 'quarterly', options: { 1: '12', 4: '3' }, quantity: '2' },
      currencyCode: 'EUR',
      domain: null,
      promoCode: null,
    });
  });

  it('carries the domain, and no quantity for products ordered one at a time', () => {
    const url = new URL(editItemHref(starter, { id: 'item-1234567', configuration: { cycle: 'annually', options: {}, quantity: 1 }, domain: 'bücher.de' }, 'USD'), 'https://x.example');
    expect(url.searchParams.get('domain')).toBe('bücher.de');
    expect(url.searchParams.has('qty')).toBe(false);
  });
});
