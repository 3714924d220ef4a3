import { describe, expect, it } from 'vitest';
import { RECURRING_CYCLES } from '@/lib/whmcs/types';
import { CYCLE_MONTHS, CYCLE_ORDER, cycleEvery, cycleLabel, cyclePer, isRecurringCycle, parseCycle } from './cycles';

describe('cycles', () => {
  it('knows how many months each recurring cycle lasts', () => {
    expect(CYCLE_MONTHS).toEqual({
      monthly: 1,
      quarterly: 3,
      semiannually: 6,
      annually: 12,
      biennially: 24,
      triennially: 36,
    });
  });

  it('orders cycles shortest first, the non-recurring last', () => {
    expect(CYCLE_ORDER).toEqual([
      'monthly',
      'quarterly',
      'semiannually',
      'annually',
      'biennially',
      'triennially',
      'onetime',
      'free',
    ]);
  });

  it('labels every cycle', () => {
    expect(CYCLE_ORDER.map(cycleLabel)).toEqual([
      'Monthly',
      'Quarterly',
      'Semi-annually',
      'Annually',
      'Biennially',
      'Triennially',
      'One time',
      'Free',
    ]);
  });

  it('says how often each recurring cycle renews, and its compact unit', () => {
    expect(RECURRING_CYCLES.map(cycleEvery)).toEqual([
      'every month',
      'every 3 months',
      'every 6 months',
      'every year',
      'every 2 years',
      'every 3 years',
    ]);
    expect(RECURRING_CYCLES.map(cyclePer)).toEqual(['/mo', '/3 mo', '/6 mo', '/yr', '/2 yrs', '/3 yrs']);
  });

  it('tells recurring cycles from onetime and free', () => {
    expect(CYCLE_ORDER.filter(isRecurringCycle)).toEqual([...RECURRING_CYCLES]);
  });

  it.each([
    ['monthly', 'monthly'],
    ['Annually', 'annually'],
    ['Semi-Annually', 'semiannually'], // GetClientsProducts' display name
    ['SEMIANNUALLY', 'semiannually'],
    ['One Time', 'onetime'],
    ['onetime', 'onetime'],
    ['Free Account', 'free'], // GetClientsProducts' name for free
    ['free', 'free'],
  ])('parses %j as %s, as AddOrder reads cycle names', (input, expected) => {
    expect(parseCycle(input)).toBe(expected);
  });

  it.each(['weekly', '', 'constructor', 'toString', '12'])('rejects the name %j', (input) => {
    expect(parseCycle(input)).toBeNull();
  });

  // Each input wrapped in its own row, so the array input is not spread into arguments.
  it.each([[12], [null], [undefined], [{}], [['monthly']], [true]])('rejects the non-string %j', (input) => {
    expect(parseCycle(input)).toBeNull();
  });
});
