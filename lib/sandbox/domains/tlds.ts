import { domainToASCII } from 'node:url';
import type { Cents } from '../money';
import type { Db } from '../rows';

/** tbldomainpricing as the sandbox stores it (see schema.ts). */
export interface TldRow {
  id: number;
  extension: string;
  dnsmanagement: number;
  emailforwarding: number;
  idprotection: number;
  eppcode: number;
  idn: number;
  grp: string;
  categories: string;
  sort_order: number;
}

export type DomainPriceType = 'domainregister' | 'domaintransfer' | 'domainrenew';

/** The pricing columns that hold 1..10 years, as WHMCS lays domain prices out in tblpricing. */
export const YEAR_COLUMNS = [
  'msetupfee',
  'qsetupfee',
  'ssetupfee',
  'asetupfee',
  'bsetupfee',
  'monthly',
  'quarterly',
  'semiannually',
  'annually',
  'biennially',
] as const;

/** Years -> price for one TLD, one kind, one currency. Only the periods on offer. */
export type YearPrices = Map<number, Cents>;

export function tldsInOrder(db: Db): TldRow[] {
  return db.prepare('SELECT * FROM tlds ORDER BY sort_order, id').all() as TldRow[];
}

function tldByExtension(db: Db, extension: string): TldRow | undefined {
  return db.prepare('SELECT * FROM tlds WHERE extension = ?').get(`.${extension.replace(/^\./, '')}`) as TldRow | undefined;
}

/**
 * A TLD's prices of one kind, as GetTLDPricing reads them: registrations at any price of 0.00 or
 * more, transfers and renewals only above 0.00 (a 0.00 transfer is "not offered").
 */
export function tldPrices(db: Db, tldId: number, type: DomainPriceType, currencyId: number): YearPrices {
  const row = db.prepare('SELECT * FROM pricing WHERE type = ? AND relid = ? AND currency = ?').get(type, tldId, currencyId) as
    | Record<(typeof YEAR_COLUMNS)[number], Cents>
    | undefined;
  const prices: YearPrices = new Map();
  if (!row) return prices;
  YEAR_COLUMNS.forEach((column, index) => {
    const price = row[column];
    if (type === 'domainregister' ? price >= 0 : price > 0) prices.set(index + 1, price);
  });
  return prices;
}

export type DomainExtra = 'dnsmanagement' | 'emailforwarding' | 'idprotection';
export const DOMAIN_EXTRAS: readonly DomainExtra[] = ['dnsmanagement', 'emailforwarding', 'idprotection'];

/** WHMCS's names for the extras on invoices. */
export const EXTRA_NAMES: Record<DomainExtra, string> = {
  dnsmanagement: 'DNS Management',
  emailforwarding: 'Email Forwarding',
  idprotection: 'ID Protection',
};

/** The yearly price of each extra (tblpricing type `domainaddons`: msetupfee, qsetupfee, ssetupfee). */
export function extraPrices(db: Db, currencyId: number): Record<DomainExtra, Cents> {
  const row = db.prepare("SELECT msetupfee, qsetupfee, ssetupfee FROM pricing WHERE type = 'domainaddons' AND relid = 0 AND currency = ?").get(
    currencyId,
  ) as { msetupfee: Cents; qsetupfee: Cents; ssetupfee: Cents } | undefined;
  return { dnsmanagement: row?.msetupfee ?? 0, emailforwarding: row?.qsetupfee ?? 0, idprotection: row?.ssetupfee ?? 0 };
}

export interface DomainParts {
  /** The whole name in ASCII (punycode), lower case. */
  domain: string;
  sld: string;
  /** Without the leading dot: `com`, `co.uk`. */
  tld: string;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * WHMCS's splitAndCleanDomainInput + checkDomainisValid: lower case, no scheme or `www.`, ASCII
 * (punycode) form; the first label is the name, the rest the TLD (`co.uk`). Every label must be
 * valid, and an IDN (`xn--`) name only on a TLD that takes them. Null when the name is not valid;
 * `tld` undefined when the sandbox does not sell that extension.
 */
export function splitDomain(db: Db, input: string): { parts: DomainParts; tld: TldRow | undefined } | null {
  const cleaned = input.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\.$/, '');
  const domain = domainToASCII(cleaned);
  if (!domain || domain.length > 253) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  const [sld = '', ...rest] = labels;
  const tld = rest.join('.');
  const row = tldByExtension(db, tld);
  if (sld.startsWith('xn--') && row?.idn !== 1) return null;
  return { parts: { domain, sld, tld }, tld: row };
}
