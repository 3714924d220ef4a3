import { CURRENCIES } from '@/lib/pricing/fixtures';
import { allProducts } from '@/lib/pricing/fixtures';
import type { Currency, Promotion, Tld } from '@/lib/whmcs/types';
import type { DomainCatalogue } from './domain-lines';
import type { HostingDomainContext } from './hosting-domain';
import type { DomainPricing, PricingCatalogue } from './pricing';
import type { CartStore } from './store';
import type { CartDomain, CartItem } from './types';

/**
 * Promotions and helpers for the cart's unit tests, on top of lib/pricing/fixtures (USD is the
 * default currency at rate 1, EUR at 0.92). Amounts are minor units.
 */

export const [USD_CURRENCY, EUR_CURRENCY] = CURRENCIES as [Currency, Currency];

export const catalogue: PricingCatalogue = {
  products: allProducts,
  currencies: CURRENCIES,
  defaultCurrency: USD_CURRENCY,
};

function promotion(fields: Partial<Promotion> & Pick<Promotion, 'code' | 'type' | 'value'>): Promotion {
  return {
    id: 1,
    recurring: false,
    recurFor: 0,
    cycles: [],
    appliesTo: [],
    appliesToTlds: [],
    domainYears: [],
    startDate: null,
    expirationDate: null,
    maxUses: 0,
    uses: 0,
    applyOnce: false,
    newSignups: false,
    existingClient: false,
    oncePerClient: false,
    notes: '',
    ...fields,
  };
}

/** 15% off, renewals too, on Starter, Business, Cloud VPS 2 and the SSL certificate. */
export const SAVE15 = promotion({ code: 'SAVE15', type: 'percentage', value: 15, recurring: true, appliesTo: [1, 2, 10, 20] });
/** $5.00 (default currency) off the first payment of Starter, Business and Cloud VPS 2; ended 2025-01-31. */
export const WELCOME5 = promotion({ code: 'WELCOME5', type: 'fixed', value: 500, appliesTo: [1, 2, 10], expirationDate: '2025-01-31' });
/** Starter for $3.00 (default currency) a month, first payment and renewals; monthly only. */
export const STARTER3 = promotion({
  code: 'STARTER3',
  type: 'priceOverride',
  value: 300,
  recurring: true,
  appliesTo: [1],
  cycles: ['monthly'],
});
/** No setup fees on Business and Cloud VPS 2. */
export const FREESETUP = promotion({ code: 'FREESETUP', type: 'freeSetup', value: 0, appliesTo: [2, 10] });

export { promotion };

/** A cart item; the snapshot defaults to none (no price comparison). */
export function cartItem(fields: Partial<CartItem> & Pick<CartItem, 'pid' | 'configuration'>): CartItem {
  return {
    id: `item-${fields.pid}-${Math.random().toString(36).slice(2, 8)}`,
    domain: null,
    customFields: {},
    addedAt: '2025-01-15T10:00:00.000Z',
    addedPrices: {},
    ...fields,
  };
}

/** Cloud VPS 2 with every option at its default (Ubuntu, Frankfurt, no backups, 0 GB, 1 IPv4). */
export const vpsOptions = { 1: 11, 2: 21, 3: 0, 4: 0, 5: 1 };

const ALL_EXTRAS = { dnsmanagement: true, emailforwarding: true, idprotection: true };

/** .com as the sandbox sells it in USD: one or two years, every extra. */
export const COM_TLD: Tld = {
  tld: 'com',
  categories: ['Popular'],
  group: 'hot',
  extras: ALL_EXTRAS,
  register: [
    { years: 1, price: 1299 },
    { years: 2, price: 2598 },
  ],
  transfer: [{ years: 1, price: 1099 }],
  renew: [
    { years: 1, price: 1499 },
    { years: 2, price: 2998 },
  ],
};

/** .com and .us as the sandbox sells them in USD (lib/sandbox/domains/seed.ts); .us asks for its additional fields. */
export const DOMAIN_PRICING: DomainPricing = {
  tlds: [
    COM_TLD,
    {
      tld: 'us',
      categories: ['ccTLD'],
      group: '',
      extras: { ...ALL_EXTRAS, idprotection: false },
      register: [{ years: 1, price: 799 }],
      transfer: [{ years: 1, price: 799 }],
      renew: [{ years: 1, price: 999 }],
    } satisfies Tld,
  ],
  extraPrices: { dnsmanagement: 150, emailforwarding: 100, idprotection: 300 },
};

/** 20% off a one-year .com registration, as GetPromotions reads the sandbox's DOTCOM20. */
export const DOTCOM20 = promotion({ code: 'DOTCOM20', type: 'percentage', value: 20, appliesToTlds: ['com'], domainYears: [1] });

/** A domain line; no price snapshot by default. */
export function domainLine(fields: Partial<CartDomain> & Pick<CartDomain, 'domain'>): CartDomain {
  return {
    id: `domain-${fields.domain}`,
    type: 'register',
    display: fields.domain,
    tld: fields.domain.slice(fields.domain.indexOf('.') + 1),
    years: 1,
    extras: { dnsmanagement: false, emailforwarding: false, idprotection: false },
    sealedEppCode: null,
    fields: {},
    idnLanguage: null,
    hostingItemId: null,
    addedAt: '2025-01-15T10:00:00.000Z',
    addedPrices: {},
    ...fields,
  };
}

/** The clock and the cart the store tests work on. */
export const TEST_NOW = new Date('2025-01-20T12:00:00Z');
export const TEST_CART = 'cart-under-test';

/**
 * What the cart's mutations need, for tests on `store`: the demo catalogue in USD at TEST_NOW, ids
 * `{idPrefix}-001`, `-002`... (fresh per context), new carts allowed, secrets "sealed" visibly as
 * their length, and WHOIS by the sandbox's rule (names starting with `taken` are registered).
 */
export function testCartContext(store: CartStore, idPrefix: string, domainCatalogue: DomainCatalogue | null = null): HostingDomainContext {
  let ids = 0;
  return {
    store,
    catalogue,
    currencyCode: 'USD',
    now: TEST_NOW,
    newId: () => `${idPrefix}-${String(++ids).padStart(3, '0')}`,
    allowNewCart: async () => ({ allowed: true, retryAfterMs: 0 }),
    sealRootPassword: (password) => `sealed(${password.length})`,
    sealEppCode: (code) => `sealed(${code.length})`,
    domainCatalogue: async () => domainCatalogue ?? { currencyCode: 'USD', tlds: DOMAIN_PRICING.tlds, extraPrices: DOMAIN_PRICING.extraPrices, idnLanguages: {} },
    availability: async (ascii) => (ascii.startsWith('taken') ? 'unavailable' : 'available'),
  };
}
