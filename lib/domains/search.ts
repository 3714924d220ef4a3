import { toASCII } from 'tr46';
import { checkDomain } from '@/lib/catalogue/domain-name';
import { cleanDomainInput } from '@/lib/catalogue/domain-input';
import type { Tld, YearPrice } from '@/lib/whmcs/types';

/**
 * What a domain search asks and offers, pure: the name typed (with or without an extension),
 * the candidates to look up (that name in its TLD, then in the shop's featured TLDs), and
 * what each costs.
 */

export type SearchQuery =
  | {
      ok: true;
      /** The name without extension, for people (Unicode). */
      label: string;
      /** The extension typed, when it is one the shop sells; null when none was typed. */
      tld: string | null;
    }
  | { ok: false; message: string };

/** A TLD as people type and read it: lower case, no leading dot, Unicode. */
function normaliseTld(tld: string): string {
  return tld.trim().toLowerCase().replace(/^\./, '');
}

/**
 * Reads the search box. `sold` are the TLDs on sale (Unicode, no dot). "fresh idea" is not a
 * name; "fresh-idea" searches the featured TLDs; "fresh-idea.com" that name first;
 * "blog.fresh-idea.com" is refused (domains are registered one level below the extension).
 */
export function parseSearch(input: string, sold: readonly string[]): SearchQuery {
  const typed = cleanDomainInput(input);
  if (!typed) return { ok: false, message: 'Type the name you want, like my-idea or my-idea.com.' };
  const withTld = typed.includes('.');
  const check = checkDomain(withTld ? typed : `${typed}.com`);
  if (!check.ok) return { ok: false, message: withTld ? check.message : `"${typed}" cannot be a domain name: use letters, digits and hyphens.` };
  if (!withTld) return { ok: true, label: check.domain.slice(0, -'.com'.length), tld: null };
  const labels = check.domain.split('.');
  // The longest extension the shop sells wins: "name.co.uk" is "name" in "co.uk".
  for (let cut = 1; cut < labels.length; cut++) {
    const tld = labels.slice(cut).join('.');
    if (!sold.includes(tld)) continue;
    if (cut > 1) return { ok: false, message: `Search for the domain itself, like ${labels.slice(cut - 1).join('.')}, without what comes before it.` };
    return { ok: true, label: labels[0] as string, tld };
  }
  return { ok: false, message: `We don't sell .${labels.slice(1).join('.')} domains. Try one of the extensions below.` };
}

/** The name to show people and the form WHMCS gets (punycode for IDNs). */
export interface DomainName {
  domain: string;
  ascii: string;
  tld: string;
}

export function domainName(label: string, tld: string): DomainName {
  const domain = `${label}.${tld}`;
  return { domain, ascii: toASCII(domain, { transitionalProcessing: false }) ?? domain, tld };
}

/**
 * The featured TLDs, in the order WHMCS lists TLDs: the shop's choice when configured (those it
 * sells), else the ones WHMCS labels hot or sale, else the first three.
 */
export function featuredTlds(tlds: readonly Tld[], configured?: readonly string[]): string[] {
  const sold = tlds.map((t) => t.tld);
  if (configured?.length) return configured.map(normaliseTld).filter((tld, i, all) => sold.includes(tld) && all.indexOf(tld) === i);
  const labelled = tlds.filter((t) => t.group === 'hot' || t.group === 'sale').map((t) => t.tld);
  return labelled.length > 0 ? labelled : sold.slice(0, 3);
}

/** What to look up: the name in the TLD typed (first), then in each featured TLD. */
export function searchCandidates(query: { label: string; tld: string | null }, featured: readonly string[]): DomainName[] {
  const tlds = query.tld ? [query.tld, ...featured.filter((tld) => tld !== query.tld)] : [...featured];
  return tlds.map((tld) => domainName(query.label, tld));
}

/** A TLD's offer: the shortest registration period with its price, what that period renews at, the transfer price. */
export interface TldOffer {
  register: YearPrice | null;
  renew: YearPrice | null;
  transfer: YearPrice | null;
}

export function tldOffer(tld: Tld): TldOffer {
  const register = tld.register[0] ?? null;
  const renew = (register && tld.renew.find((p) => p.years === register.years)) ?? tld.renew[0] ?? null;
  return { register, renew, transfer: tld.transfer[0] ?? null };
}

/**
 * Where WHMCS's own cart address (`/cart.php?...`) leads: `a=add&domain=register|transfer` to the
 * domain search, with the name when the link carries one (`query`, or WHMCS's `sld` + `tld`);
 * anything else to the cart.
 */
export function cartPhpTarget(params: URLSearchParams): string {
  const isDomainLink = params.get('a') === 'add' && ['register', 'transfer'].includes(params.get('domain') ?? '');
  if (!isDomainLink) return '/cart';
  const tld = (params.get('tld') ?? '').trim().replace(/^\./, '');
  const name = (params.get('query') ?? `${(params.get('sld') ?? '').trim()}${tld ? `.${tld}` : ''}`).trim();
  return name ? `/domains?${new URLSearchParams({ query: name })}` : '/domains';
}
