import { addDays, ymd } from '../dates';
import { cents } from '../money';
import type { Db } from '../rows';
import { YEAR_COLUMNS, type DomainPriceType } from './tlds';

/**
 * The demo shop's domains: seven TLDs that between them show every case the shop handles, the
 * extras' prices, a promotion on .com, and the two domains the demo client owns.
 * Prices are USD; EUR and GBP are converted at the currencies' rates, as the products are.
 */
interface SeedTld {
  extension: string;
  group: '' | 'hot' | 'new' | 'sale';
  categories: string[];
  extras: { dns: boolean; email: boolean; idprotect: boolean };
  epp: boolean;
  idn?: boolean;
  /** Years -> USD; a kind left out is not offered (GetTLDPricing leaves it out). */
  register: Record<number, number>;
  transfer: Record<number, number>;
  renew: Record<number, number>;
}

const ALL_EXTRAS = { dns: true, email: true, idprotect: true };

const SEED_TLDS: readonly SeedTld[] = [
  {
    extension: '.com',
    group: 'hot',
    categories: ['Popular', 'gTLD'],
    extras: ALL_EXTRAS,
    epp: true,
    // Verisign takes IDN registrations in .com (AddOrder's own example orders one).
    idn: true,
    register: { 1: 12.99, 2: 25.98, 3: 38.97, 5: 64.95, 10: 129.9 },
    transfer: { 1: 10.99 },
    renew: { 1: 14.99, 2: 29.98, 3: 44.97, 5: 74.95, 10: 149.9 },
  },
  {
    extension: '.net',
    group: 'sale',
    categories: ['Popular', 'gTLD'],
    extras: ALL_EXTRAS,
    epp: true,
    register: { 1: 9.99, 2: 27.98, 3: 41.97 },
    transfer: { 1: 12.99 },
    renew: { 1: 13.99, 2: 27.98, 3: 41.97 },
  },
  {
    extension: '.org',
    group: '',
    categories: ['Popular', 'gTLD'],
    extras: { dns: true, email: true, idprotect: false },
    epp: true,
    register: { 1: 11.49, 2: 22.98 },
    transfer: { 1: 11.49 },
    renew: { 1: 11.49, 2: 22.98 },
  },
  {
    extension: '.io',
    group: 'new',
    categories: ['Technology', 'ccTLD'],
    extras: { dns: true, email: false, idprotect: false },
    epp: true,
    register: { 1: 39, 2: 78 },
    transfer: { 1: 39 },
    renew: { 1: 45, 2: 90 },
  },
  {
    // .us forbids privacy services, and asks every registrant for a nexus category and purpose.
    extension: '.us',
    group: '',
    categories: ['ccTLD', 'Geographic'],
    extras: { dns: true, email: true, idprotect: false },
    epp: true,
    register: { 1: 7.99, 2: 15.98, 3: 23.97 },
    transfer: { 1: 7.99 },
    renew: { 1: 9.99, 2: 19.98, 3: 29.97 },
  },
  {
    // .uk moves between registrars by a tag change, not a paid transfer: no transfer price.
    extension: '.uk',
    group: '',
    categories: ['ccTLD', 'Geographic'],
    extras: ALL_EXTRAS,
    epp: false,
    register: { 1: 6.99, 2: 13.98 },
    transfer: {},
    renew: { 1: 6.99, 2: 13.98 },
  },
  {
    extension: '.de',
    group: '',
    categories: ['ccTLD', 'Geographic'],
    extras: { dns: true, email: true, idprotect: false },
    epp: true,
    idn: true,
    register: { 1: 8.49 },
    transfer: { 1: 8.49 },
    renew: { 1: 8.49 },
  },
];

/** Yearly prices of the extras (USD), stored as WHMCS does under pricing type `domainaddons`. */
const EXTRA_PRICES = { dns: 1.5, email: 1, idprotect: 3 };

/** 20% off the first year of a .com registration (WHMCS `appliesto` lists TLDs as `D.com`). */
const DOMAIN_PROMOTION = { code: 'DOTCOM20', value: 20, appliesto: 'D.com', cycles: '1Years', notes: '20% off a new .com for its first year' };

