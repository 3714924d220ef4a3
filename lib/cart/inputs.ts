import { z } from 'zod';
import '@/lib/security/zod-without-eval';
import { formatQuantity, MAX_QUANTITY } from '@/lib/pricing';
import { eppCodeSchema } from './domain-inputs';
import { fieldTooLongMessage, MAX_CUSTOM_FIELD_LENGTH, MAX_DOMAIN_LENGTH, MAX_PROMO_CODE_LENGTH } from './limits';

/**
 * What the cart's server actions accept, checked before anything else happens. Shapes only: the
 * catalogue rules (options, cycles, stock, required fields) are checked afterwards by `./mutations`.
 * The limits and the messages forms share are in ./limits (no zod there, for the browser).
 */

/** Item ids are random base64url strings (see ./session). */
const itemIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, 'That item is not in your cart.');

const optionValue = z.union([z.number().int(), z.string().trim().regex(/^-?\d{1,9}$/)]);

/** A cart line's quantity, as typed or sent. */
export const quantitySchema = z.coerce
  .number('The quantity must be a whole number.')
  .int('The quantity must be a whole number.')
  .min(1, 'The quantity must be at least 1.')
  .max(MAX_QUANTITY, `The quantity can be at most ${formatQuantity(MAX_QUANTITY)}.`);

export const itemInputSchema = z.object({
  pid: z.coerce.number().int().positive(),
  configuration: z.object({
    cycle: z.string().trim().min(1).max(32),
    options: z.record(z.string().regex(/^\d{1,9}$/), optionValue).default({}),
    quantity: quantitySchema.default(1),
    /** Addon id -> count (a checkbox sends true/false); checked against the catalogue by ./mutations. */
    addons: z.record(z.string().regex(/^\d{1,9}$/), z.union([optionValue, z.boolean()])).optional(),
  }),
  domain: z.string().trim().max(MAX_DOMAIN_LENGTH).nullish().transform((domain) => domain || null),
  customFields: z
    .record(z.string().regex(/^\d{1,9}$/), z.string().max(MAX_CUSTOM_FIELD_LENGTH, fieldTooLongMessage()))
    .default({}),
  /** Products of type `server` only; checked by ./mutations (./server-details). */
  server: z
    .object({
      hostname: z.string().max(255),
      rootPassword: z.string().max(255),
      ns1Prefix: z.string().max(63),
      ns2Prefix: z.string().max(63),
    })
    .optional(),
  /** Set when the configurator edits an item already in the cart (its `item` URL parameter). */
  itemId: itemIdSchema.optional(),
});
export type ItemInput = z.output<typeof itemInputSchema>;

export const quantityInputSchema = z.object({ itemId: itemIdSchema, quantity: quantitySchema });

export const itemRefSchema = z.object({ itemId: itemIdSchema });

const promoCodeSchema = z
  .string()
  .trim()
  .min(1, 'Enter a promo code.')
  .max(MAX_PROMO_CODE_LENGTH, "That's longer than any code we issue.")
  .regex(/^[\p{L}\p{N}_.\-]+$/u, 'A promo code has only letters, digits, dots, dashes and underscores.');

export const promoInputSchema = z.object({ code: promoCodeSchema });

const stepDomainSchema = z.string().trim().min(1, 'Enter a domain name, like example.com.').max(MAX_DOMAIN_LENGTH, 'That is longer than any domain name.');

/**
 * The configurator's domain step: a registration or a transfer to add bound to the item (none: a
 * domain the customer owns, the item's `domain`). A transfer's code may be empty only when the
 * edited item's transfer of that name already holds one (./hosting-domain checks).
 */
export const stepDomainOrderSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('register'), domain: stepDomainSchema }),
  z.object({
    type: z.literal('transfer'),
    domain: stepDomainSchema,
    eppCode: eppCodeSchema,
  }),
]);
export type StepDomainOrder = z.output<typeof stepDomainOrderSchema>;

/**
 * addToCart's input: an item, plus what the configurator's page knows: the currency it showed
 * (to check the configuration against) and a link's promo code. Those two are hints: a bad one is
 * ignored, never a reason to refuse the item. `domainOrder`: the domain step's registration or
 * transfer, added with the item.
 */
export const addToCartSchema = itemInputSchema.extend({
  currencyCode: z.string().regex(/^[A-Za-z]{3}$/).optional().catch(undefined),
  promoCode: promoCodeSchema.optional().catch(undefined),
  domainOrder: stepDomainOrderSchema.optional(),
});
/** What a caller (the configurator) passes to addToCart. */
export type AddToCartInput = z.input<typeof addToCartSchema>;

/** The first message of a failed parse, for the customer. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Something in the request was not valid.';
}
