import { describe, expect, it } from 'vitest';
import { business, CURRENCIES, dedicatedServer, freeTrial, sslCertificate, starter } from '@/lib/pricing/fixtures';
import type { Currency } from '@/lib/whmcs/types';
import { offerFor } from './offer';

const [usd, eur] = CURRENCIES as [Currency, Currency];

describe('offerFor', () => {
  it('phrases a long cycle with its effective monthly price and saving', () => {
    // 49.95 / 12 = 4.1625 -> 4.16; 1 - 49.95 / (12 x 4.99) = 16.58% -> 17%.
    expect(offerFor(starter, usd, 'annually')).toEqual({
      cycle: 'annually',
      cycleLabel: 'Annually',
      price: '$49.95',
      per: '/yr',
      monthly: '$4.16/mo',
      saving: 17,
      setup: 'No setup fee',
      summary: '$49.95 USD today, then $49.95 USD every year',
    });
  });

  it('never hides a setup fee and counts it in what is paid today', () => {
    const offer = offerFor(business, usd, 'monthly');
    expect(offer).toMatchObject({ price: '$12.99', per: '/mo', monthly: null, saving: null, setup: '+ $5.00 setup fee' });
    expect(offer?.summary).toBe('$17.99 USD today, then $12.99 USD every month');
  });

  it('formats EUR like every currency: prefix, grouping and two decimals', () => {
    expect(offerFor(business, eur, 'annually')).toMatchObject({ price: '€131.88', monthly: '€10.99/mo' });
  });

  it('phrases one-time and free products', () => {
    expect(offerFor(sslCertificate, usd, 'onetime')).toMatchObject({
      price: '$49.00',
      per: ' one time',
      monthly: null,
      setup: '+ $5.00 setup fee',
      summary: '$54.00 USD once: nothing renews',
    });
    expect(offerFor(freeTrial, usd, 'free')).toMatchObject({ price: 'Free', per: '', setup: 'No setup fee' });
  });

  it('is null for a cycle or currency the product does not sell', () => {
    expect(offerFor(starter, usd, 'biennially')).toBeNull();
    expect(offerFor(dedicatedServer, eur, 'annually')).toBeNull();
  });
});