function currencyRates(db: Db): { id: number; rate: number }[] {
  return (db.prepare('SELECT id, rate FROM currencies').all() as { id: number; rate: string }[]).map((c) => ({ id: c.id, rate: Number(c.rate) }));
}

function insertYearPrices(db: Db, type: DomainPriceType, tldId: number, years: Record<number, number>): void {
  const insert = db.prepare(
    `INSERT INTO pricing (type, relid, currency, ${YEAR_COLUMNS.join(', ')}) VALUES (?, ?, ?, ${YEAR_COLUMNS.map(() => '?').join(', ')})`,
  );
  for (const { id, rate } of currencyRates(db)) {
    const values = YEAR_COLUMNS.map((_, index) => {
      const usd = years[index + 1];
      return usd === undefined ? -100 : Math.round(cents(usd) * rate);
    });
    insert.run(type, tldId, id, ...values);
  }
}

function seedTlds(db: Db): void {
  SEED_TLDS.forEach((tld, index) => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO tlds (extension, dnsmanagement, emailforwarding, idprotection, eppcode, idn, grp, categories, sort_order)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          tld.extension,
          tld.extras.dns ? 1 : 0,
          tld.extras.email ? 1 : 0,
          tld.extras.idprotect ? 1 : 0,
          tld.epp ? 1 : 0,
          tld.idn ? 1 : 0,
          tld.group,
          tld.categories.join(','),
          index,
        ).lastInsertRowid,
    );
    insertYearPrices(db, 'domainregister', id, tld.register);
    insertYearPrices(db, 'domaintransfer', id, tld.transfer);
    insertYearPrices(db, 'domainrenew', id, tld.renew);
  });
  const insertExtras = db.prepare("INSERT INTO pricing (type, relid, currency, msetupfee, qsetupfee, ssetupfee) VALUES ('domainaddons', 0, ?, ?, ?, ?)");
  for (const { id, rate } of currencyRates(db)) {
    insertExtras.run(id, ...[EXTRA_PRICES.dns, EXTRA_PRICES.email, EXTRA_PRICES.idprotect].map((usd) => Math.round(cents(usd) * rate)));
  }
  db.prepare(`INSERT INTO promotions (code, type, recurring, value, cycles, appliesto, notes) VALUES (?, 'Percentage', 0, ?, ?, ?, ?)`).run(
    DOMAIN_PROMOTION.code,
    cents(DOMAIN_PROMOTION.value),
    DOMAIN_PROMOTION.cycles,
    DOMAIN_PROMOTION.appliesto,
    DOMAIN_PROMOTION.notes,
  );
}

/**
 * Client 1 owns demo-shop.com (Active, with DNS management, renews in about nine months) and
 * demo-shop.net (Active, expires in 20 days: "expiring soon"). They are imported, not ordered
 * (orderid 0), so the demo's order and invoice numbers stay as they were.
 */
function seedClientDomains(db: Db, now: Date): void {
  const insert = db.prepare(
    `INSERT INTO domains (userid, orderid, type, registrationdate, domain, firstpaymentamount, recurringamount, registrar,
       registrationperiod, expirydate, nextduedate, nextinvoicedate, status, dnsmanagement, paymentmethod)
     VALUES (1, 0, 'Register', ?, ?, ?, ?, 'sandbox', 1, ?, ?, ?, 'Active', ?, 'paypal')`,
  );
  const owned = [
    { domain: 'demo-shop.com', registered: -90, expires: 275, first: 1299, recurring: 1649, dns: 1 },
    { domain: 'demo-shop.net', registered: -345, expires: 20, first: 999, recurring: 1399, dns: 0 },
  ];
  for (const d of owned) {
    const expiry = ymd(addDays(now, d.expires));
    insert.run(ymd(addDays(now, d.registered)), d.domain, d.first, d.recurring, expiry, expiry, expiry, d.dns);
  }
}

/** Seeds after the products and people (the domains belong to client 1). */
export function seedDemoDomains(db: Db, now: Date): void {
  seedTlds(db);
  seedClientDomains(db, now);
}
