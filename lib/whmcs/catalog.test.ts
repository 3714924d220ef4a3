import { describe, expect, it } from 'vitest';
import { getCurrenciesResponse, getPaymentMethodsResponse, getPromotionsResponse } from './wire/catalog';

describe('GetCurrencies answer', () => {
  it('reads currencies with numbers as strings and encoded prefixes', () => {
    const answer = {
      result: 'success',
      totalresults: 2,
      currencies: {
        currency: [
          { id: 1, code: 'USD', prefix: '$', suffix: ' USD', format: 1, rate: '1.00000' },
          { id: '2', code: 'GBP', prefix: '&pound;', suffix: '', format: '2', rate: '0.80000' },
        ],
      },
    };
    expect(getCurrenciesResponse.parse(answer)).toEqual([
      { id: 1, code: 'USD', prefix: '$', suffix: ' USD', format: 1, rate: '1.00000' },
      { id: 2, code: 'GBP', prefix: '£', suffix: '', format: 2, rate: '0.80000' },
    ]);
  });
});

describe('GetPaymentMethods answer', () => {
  it('reads modules and decoded display names', () => {
    const answer = {
      result: 'success',
      totalresults: 2,
      paymentmethods: { paymentmethod: [{ module: 'paypal', displayname: 'PayPal' }, { module: 'mailin', displayname: 'Cheque &amp; Mail' }] },
    };
    expect(getPaymentMethodsResponse.parse(answer)).toEqual([
      { module: 'paypal', displayName: 'PayPal' },
      { module: 'mailin', displayName: 'Cheque & Mail' },
    ]);
  });

  it('reads none as an empty list', () => {
    expect(getPaymentMethodsResponse.parse({ result: 'success', totalresults: 0 })).toEqual([]);
  });
});

/** A row as GetPromotions returns it from tblpromotions: every value a string. */
const row = {
  id: '3',
  code: 'SPRING',
  type: 'Percentage',
  recurring: '1',
  value: '15.00',
  cycles: 'Monthly,Semi-Annually,One Time',
  appliesto: '1,3',
  requires: '',
  requiresexisting: '0',
  startdate: '2025-01-01',
  expirationdate: '0000-00-00',
  maxuses: '100',
  uses: '4',
  lifetimepromo: '0',
  applyonce: '0',
  newsignups: '1',
  existingclient: '0',
  onceperclient: '1',
  recurfor: '3',
  upgrades: '0',
  upgradeconfig: '',
  notes: 'Spring &amp; summer',
};

function parseRow(overrides: Record<string, unknown>) {
  return getPromotionsResponse.parse({ result: 'success', totalresults: 1, promotions: { promotion: [{ ...row, ...overrides }] } });
}

describe('GetPromotions answer', () => {
  it('reads a promotion row', () => {
    expect(parseRow({})).toEqual([
      {
        id: 3,
        code: 'SPRING',
        type: 'percentage',
        recurring: true,
        recurFor: 3,
        value: 15,
        cycles: ['monthly', 'semiannually', 'onetime'],
        appliesTo: [1, 3],
        appliesToTlds: [],
        domainYears: [],
        startDate: '2025-01-01',
        expirationDate: null,
        maxUses: 100,
        uses: 4,
        applyOnce: false,
        newSignups: true,
        existingClient: false,
        oncePerClient: true,
        notes: 'Spring & summer',
      },
    ]);
  });

  it('reads no promotions when the key is absent', () => {
    expect(getPromotionsResponse.parse({ result: 'success', totalresults: 0 })).toEqual([]);
  });

  it.each([
    ['Percentage', '12.50', 'percentage', 12.5],
    ['Fixed Amount', '5.00', 'fixed', 500],
    ['Price Override', '1.99', 'priceOverride', 199],
    ['Free Setup', '0.00', 'freeSetup', 0],
  ] as const)('reads type %s with value %s', (type, value, domainType, domainValue) => {
    expect(parseRow({ type, value })[0]).toMatchObject({ type: domainType, value: domainValue });
  });

  it('reads empty restrictions as "all"', () => {
    expect(parseRow({ cycles: '', appliesto: '' })[0]).toMatchObject({ cycles: [], appliesTo: [] });
  });

  it('keeps product ids and cycles, TLDs (`D.com`) and domain periods (`1Years`), ignoring addons', () => {
    expect(parseRow({ cycles: 'Annually,1Years,2Years', appliesto: '4,A2,D.com,D.CO.UK' })[0]).toMatchObject({
      cycles: ['annually'],
      appliesTo: [4],
      appliesToTlds: ['com', 'co.uk'],
      domainYears: [1, 2],
    });
  });

  it('reads a TLD promotion (DOTCOM20: `D.com`, `1Years`) as one for .com registrations of one year only', () => {
    expect(parseRow({ cycles: '1Years', appliesto: 'D.com' })[0]).toMatchObject({ cycles: [], appliesTo: [], appliesToTlds: ['com'], domainYears: [1] });
  });

  it('keeps products out of a promotion whose cycles are only domain periods, and TLDs out of one with only product cycles', () => {
    expect(parseRow({ cycles: '1Years', appliesto: '4,D.com' })[0]).toMatchObject({ appliesTo: [], appliesToTlds: ['com'] });
    expect(parseRow({ cycles: 'Monthly', appliesto: '4,D.com' })[0]).toMatchObject({ appliesTo: [4], appliesToTlds: [] });
  });

  it('drops promotions that can apply to nothing sold here, and unknown types', () => {
    expect(parseRow({ appliesto: 'A2' })).toEqual([]);
    expect(parseRow({ cycles: '1Years,2Years' })).toEqual([]);
    expect(parseRow({ type: 'Mystery' })).toEqual([]);
  });

  it('rejects a value that is not a decimal', () => {
    expect(getPromotionsResponse.safeParse({ result: 'success', promotions: { promotion: [{ ...row, value: '15%' }] } }).success).toBe(false);
  });
});
