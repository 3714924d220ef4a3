'use server';

import { sealRootPassword } from '@/lib/cart/root-password';
import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { clientIpFromHeaders } from '@/lib/auth/request-ip';
import { getCatalogue, resolveCurrency } from '@/lib/catalogue';
import { cartSummaryById, domainPricingIn, getCart, lookUpPromotion, promotionDate } from '@/lib/cart';
import { addToCartSchema, firstIssue, itemRefSchema, promoInputSchema, quantityInputSchema } from '@/lib/cart/inputs';
import { domainServices } from '@/lib/cart/domain-services';
import { addHostingWithDomain, type HostingDomainContext } from '@/lib/cart/hosting-domain';
import * as mutations from '@/lib/cart/mutations';
import { newCartGate } from '@/lib/cart/new-cart-limit';
import { newCartLimiter } from '@/lib/app-services';
import { cartIdForAdding, carts, randomId, setNewCartCookie } from '@/lib/cart/session';
import type { CartActionResult } from '@/lib/cart/types';
import { visitorCartId, visitorCurrency } from '@/lib/visitor';
import { stepFromLine } from '@/components/configure/domain-step';
import type { EditedItem } from '@/components/configure/types';

/**
 * The cart's server actions. Each one checks its input's shape with zod, then every catalogue
 * rule (lib/cart/mutations), and changes nothing unless all pass; it answers with a message for
 * the customer and the new item count (for the badge: no second request for it). Next.js's origin
 * check applies to all.
 */

const GONE: CartActionResult = { ok: false, message: 'That item is no longer in your cart.' };
const UNREADABLE: CartActionResult = { ok: false, message: 'We could not read that request. Reload the page and try again.' };

/**
 * The catalogue and currency an action works against; `preferred` is the page's currency. With
 * the domain-line rules' services too, for the configurator's domain step.
 */
async function context(preferred?: string): Promise<HostingDomainContext> {
  const catalogue = await getCatalogue();
  const page = preferred ? resolveCurrency(catalogue, preferred) : null;
  const currency = page?.known ? page.currency : await visitorCurrency(catalogue);
  return {
    ...domainServices(currency),
    store: carts(),
    catalogue,
    currencyCode: currency.code,
    now: new Date(),
    newId: () => randomId(),
    allowNewCart: newCartGate(newCartLimiter(), clientIpFromHeaders(await headers())),
    sealRootPassword,
    domainPricing: () => domainPricingIn(currency),
  };
}

/** The answer to a change made on the cart page, which is re-rendered (once) with the new cart. */
async function finish(pending: Promise<mutations.MutationResult>, cartId: string): Promise<CartActionResult> {
  const result = await pending;
  if (!result.ok) return result;
  refresh();
  return answer(result, cartId);
}

async function answer(result: mutations.MutationResult & { ok: true }, cartId: string): Promise<CartActionResult> {
  return { ok: true, message: result.message, count: (await cartSummaryById(cartId)).count };
}

/**
 * Adds a configured item to the cart, or with `itemId` (the configurator's edit mode) replaces
 * that item, with the registration or transfer its domain step chose (`domainOrder`), both or
 * neither. A link's `promoCode` is applied too when the cart has no code yet. Nothing is
 * re-rendered here: the configurator opens the cart, which shows the new state.
 */
export async function addToCart(input: unknown): Promise<CartActionResult> {
  const parsed = addToCartSchema.safeParse(input);
  if (!parsed.success) {
    const fieldIssue = parsed.error.issues.find((issue) => issue.path[0] === 'customFields');
    if (!fieldIssue) return UNREADABLE;
    return { ok: false, message: fieldIssue.message, fieldErrors: { [`customfield.${String(fieldIssue.path[1])}`]: fieldIssue.message } };
  }
  const { currencyCode, promoCode, domainOrder, ...item } = parsed.data;
  const ctx = await context(currencyCode);
  const { cartId, isNew } = await cartIdForAdding(ctx.store, ctx.now);
  const result = await addHostingWithDomain(ctx, cartId, item, domainOrder ?? null);
  if (!result.ok) return result;
  // The cookie is set only now that the cart holds something: adding nothing creates nothing.
  if (isNew) await setNewCartCookie(cartId);
  if (!promoCode || (await ctx.store.load(cartId, ctx.now))?.promoCode) return answer(result, cartId);

  const promo = await mutations.applyPromotion(ctx, cartId, await lookUpPromotion(promoCode), promotionDate(ctx.now));
  return answer({ ok: true, message: `${result.message} ${promo.message}` }, cartId);
}

/**
 * What the customer entered for an item of their own cart that its edit link does not carry
 * (custom fields; the domain step, from the registration or transfer bound to it), for the
 * configurator's edit mode; null when the item is not in their cart.
 */
export async function cartItemDetails(input: unknown): Promise<Omit<EditedItem, 'itemId'> | null> {
  const parsed = itemRefSchema.safeParse(input);
  if (!parsed.success) return null;
  const cart = await getCart();
  const item = cart.items.find((candidate) => candidate.id === parsed.data.itemId);
  const line = cart.domains.find((candidate) => candidate.hostingItemId === parsed.data.itemId);
  return item ? { customFields: item.customFields, ...(line ? { domainStep: stepFromLine(line) } : {}) } : null;
}

export async function updateQuantity(input: unknown): Promise<CartActionResult> {
  const parsed = quantityInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: firstIssue(parsed.error) };
  const cartId = await visitorCartId();
  if (!cartId) return GONE;
  return finish(mutations.setItemQuantity(await context(), cartId, parsed.data.itemId, parsed.data.quantity), cartId);
}

export async function duplicateItem(input: unknown): Promise<CartActionResult> {
  const parsed = itemRefSchema.safeParse(input);
  if (!parsed.success) return UNREADABLE;
  const cartId = await visitorCartId();
  if (!cartId) return GONE;
  return finish(mutations.duplicateItem(await context(), cartId, parsed.data.itemId), cartId);
}

export async function removeItem(input: unknown): Promise<CartActionResult> {
  const parsed = itemRefSchema.safeParse(input);
  if (!parsed.success) return UNREADABLE;
  const cartId = (await visitorCartId()) ?? '';
  return finish(mutations.removeItem(await context(), cartId, parsed.data.itemId), cartId);
}

/** Takes the catalogue's changes to an item (a new price, a cycle or option that went) into the cart. */
export async function acceptItemChanges(input: unknown): Promise<CartActionResult> {
  const parsed = itemRefSchema.safeParse(input);
  if (!parsed.success) return UNREADABLE;
  const cartId = await visitorCartId();
  if (!cartId) return GONE;
  return finish(mutations.acceptItemChanges(await context(), cartId, parsed.data.itemId), cartId);
}

export async function applyPromo(input: unknown): Promise<CartActionResult> {
  const parsed = promoInputSchema.safeParse(input);
  if (!parsed.success) {
    const message = firstIssue(parsed.error);
    return { ok: false, message, fieldErrors: { code: message } };
  }
  const cartId = await visitorCartId();
  if (!cartId) return { ok: false, message: 'Add something to your cart before entering a code.' };
  const ctx = await context();
  const lookup = await lookUpPromotion(parsed.data.code);
  return finish(mutations.applyPromotion(ctx, cartId, lookup, promotionDate(ctx.now)), cartId);
}

export async function removePromo(): Promise<CartActionResult> {
  const cartId = (await visitorCartId()) ?? '';
  return finish(mutations.removePromotion(await context(), cartId), cartId);
}
