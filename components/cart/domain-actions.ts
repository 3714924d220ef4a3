'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/request-ip';
import { newCartLimiter } from '@/lib/app-services';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { cartSummaryById } from '@/lib/cart';
import { domainLineInputSchema, domainLineUpdateSchema, nameserversInputSchema } from '@/lib/cart/domain-inputs';
import { addDomainLine as addLine, setNameservers, updateDomainLine as updateLine, type DomainMutationContext } from '@/lib/cart/domain-lines';
import { domainServices } from '@/lib/cart/domain-services';
import { firstIssue } from '@/lib/cart/inputs';
import type { MutationResult } from '@/lib/cart/mutations';
import { newCartGate } from '@/lib/cart/new-cart-limit';
import { cartIdForAdding, carts, randomId, setNewCartCookie } from '@/lib/cart/session';
import type { CartActionResult } from '@/lib/cart/types';
import { visitorCartId, visitorCurrency } from '@/lib/visitor';
import type { z } from 'zod';

/**
 * The cart's domain actions: add a registration or transfer (from the search page, or the
 * configurator's domain step with `hostingItemId`), change a line's period, extras, EPP code and
 * fields, set the order's nameservers. Shapes are checked with zod, every TLD rule by
 * lib/cart/domain-lines; nothing changes unless all pass. Removing a line is the cart's
 * `removeItem`.
 */

const GONE: CartActionResult = { ok: false, message: 'That domain is no longer in your cart.' };

/** The store, the visitor's currency (or the page's, when WHMCS has it) and its TLD prices. */
async function context(preferred?: string): Promise<DomainMutationContext> {
  const catalogue = await getCatalogue();
  const page = preferred ? resolveCurrency(catalogue, preferred) : null;
  const currency = page?.known ? page.currency : await visitorCurrency(catalogue);
  return {
    store: carts(),
    now: new Date(),
    newId: () => randomId(),
    allowNewCart: newCartGate(newCartLimiter(), clientIpFromHeaders(await headers())),
    ...domainServices(currency),
  };
}

/** A schema failure as the form shows it: the message beside the field it is about. */
function invalid(error: z.ZodError): CartActionResult {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = firstIssue(error);
  return field ? { ok: false, message, fieldErrors: { [field]: message } } : { ok: false, message };
}

async function answer(result: MutationResult, cartId: string): Promise<CartActionResult> {
  if (!result.ok) return result;
  return { ok: true, message: result.message, count: (await cartSummaryById(cartId)).count };
}

/**
 * Adds a domain registration or transfer to the visitor's cart (creating the cart and its cookie
 * when needed). Input: lib/cart/domain-inputs `AddDomainLineInput`. Nothing is re-rendered: the
 * caller shows the message and updates the badge with `count`.
 */
export async function addDomainLine(input: unknown): Promise<CartActionResult> {
  const parsed = domainLineInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const ctx = await context(parsed.data.currencyCode);
  const { cartId, isNew } = await cartIdForAdding(ctx.store, ctx.now);
  const result = await addLine(ctx, cartId, parsed.data);
  if (result.ok && isNew) await setNewCartCookie(cartId);
  return answer(result, cartId);
}

/** Changes a domain line from the cart page, which is then re-rendered. */
export async function updateDomainLine(input: unknown): Promise<CartActionResult> {
  const parsed = domainLineUpdateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const cartId = await visitorCartId();
  if (!cartId) return GONE;
  const result = await updateLine(await context(), cartId, parsed.data);
  if (result.ok) refresh();
  return answer(result, cartId);
}

/** The nameservers for the order's domains (none: the shop's defaults). */
export async function setOrderNameservers(input: unknown): Promise<CartActionResult> {
  const parsed = nameserversInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const cartId = await visitorCartId();
  if (!cartId) return { ok: false, message: 'Your cart is empty.' };
  const result = await setNameservers({ store: carts(), now: new Date() }, cartId, parsed.data.nameservers);
  if (result.ok) refresh();
  return answer(result, cartId);
}
