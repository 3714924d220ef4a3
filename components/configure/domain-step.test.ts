import { describe, expect, it } from 'vitest';
import { defaultConfiguration } from '@/lib/pricing';
import { starter } from '@/lib/pricing/fixtures';
import type { Tld } from '@/lib/whmcs/types';
import { domainOrder, domainStepPrice, hostingDomain, stepFromLine, tldOf, transferableTlds, type DomainStepValues } from './domain-step';
import { valuesFromConfiguration, type ConfiguratorValues } from './form-model';
import { configuratorSchema } from './form-schema';

const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };
const tld = (name: string, transferable: boolean): Tld => ({
  tld: name,
  categories: [],
  group: '',
  extras: NO_EXTRAS,
  register: [{ years: 1, price: 1000 }],
  transfer: transferable ? [{ years: 1, price: 900 }] : [],
  renew: [{ years: 1, price: 1200 }],
});
const TLDS = [tld('com', true), tld('uk', true), tld('co.uk', false), tld('io', false)];

function withStep(step: Partial<DomainStepValues>, domain = ''): ConfiguratorValues {
  const values = valuesFromConfiguration(starter, defaultConfiguration(starter, 'USD'));
  return { ...values, domain, domainStep: { ...values.domainStep, ...step } };
}

function errors(values: ConfiguratorValues, tlds: readonly Tld[] | null = TLDS) {
  const result = configuratorSchema(starter, 'USD', true, tlds).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('domain step: validation', () => {
  it('starts on "use a domain I already own" and asks for that domain only', () => {
    expect(withStep({}).domainStep.choice).toBe('own');
    expect(errors(withStep({ register: '', transfer: 'x' }))).toEqual({ domain: 'Enter a domain name, like example.com.' });
    expect(errors(withStep({}, 'bücher.de'))).toEqual({});
  });

  it('asks a customer registering to pick an available name, not for their own domain', () => {
    expect(errors(withStep({ choice: 'register' }))).toEqual({ 'domainStep.register': 'Search for a name and choose one that is available.' });
    expect(errors(withStep({ choice: 'register', register: 'fresh-idea.com' }))).toEqual({});
  });

  it('asks a transfer for a valid domain in a transferable TLD and its EPP code, each on its field', () => {
    expect(errors(withStep({ choice: 'transfer' }))).toEqual({
      'domainStep.transfer': 'Enter a domain name, like example.com.',
      'domainStep.eppCode': 'Enter the EPP code: your current registrar gives it to you for a transfer.',
    });
    expect(errors(withStep({ choice: 'transfer', transfer: 'my-site.io', eppCode: 'abc' }))).toEqual({
      'domainStep.transfer': 'We can\'t transfer .io domains. Choose "Use a domain I already own" to host it anyway.',
    });
    expect(errors(withStep({ choice: 'transfer', transfer: 'shop.co.uk', eppCode: 'abc' }))).toHaveProperty('domainStep.transfer');
    expect(errors(withStep({ choice: 'transfer', transfer: 'my site.com', eppCode: 'abc' }))).toHaveProperty('domainStep.transfer');
    expect(errors(withStep({ choice: 'transfer', transfer: 'my-site.com', eppCode: 'x'.repeat(65) }))).toEqual({
      'domainStep.eppCode': 'An EPP code has at most 64 characters: check what you pasted.',
    });
    expect(errors(withStep({ choice: 'transfer', transfer: 'HTTPS://My-Site.com/', eppCode: ' Ab#12 ' }))).toEqual({});
  });

  it('lets an edited transfer keep the EPP code the cart holds, for that domain only', () => {
    expect(errors(withStep({ choice: 'transfer', transfer: 'my-site.com', keptTransfer: 'my-site.com' }))).toEqual({});
    expect(errors(withStep({ choice: 'transfer', transfer: 'other-site.com', keptTransfer: 'my-site.com' }))).toHaveProperty('domainStep.eppCode');
  });

  it('reports the domain step together with the other fields, not after them', () => {
    const values = { ...withStep({ choice: 'register' }), cycle: 'weekly' };
    expect(errors(values)).toEqual({ cycle: 'Choose a billing cycle.', 'domainStep.register': 'Search for a name and choose one that is available.' });
  });

  it('offers only "use my own" when the TLD prices could not be read', () => {
    expect(errors(withStep({ choice: 'register', register: 'fresh-idea.com' }), null)).toHaveProperty('domainStep.choice');
    expect(errors(withStep({}, 'example.com'), null)).toEqual({});
  });

  it('asks nothing of a product that needs no domain', () => {
    const result = configuratorSchema(starter, 'USD', false, TLDS).safeParse(withStep({ choice: 'transfer' }));
    expect(result.success).toBe(true);
  });
});

describe('domain step: what it orders', () => {
  it('orders a registration, a transfer with its code, or nothing for an own domain', () => {
    const none = { register: '', transfer: '', eppCode: '', keptTransfer: '' };
    expect(domainOrder({ ...none, choice: 'register', register: 'fresh-idea.com', transfer: 'x.com' })).toEqual({ type: 'register', domain: 'fresh-idea.com' });
    expect(domainOrder({ ...none, choice: 'transfer', register: 'a.com', transfer: ' https://My-Site.com/ ', eppCode: ' Ab#12 ' })).toEqual({
      type: 'transfer',
      domain: 'my-site.com',
      eppCode: 'Ab#12',
    });
    expect(domainOrder({ ...none, choice: 'own', register: 'a.com', transfer: 'b.com', eppCode: 'e' })).toBeNull();
  });

  it('gives the hosting account the chosen way\'s domain', () => {
    const step = { choice: 'register' as const, register: 'fresh-idea.com', transfer: '', eppCode: '', keptTransfer: '' };
    expect(hostingDomain(step, 'mine.com')).toBe('fresh-idea.com');
    expect(hostingDomain({ ...step, choice: 'own' }, ' Mine.com ')).toBe('mine.com');
  });

  it('finds the TLD a domain is sold under, the longest first, and which TLDs transfer', () => {
    expect(tldOf('shop.co.uk', TLDS)).toBe('co.uk');
    expect(tldOf('shop.uk', TLDS)).toBe('uk');
    expect(tldOf('shop.xyz', TLDS)).toBeNull();
    expect(transferableTlds(TLDS)).toEqual(['com', 'uk']);
  });
});

describe('domain step: its price in the summary', () => {
  const none = { register: '', transfer: '', eppCode: '', keptTransfer: '' };

  it('prices the picked registration or the transfer as the cart does: shortest period, no extras, and its renewal', () => {
    expect(domainStepPrice({ ...none, choice: 'register', register: 'fresh-idea.com' }, TLDS)).toEqual({
      order: { type: 'register', domain: 'fresh-idea.com' },
      price: { type: 'register', years: 1, base: 1000, extras: 0, dueToday: 1000, renewal: 1200 },
    });
    expect(domainStepPrice({ ...none, choice: 'transfer', transfer: 'My-Site.com', eppCode: 'x' }, TLDS)?.price).toMatchObject({ type: 'transfer', dueToday: 900 });
  });

  it('adds nothing for an own domain, nothing picked yet, a TLD not sold or not transferable, or without TLD prices', () => {
    expect(domainStepPrice({ ...none, choice: 'own' }, TLDS)).toBeNull();
    expect(domainStepPrice({ ...none, choice: 'register' }, TLDS)).toBeNull();
    expect(domainStepPrice({ ...none, choice: 'register', register: 'fresh-idea.xyz' }, TLDS)).toBeNull();
    expect(domainStepPrice({ ...none, choice: 'transfer', transfer: 'my-site.io' }, TLDS)).toBeNull();
    expect(domainStepPrice({ ...none, choice: 'register', register: 'fresh-idea.com' }, null)).toBeNull();
  });

  it('restores an edited item\'s step from its cart line, a transfer\'s code kept sealed', () => {
    expect(stepFromLine({ type: 'register', display: 'bücher-neu.de', sealedEppCode: null })).toEqual({ ...none, choice: 'register', register: 'bücher-neu.de' });
    expect(stepFromLine({ type: 'transfer', display: 'my-site.com', sealedEppCode: 'sealed' })).toEqual({
      ...none,
      choice: 'transfer',
      transfer: 'my-site.com',
      keptTransfer: 'my-site.com',
    });
  });
});
