import { checkDomain } from '@/lib/catalogue/domain-name';
import { checkAdditionalFields } from '@/lib/domains/additional-fields';
import { domainName, parseSearch } from '@/lib/domains/search';
import { domainPeriods, priceDomain, type ChosenExtras, type DomainOrderType, type ExtraPrices } from '@/lib/pricing';
import { DOMAIN_EXTRAS, type DomainAvailability, type Tld } from '@/lib/whmcs/types';
import type { RateDecision } from '@/lib/auth/rate-limit';
import type { DomainLineInput, DomainLineUpdate } from './domain-inputs';
import type { MutationResult } from './mutations';
import { tooManyNewCarts } from './new-cart-limit';
import { MAX_CART_ITEMS, type CartStore } from './store';
import { extraLabel } from './describe';
import type { AddedPrice, CartDomain } from './types';

/**
 * Domain lines in the cart: adding a registration or transfer, and changing its period, extras,
 * EPP code and the TLD's extra fields. Every rule is checked against GetTLDPricing in the cart's
 * currency, and nothing is written unless all pass. Free of Next.js (the server actions in
 * components/cart/domain-actions.ts add the cookie), so the rules are tested on a real database.
 *
 * A line may be added before the customer has given what only they can (a transfer's EPP code,
 * the TLD's required fields): the search page has no room for them. The cart then shows the
 * line as needing them and checkout waits; a change from the cart must give them.
 */

/** The TLDs on sale in one currency, with what the shop charges for extras and the IDN languages. */
export interface DomainCatalogue {
  currencyCode: string;
  tlds: readonly Tld[];
  extraPrices: ExtraPrices | null;
  /** TLD -> WHMCS's IDN language code, for IDN names on TLDs that need one (config `domains.idnLanguages`). */
  idnLanguages: Readonly<Record<string, string>>;
}

export interface DomainMutationContext {
  store: CartStore;
  now: Date;
  newId: () => string;
  allowNewCart: () => Promise<RateDecision>;
  /** Read only when a domain action needs it (GetTLDPricing, cached with the catalogue). */
  domainCatalogue: () => Promise<DomainCatalogue>;
  /** DomainWhois (cached): registering needs an available name, transferring a registered one. */
  availability: (asciiDomain: string) => Promise<DomainAvailability>;
  /** Seals a transfer's EPP code (./epp-code): it is never stored in clear. */
  sealEppCode: (code: string) => string;
}

const refused = (message: string, fieldErrors?: Record<string, string>): MutationResult & { ok: false } =>
  fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };

/** One message for the form's status line, the details beside each field. */
function refusedFields(fieldErrors: Record<string, string>): MutationResult & { ok: false } {
  const messages = Object.values(fieldErrors);
  return refused(messages.length === 1 ? (messages[0] as string) : `Check ${messages.length} fields: ${messages.join(' ')}`, fieldErrors);
}

const yearsWord = (years: number) => (years === 1 ? '1 year' : `${years} years`);

/** The period, extras and fields of a line checked against its TLD: field errors, empty when all pass. */
function checkTerms(tld: Tld, type: DomainOrderType, years: number, extras: ChosenExtras): Record<string, string> {
  const errors: Record<string, string> = {};
  const periods = domainPeriods(tld, type);
  if (!periods.some((period) => period.years === years)) {
    errors.years = `.${tld.tld} ${type === 'register' ? 'registrations' : 'transfers'} are for ${periods.map((p) => yearsWord(p.years)).join(', ')}: choose one of those.`;
  }
  const unsupported = DOMAIN_EXTRAS.filter((extra) => extras[extra] && !tld.extras[extra]);
  if (unsupported.length > 0) errors.extras = `${unsupported.map(extraLabel).join(' and ')} ${unsupported.length === 1 ? 'is' : 'are'} not available for .${tld.tld}.`;
  return errors;
}

function addedPrice(catalogue: DomainCatalogue, tld: Tld, type: DomainOrderType, years: number, extras: ChosenExtras): Record<string, AddedPrice> {
  const price = priceDomain(tld, type, years, extras, catalogue.extraPrices);
  return price ? { [catalogue.currencyCode]: { dueToday: price.dueToday, recurring: price.renewal } } : {};
}

/**
 * Adds a registration or transfer to the cart (the search page's "Add to cart" and "Transfer it
 * to us", the configurator's domain step with `hostingItemId`). Refuses, with a message beside the
 * field: a name that is not valid, a TLD not on sale, a transfer of a TLD that cannot be
 * transferred, a period or extra the TLD does not offer, a given field answer that is not one of
 * its options, a name not free to register (or not registered, to transfer), a name already in
 * the cart.
 */
