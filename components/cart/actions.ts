'use server';

import { refresh, revalidatePath } from 'next/cache';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { cartSummaryById, lookUpPromotion, promotionDate } from '@/lib/cart';
import { addToCartSchema, firstIssue, itemRefSchema, promoInputSchema, quantityInputSchema } from '@/lib/cart/inputs';
import * as mutations from '@/lib/cart/mutations';
import { cartIdFromCookie, carts, ensureCartCookie, randomId } from '@/lib/cart/session';
import type { CartActionResult } from '@/lib/cart/types';
import { visitorCurrency } from '@/lib/visitor';

/**
 * The cart's server actions. Each one checks its input's shape with zod, then every catalogue
 * rule (lib/cart/mutations), and changes nothing unless all pass; it answers with a message for
 * the customer and the new item count (for the badge). Next.js's origin check applies to all.
 */

const GONE: CartActionResult = { ok: false, message: 'That item is no longer in your cart.' };
const UNREADABLE: CartActionResult = { ok: false, message: 'We could not read that request. Reload the page and try again.' };

/** The catalogue and currency an action works against; `preferred` is the page's currency. */
async function context(preferred?: string): Promise<mutations.MutationContext> {
  const catalogue = await getCatalogue();
  const page = preferred ? resolveCurrency(catalogue, preferred) : null;
  const currency = page?.known ? page.currency : await visitorCurrency(catalogue);
  return { store: carts(), catalogue, currencyCode: currency.code, now: new Date(), newId: () => randomId() };
}

function finish(result: mutations.MutationResult, cartId: string): CartActionResult {
  if (!result.ok) return result;
  revalidatePath('/cart');
  // Re-render the page the customer is on (the cart, or the configurator) with the new state.
  refresh();
  return { ok: true, message: result.message, count: cartSummaryById(cartId).count };
}

/**
 * Adds a configured item to the cart, or with `itemId` (the configurator's edit mode) replaces
 * that item. A link's `promoCode` is applied too when the cart has no code yet.
 */
export async function addToCart(input: unknown): Promise<CartActionResult> {
  const parsed = addToCartSchema.safeParse(input);
  if (!parsed.success) {
    const fieldIssue = parsed.error.issues.find((issue) => issue.path[0] === 'customFields');
    if (!fieldIssue) return UNREADABLE;
    return { ok: false, message: fieldIssue.message, fieldErrors: { [`customfield.${String(fieldIssue.path[1])}`]: fieldIssue.message } };
  }
  const { currencyCode, promoCode, ...item } = parsed.data;
  const ctx = await context(currencyCode);
  const cartId = await ensureCartCookie();
  const result = mutations.addOrUpdateItem(ctx, cartId, item);
  if (!result.ok || !promoCode || ctx.store.load(cartId, ctx.now)?.promoCode) return finish(result, cartId);

  const promo = mutations.applyPromotion(ctx, cartId, await lookUpPromotion(promoCode), promotionDate(ctx.now));
  return finish({ ok: true, message: `${result.message} ${promo.message}` }, cartId);
}

export async function updateQuantity(input: unknown): Promise<CartActionResult> {
  const parsed = quantityInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const cartId = await cartIdFromCookie();
  if (!cartId) return GONE;
  return finish(mutations.setItemQuantity(await context(), cartId, parsed.data.itemId, parsed.data.quantity), cartId);
}

export async function duplicateItem(input: unknown): Promise<CartActionResult> {
  const parsed = itemRefSchema.safeParse(input);
  if (!parsed.success) return UNREADABLE;
  const cartId = await cartIdFromCookie();
  if (!cartId) return GONE;
  return finish(mutations.duplicateItem(await context(), cartId, parsed.data.itemId), cartId);
}

export async function removeItem(input: unknown): Promise<CartActionResult> {
  const parsed = itemRefSchema.safeParse(input);
  if (!parsed.success) return UNREADABLE;
  const cartId = (await cartIdFromCookie()) ?? '';
  return finish(mutations.removeItem(await context(), cartId, parsed.data.itemId), cartId);
}

/** Takes the catalogue's changes to an item (a new price, a cycle or option that went) into the cart. */
export async function acceptItemChanges(input: unknown): Promise<CartActionResult> {
  const parsed = itemRefSchema.safeParse(input);
  if (!parsed.success) return UNREADABLE;
  const cartId = await cartIdFromCookie();
  if (!cartId) return GONE;
  return finish(mutations.acceptItemChanges(await context(), cartId, parsed.data.itemId), cartId);
}

export async function applyPromo(input: unknown): Promise<CartActionResult> {
  const parsed = promoInputSchema.safeParse(input);
  if (!parsed.success) {
    const message = firstIssue(parsed.error);
    return { ok: false, message, fieldErrors: { code: message } };
  }
  const cartId = await cartIdFromCookie();
  if (!cartId) return { ok: false, message: 'Add something to your cart before entering a code.' };
  const ctx = await context();
  const lookup = await lookUpPromotion(parsed.data.code);
  return finish(mutations.applyPromotion(ctx, cartId, lookup, promotionDate(ctx.now)), cartId);
}

export async function removePromo(): Promise<CartActionResult> {
  const cartId = (await cartIdFromCookie()) ?? '';
  return finish(mutations.removePromotion(await context(), cartId), cartId);
}
