import { describe, expect, it } from 'vitest';
import { EUR, USD } from '@/lib/pricing/fixtures';
import { itemCount, renewalsPhrase } from './describe';

describe('renewalsPhrase', () => {
  it('names each cycle with its amount, shortest first as given', () => {
    expect(renewalsPhrase([{ cycle: 'monthly', amount: 424 }], USD)).toBe('then $4.24 USD every month');
    expect(
      renewalsPhrase(
        [
          { cycle: 'monthly', amount: 424 },
          { cycle: 'annually', amount: 12230 },
        ],
        USD,
      ),
    ).toBe('then $4.24 USD every month and $122.30 USD every year');
    expect(
      renewalsPhrase(
        [
          { cycle: 'monthly', amount: 391 },
          { cycle: 'quarterly', amount: 1000 },
          { cycle: 'triennially', amount: 100000 },
        ],
        EUR,
      ),
    ).toBe('then €3.91 EUR every month, €10.00 EUR every 3 months and €1,000.00 EUR every 3 years');
  });

  it('is null when nothing renews', () => {
    expect(renewalsPhrase([], USD)).toBeNull();
  });
});

describe('itemCount', () => {
  it('says item or items', () => {
    expect(itemCount(0)).toBe('0 items');
    expect(itemCount(1)).toBe('1 item');
    expect(itemCount(2)).toBe('2 items');
  });
});
