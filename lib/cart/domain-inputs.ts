import { z } from 'zod';
import '@/lib/security/zod-without-eval';
import { MAX_DOMAIN_LENGTH, MAX_EPP_CODE_LENGTH } from './limits';

/**
 * What the domain-line actions accept, checked before anything else: shapes only. The TLD's
 * rules (periods, extras, transfers, required fields) are checked by ./domain-lines against
 * GetTLDPricing. Messages are for the customer and keyed by field.
 */

const MAX_FIELD_LENGTH = 200;

const lineIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'That domain is not in your cart.');

const extrasSchema = z
  .object({ dnsmanagement: z.boolean(), emailforwarding: z.boolean(), idprotection: z.boolean() })
  .partial()
  .default({})
  .transform((extras) => ({
    dnsmanagement: extras.dnsmanagement ?? false,
    emailforwarding: extras.emailforwarding ?? false,
    idprotection: extras.idprotection ?? false,
  }));

const yearsSchema = z.coerce.number('Choose a registration period.').int('Choose a registration period.').min(1).max(10, 'Choose a registration period.');

export const eppCodeSchema = z
  .string()
  .max(MAX_EPP_CODE_LENGTH, `An EPP code is at most ${MAX_EPP_CODE_LENGTH} characters: check you copied only the code.`);

const fieldsSchema = z.record(z.string().max(64), z.string().max(MAX_FIELD_LENGTH, `Keep each answer to ${MAX_FIELD_LENGTH} characters or fewer.`));

/** addDomainLine's input: a name to register or transfer, optionally for a hosting item. */
export const domainLineInputSchema = z.object({
  domain: z.string().trim().min(1, 'Enter a domain name, like example.com.').max(MAX_DOMAIN_LENGTH, 'That is longer than any domain name.'),
  type: z.enum(['register', 'transfer'], 'Choose whether to register or transfer the domain.'),
  /** Left out: the TLD's shortest period. */
  years: yearsSchema.optional(),
  extras: extrasSchema,
  eppCode: eppCodeSchema.optional(),
  fields: fieldsSchema.default({}),
  /** The configurator's domain step: the hosting item the domain is for. */
  hostingItemId: lineIdSchema.optional(),
  /** The page's currency: a hint, ignored when not one WHMCS has. */
  currencyCode: z.string().regex(/^[A-Za-z]{3}$/).optional().catch(undefined),
});
export type DomainLineInput = z.output<typeof domainLineInputSchema>;
/** What a caller (the search page, the configurator's domain step) passes to addDomainLine. */
export type AddDomainLineInput = z.input<typeof domainLineInputSchema>;

/** updateDomainLine's input: what the cart lets the customer change on a line. */
export const domainLineUpdateSchema = z.object({
  domainId: lineIdSchema,
  years: yearsSchema,
  extras: extrasSchema,
  /** Transfers: a new code; left out or empty keeps the one in the cart. */
  eppCode: eppCodeSchema.optional(),
  fields: fieldsSchema.default({}),
});
export type DomainLineUpdate = z.output<typeof domainLineUpdateSchema>;

/** Nameserver host names for the order's domains; all empty = the shop's defaults. */
export const nameserversInputSchema = z.object({
  nameservers: z
    .array(z.string().trim().toLowerCase().max(253))
    .max(5, 'Up to five nameservers.')
    .transform((list) => list.filter(Boolean)),
});