export async function addDomainLine(ctx: DomainMutationContext, cartId: string, input: DomainLineInput): Promise<MutationResult> {
  const catalogue = await ctx.domainCatalogue();
  const byTld = new Map(catalogue.tlds.map((tld) => [tld.tld, tld]));
  const check = checkDomain(input.domain);
  if (!check.ok) return refusedFields({ domain: check.message });
  const parsed = parseSearch(check.domain, [...byTld.keys()]);
  if (!parsed.ok) return refusedFields({ domain: parsed.message });
  if (!parsed.tld) return refusedFields({ domain: 'Include the extension, like example.com.' });
  const name = domainName(parsed.label, parsed.tld);
  const tld = byTld.get(name.tld) as Tld;

  if (input.type === 'transfer' && tld.transfer.length === 0) {
    return refusedFields({ type: `.${tld.tld} names can't be transferred to us. Ask your current registrar to move it, or choose another name.` });
  }
  const years = input.years ?? domainPeriods(tld, input.type)[0]?.years ?? 1;
  const errors = checkTerms(tld, input.type, years, input.extras);
  const { values, problems } = checkAdditionalFields(tld.tld, input.fields);
  // Missing answers are asked for in the cart; wrong ones are refused now.
  for (const [field, problem] of Object.entries(problems)) if (input.fields[field]?.trim()) errors[`fields.${field}`] = problem;
  if (Object.keys(errors).length > 0) return refusedFields(errors);

  const cart = await ctx.store.load(cartId, ctx.now);
  if (input.hostingItemId && !cart?.items.some((item) => item.id === input.hostingItemId)) {
    return refused('The hosting plan this domain is for is no longer in your cart.');
  }
  if (cart?.domains.some((line) => line.domain === name.ascii)) return refusedFields({ domain: `${name.domain} is already in your cart.` });

  let status: DomainAvailability;
  try {
    status = await ctx.availability(name.ascii);
  } catch {
    return refusedFields({ domain: `We couldn't check ${name.domain} just now. Try again in a minute.` });
  }
  if (input.type === 'register' && status !== 'available') {
    return refusedFields({ domain: `${name.domain} is already registered.${tld.transfer.length > 0 ? ' If it is yours, transfer it to us instead.' : ''}` });
  }
  if (input.type === 'transfer' && status !== 'unavailable') {
    return refusedFields({ domain: `${name.domain} is not registered yet: register it instead.` });
  }

  if (!cart) {
    const decision = await ctx.allowNewCart();
    if (!decision.allowed) return refused(tooManyNewCarts(decision.retryAfterMs));
  }
  const eppCode = input.type === 'transfer' ? (input.eppCode ?? '').trim() : '';
  const line: CartDomain = {
    id: ctx.newId(),
    type: input.type,
    domain: name.ascii,
    display: name.domain,
    tld: tld.tld,
    years,
    extras: input.extras,
    sealedEppCode: eppCode ? ctx.sealEppCode(eppCode) : null,
    fields: values,
    idnLanguage: name.ascii.split('.').some((label) => label.startsWith('xn--')) ? (catalogue.idnLanguages[tld.tld] ?? null) : null,
    hostingItemId: input.hostingItemId ?? null,
    addedAt: ctx.now.toISOString(),
    addedPrices: addedPrice(catalogue, tld, input.type, years, input.extras),
  };
  const added = await ctx.store.addDomain(cartId, line, ctx.now);
  if (added === 'duplicate') return refusedFields({ domain: `${name.domain} is already in your cart.` });
  if (added === 'full') return refused(`Your cart is full (${MAX_CART_ITEMS} items). Check out or remove something first.`);
  const verb = input.type === 'register' ? 'registration' : 'transfer';
  return { ok: true, message: `Added ${name.domain} (${verb}, ${yearsWord(years)}) to your cart.` };
}

/**
 * Changes a line from the cart: period, extras, EPP code (a new one replaces the stored one; none
 * keeps it) and the TLD's fields, all of which must now be complete.
 */
export async function updateDomainLine(ctx: DomainMutationContext, cartId: string, input: DomainLineUpdate): Promise<MutationResult> {
  const cart = await ctx.store.load(cartId, ctx.now);
  const line = cart?.domains.find((candidate) => candidate.id === input.domainId);
  if (!line) return refused('That domain is no longer in your cart.');
  const catalogue = await ctx.domainCatalogue();
  const tld = catalogue.tlds.find((candidate) => candidate.tld === line.tld);
  if (!tld) return refused(`We no longer sell .${line.tld} domains: remove ${line.display} from your cart.`);

  const errors = checkTerms(tld, line.type, input.years, input.extras);
  const { values, problems } = checkAdditionalFields(tld.tld, input.fields);
  for (const [field, problem] of Object.entries(problems)) errors[`fields.${field}`] = problem;
  const newCode = (input.eppCode ?? '').trim();
  if (line.type === 'transfer' && !newCode && !line.sealedEppCode) {
    errors.eppCode = `Enter the EPP code for ${line.display}: your current registrar gives it to you.`;
  }
  if (Object.keys(errors).length > 0) return refusedFields(errors);

  const updated: CartDomain = {
    ...line,
    years: input.years,
    extras: input.extras,
    fields: values,
    sealedEppCode: line.type === 'transfer' && newCode ? ctx.sealEppCode(newCode) : line.sealedEppCode,
    addedPrices: addedPrice(catalogue, tld, line.type, input.years, input.extras),
  };
  if (!(await ctx.store.replaceDomain(cartId, updated, ctx.now))) return refused('That domain is no longer in your cart.');
  return { ok: true, message: `Updated ${line.display}.` };
}

/** The nameservers for the order's domains; none = the shop's defaults. */
export async function setNameservers(ctx: Pick<DomainMutationContext, 'store' | 'now'>, cartId: string, nameservers: string[]): Promise<MutationResult> {
  const errors: Record<string, string> = {};
  nameservers.forEach((host, index) => {
    const check = checkDomain(host);
    if (!check.ok || check.ascii.split('.').length < 3) errors[`ns${index + 1}`] = `"${host}" is not a nameserver host name, like ns1.example.com.`;
  });
  if (nameservers.length === 1) errors.ns2 = 'Give at least two nameservers, or none for ours.';
  if (Object.keys(errors).length > 0) return refusedFields(errors);
  if (!(await ctx.store.load(cartId, ctx.now))) return refused('Your cart is empty.');
  await ctx.store.setNameservers(cartId, nameservers.length > 0 ? nameservers : null, ctx.now);
  return { ok: true, message: nameservers.length > 0 ? 'Nameservers saved for this order.' : 'Your domains will use our nameservers.' };
}
