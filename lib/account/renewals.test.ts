import { describe, expect, it } from 'vitest';
import { canOfferRenewal, renewalFingerprints, renewalKey, renewalRefusal, type Renewable } from './renewals';

const plus: Renewable = { kind: 'service', id: 1, name: 'Plus', status: 'Active', billingCycle: 'Annually', nextDueDate: '2026-09-01', recurringAmount: 9_900 };
const backup: Renewable = { kind: 'addon', id: 7, name: 'Backups', status: 'Active', billingCycle: 'Annually', nextDueDate: '2026-09-01', recurringAmount: 1_200 };

describe('renewalKey', () => {
  it('is the same for the same items and period whatever their order (a double click, a second tab)', () => {
    expect(renewalKey(1, [plus, backup])).toBe(renewalKey(1, [backup, plus]));
  });

  it('is new once the period moved on, for another client, or for other items', () => {
    const key = renewalKey(1, [plus]);
    expect(renewalKey(1, [{ ...plus, nextDueDate: '2027-09-01' }])).not.toBe(key);
    expect(renewalKey(2, [plus])).not.toBe(key);
    expect(renewalKey(1, [plus, backup])).not.toBe(key);
    // An addon with the service's id is not the service.
    expect(renewalKey(1, [{ ...plus, kind: 'addon' }])).not.toBe(key);
  });

  it('fingerprints change with the amount and the payment method, not the content with the method', () => {
    const a = renewalFingerprints(1, [plus], 'paypal');
    expect(renewalFingerprints(1, [plus], 'stripe').contentFingerprint).toBe(a.contentFingerprint);
    expect(renewalFingerprints(1, [plus], 'stripe').fingerprint).not.toBe(a.fingerprint);
    expect(renewalFingerprints(1, [{ ...plus, recurringAmount: 1 }], 'paypal').contentFingerprint).not.toBe(a.contentFingerprint);
  });
});

describe('canOfferRenewal', () => {
  it.each([
    [{ status: 'Active', billingCycle: 'Monthly', nextDueDate: '2026-01-01' }, true],
    [{ status: 'Suspended', billingCycle: 'Annually', nextDueDate: '2026-01-01' }, true],
    [{ status: 'Pending', billingCycle: 'Monthly', nextDueDate: '2026-01-01' }, false],
    [{ status: 'Cancelled', billingCycle: 'Monthly', nextDueDate: '2026-01-01' }, false],
    [{ status: 'Active', billingCycle: 'One Time', nextDueDate: '2026-01-01' }, false],
    [{ status: 'Active', billingCycle: 'Free Account', nextDueDate: null }, false],
  ] as const)('%o -> %s', (item, expected) => {
    expect(canOfferRenewal(item)).toBe(expected);
  });
});

describe('renewalRefusal', () => {
  it("puts WHMCS's documented refusals in plain words, saying nothing was charged", () => {
    expect(renewalRefusal('Service ID 12 can not be renewed at this time.').message).toMatch(/can't be renewed early right now.*Nothing was renewed and nothing was charged/);
    expect(renewalRefusal('Service ID not owned by Client ID provided').message).toMatch(/not on your account/);
    expect(renewalRefusal('Something new').message).toContain('(Something new)');
  });
});
