import { MAX_EPP_CODE_LENGTH } from '@/lib/cart/limits';
import { cleanDomainInput } from '@/lib/catalogue/domain-input';
import { domainPeriods, NO_EXTRAS, priceDomain, type DomainPrice } from '@/lib/pricing';
import type { Tld } from '@/lib/whmcs/types';

/**
 * The configurator's domain step, apart from React: the three ways to give a hosting account its
 * domain (as WHMCS's own order form asks), what each needs, and what the step adds to the order.
 * Client-safe and light: the checks that need the IDNA tables (the domain's own validity) are in
 * form-schema.ts, loaded with the form's validation.
 */

export type DomainChoice = 'register' | 'transfer' | 'own';

export interface DomainStepValues {
  choice: DomainChoice;
  /** The available name picked from the search results (Unicode); '' until one is picked. */
  register: string;
  /** The domain to transfer in, as typed. */
  transfer: string;
  eppCode: string;
  /**
   * Editing a cart item whose transfer is in the cart: that domain, whose EPP code the cart
   * already holds (sealed: it never comes back to the browser), so the code may be left empty.
   * '' otherwise.
   */
  keptTransfer: string;
}

/** A new form's step: a domain the customer owns, as before the step existed (links carry `domain=`). */
export const EMPTY_DOMAIN_STEP: DomainStepValues = { choice: 'own', register: '', transfer: '', eppCode: '', keptTransfer: '' };

/** What the step adds to the order besides the hosting account: a domain line, or nothing. */
export type DomainOrder = { type: 'register'; domain: string } | { type: 'transfer'; domain: string; eppCode: string };

/**
 * The step as an edited cart item had it, from the registration or transfer bound to it (its
 * name for people; a transfer's code stays sealed in the cart: the form may leave it empty).
 */
export function stepFromLine(line: { type: 'register' | 'transfer'; display: string; sealedEppCode: string | null }): DomainStepValues {
  if (line.type === 'register') return { ...EMPTY_DOMAIN_STEP, choice: 'register', register: line.display };
  return { ...EMPTY_DOMAIN_STEP, choice: 'transfer', transfer: line.display, keptTransfer: line.sealedEppCode ? line.display : '' };
}

/** The domain line the step's values ask for (values as the form holds them); null for "use my own". */
export function domainOrder(step: DomainStepValues): DomainOrder | null {
  if (step.choice === 'register') return { type: 'register', domain: step.register };
  if (step.choice === 'transfer') return { type: 'transfer', domain: cleanDomainInput(step.transfer), eppCode: step.eppCode.trim() };
  return null;
}

/** The hosting account's domain for the step's values: the registered or transferred name, or the customer's own. */
export function hostingDomain(step: DomainStepValues, own: string): string {
  return domainOrder(step)?.domain ?? cleanDomainInput(own);
}

/**
 * What the step's domain line costs, as the cart will price it (lib/pricing's domain prices): the
 * TLD's shortest period, no extras (the cart offers those). Null for an own domain, or while the
 * name is not one the shop can price (nothing picked, a TLD not sold or not transferable).
 */
export function domainStepPrice(step: DomainStepValues, tlds: readonly Tld[] | null): { order: DomainOrder; price: DomainPrice } | null {
  const order = domainOrder(step);
  if (!order || !tlds) return null;
  const name = tldOf(order.domain, tlds);
  const tld = name ? tlds.find((candidate) => candidate.tld === name) : undefined;
  const years = tld ? domainPeriods(tld, order.type)[0]?.years : undefined;
  const price = tld && years ? priceDomain(tld, order.type, years, NO_EXTRAS, null) : null;
  return price && { order, price };
}

/**
 * The TLD a domain is sold under: the longest extension the shop sells that ends it
 * ("name.co.uk" is in "co.uk" when the shop sells it, else in "uk"); null when none.
 */
export function tldOf(domain: string, tlds: readonly Pick<Tld, 'tld'>[]): string | null {
  const labels = cleanDomainInput(domain).split('.');
  for (let cut = 1; cut < labels.length; cut++) {
    const suffix = labels.slice(cut).join('.');
    if (tlds.some((t) => t.tld === suffix)) return suffix;
  }
  return null;
}

/** TLDs that can be transferred in: those GetTLDPricing gives a transfer price. */
export function transferableTlds(tlds: readonly Tld[]): string[] {
  return tlds.filter((t) => t.transfer.length > 0).map((t) => t.tld);
}

export function registerProblem(picked: string): string | null {
  return picked ? null : 'Search for a name and choose one that is available.';
}

/** For a domain already known to be valid: whether the shop can transfer it in. */
export function transferTldProblem(domain: string, tlds: readonly Tld[]): string | null {
  const tld = tldOf(domain, tlds);
  if (tld && transferableTlds(tlds).includes(tld)) return null;
  const typed = cleanDomainInput(domain);
  const extension = tld ?? typed.slice(typed.indexOf('.') + 1);
  return `We can't transfer .${extension} domains. Choose "Use a domain I already own" to host it anyway.`;
}

/** The transfer's EPP code: required, unless the cart already holds the code for this very domain. */
export function eppCodeProblem(step: Pick<DomainStepValues, 'eppCode' | 'transfer' | 'keptTransfer'>): string | null {
  const code = step.eppCode.trim();
  if (!code && step.keptTransfer && cleanDomainInput(step.transfer) === step.keptTransfer) return null;
  if (!code) return 'Enter the EPP code: your current registrar gives it to you for a transfer.';
  if (code.length > MAX_EPP_CODE_LENGTH) return `An EPP code has at most ${MAX_EPP_CODE_LENGTH} characters: check what you pasted.`;
  return null;
}
