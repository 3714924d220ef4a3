import { checkDomain } from '@/lib/catalogue/domain-name';
import { normaliseConfiguration, PricingError, productQuantityBounds, type Configuration } from '@/lib/pricing';
import type { RateDecision } from '@/lib/auth/rate-limit';
import type { Product } from '@/lib/whmcs/types';
import { domainProblem, missingCustomFields, priceSnapshot, stockProblem, stockUnits } from './checks';
import type { ItemInput } from './inputs';
import { tooManyNewCarts } from './new-cart-limit';
import { requiredFieldMessage } from './limits';
import { priceCartWith, type DomainPricing, type PricingCatalogue, type PromotionLookup } from './pricing';
import { MAX_CART_ITEMS, type CartStore } from './store';
import { serverDetailsProblems } from './server-details';
import type { Cart, CartItem, StoredServerDetails } from './types';

/**
 * What each cart action does, once its input has the right shape: every rule re-checked against
 * the current catalogue, and nothing written unless all of them pass. Free of Next.js, so the
 * rules are unit tested against a real (temporary) database; the server actions add the cookie
 * and the page refresh.
 */

export interface MutationContext {
  store: CartStore;
  catalogue: PricingCatalogue;
  /** The currency the customer is shopping in (already resolved to one WHMCS has). */
  currencyCode: string;
  now: Date;
  newId: () => string;
  /** Asked once, right before a new cart would be stored: may this visitor start one now? */
  allowNewCart: () => Promise<RateDecision>;
  /** Seals a server's root password for the cart (./root-password): it is never stored in clear. */
  sealRootPassword: (password: string) => string;
  /** GetTLDPricing in the cart's currency, read only for a cart with domain lines (a promotion for TLDs prices them). */
  domainPricing?: () => Promise<DomainPricing | null>;
}

export type MutationResult = { ok: true; message: string } | { ok: false; message: string; fieldErrors?: Record<string, string> };

const refused = (message: string, fieldErrors?: Record<string, string>): MutationResult =>
  fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };

const GONE = 'That item is no longer in your cart.';

function findProduct(ctx: MutationContext, pid: number): Product | undefined {
  return ctx.catalogue.products.find((product) => product.pid === pid);
}

/** Stock the other items of the cart already take of this product. */
function unitsElsewhere(cart: Cart | null, product: Product, exceptItemId?: string): number {
  return (cart?.items ?? [])
    .filter((item) => item.pid === product.pid && item.id !== exceptItemId)
    .reduce((sum, item) => sum + stockUnits(product, item.configuration.quantity), 0);
}

interface CheckedItem {
  product: Product;
  configuration: Configuration;
  domain: string | null;
  customFields: Record<number, string>;
  server?: StoredServerDetails;
}

/** The customer's new or edited item against the catalogue: the item to store, or why not. */
function checkItem(ctx: MutationContext, cart: Cart | null, input: ItemInput): { ok: true; item: CheckedItem } | (MutationResult & { ok: false }) {
  const product = findProduct(ctx, input.pid);
  if (!product) return { ok: false, message: 'That product is no longer available.' };

  let normalised: ReturnType<typeof normaliseConfiguration>;
  try {
    normalised = normaliseConfiguration(product, ctx.currencyCode, input.configuration);
  } catch (error) {
    if (error instanceof PricingError) return { ok: false, message: `${product.name} is not sold in ${ctx.currencyCode}.` };
    throw error;
  }
  if (normalised.problems.length > 0) {
    // Order exactly what the customer saw, never a repaired variant of it.
    return {
      ok: false,
      message: `This configuration can't be ordered as it is: ${normalised.problems.join(' ')} Reload the page to see the current options.`,
    };
  }
  const { configuration } = normalised;

  const fieldErrors: Record<string, string> = {};
  const domainError = domainProblem(product, input.domain);
  if (domainError) fieldErrors.domain = domainError;
  const known = new Set(product.customFields.map((field) => field.id));
  const customFields: Record<number, string> = {};
  for (const [key, value] of Object.entries(input.customFields)) {
    const id = Number(key);
    if (!known.has(id)) return { ok: false, message: `${product.name} has no field ${id}. Reload the page and try again.` };
    if (value.trim()) customFields[id] = value.trim();
  }
  for (const field of missingCustomFields(product, customFields)) fieldErrors[`customfield.${field.id}`] = requiredFieldMessage(field.name);
  const server = product.type === 'server' ? (input.server ?? { hostname: '', rootPassword: '', ns1Prefix: '', ns2Prefix: '' }) : null;
  if (server) {
    for (const [field, problem] of Object.entries(serverDetailsProblems(server))) fieldErrors[`server.${field}`] = problem;
  }
  if (Object.keys(fieldErrors).length > 0) {
    const first = Object.values(fieldErrors)[0] ?? 'Check the highlighted fields.';
    return { ok: false, message: Object.keys(fieldErrors).length === 1 ? first : `Check ${Object.keys(fieldErrors).length} fields: ${Object.values(fieldErrors).join(' ')}`, fieldErrors };
  }

  const stock = stockProblem(product, unitsElsewhere(cart, product, input.itemId) + stockUnits(product, configuration.quantity));
  if (stock) return { ok: false, message: stock };

  const domain = input.domain ? checkDomain(input.domain) : null;
  const item: CheckedItem = { product, configuration, domain: domain?.ok ? domain.domain : null, customFields };
  if (server) {
    item.server = {
      hostname: server.hostname.trim().toLowerCase().replace(/\.$/, ''),
      ns1Prefix: server.ns1Prefix.trim().toLowerCase(),
      ns2Prefix: server.ns2Prefix.trim().toLowerCase(),
      sealedRootPassword: ctx.sealRootPassword(server.rootPassword),
    };
  }
  return { ok: true, item };
}

/** Adds a configured item, or (with `itemId`) replaces that item with the new configuration. */
export async function addOrUpdateItem(ctx: MutationContext, cartId: string, input: ItemInput): Promise<MutationResult> {
  const cart = await ctx.store.load(cartId, ctx.now);
  const existing = input.itemId ? cart?.items.find((item) => item.id === input.itemId) : undefined;
  if (input.itemId && !existing) return refused(GONE);

  const checked = checkItem(ctx, cart, input);
  if (!checked.ok) return checked;
  const { product, configuration, domain, customFields, server } = checked.item;
  const contents = { pid: product.pid, configuration, domain, customFields, server, addedPrices: priceSnapshot(product, configuration) };

  if (existing) {
    await ctx.store.replaceItem(cartId, { ...existing, ...contents }, ctx.now);
    return { ok: true, message: `Updated ${product.name} in your cart.` };
  }
  if (!cart) {
    const decision = await ctx.allowNewCart();
    if (!decision.allowed) return refused(tooManyNewCarts(decision.retryAfterMs));
  }
  const added = await ctx.store.addItem(cartId, { id: ctx.newId(), addedAt: ctx.now.toISOString(), ...contents }, ctx.now);
  if (!added) return refused(`Your cart is full (${MAX_CART_ITEMS} items). Check out or remove something first.`);
  return { ok: true, message: `Added ${product.name} to your cart.` };
}

async function findItem(ctx: MutationContext, cartId: string, itemId: string): Promise<{ cart: Cart; item: CartItem } | null> {
  const cart = await ctx.store.load(cartId, ctx.now);
  const item = cart?.items.find((candidate) => candidate.id === itemId);
  return cart && item ? { cart, item } : null;
}

/** The item's configuration as the catalogue sells it now, or why it cannot be used as it is. */
function currentConfiguration(ctx: MutationContext, item: CartItem, product: Product, quantity: number) {
  try {
    return normaliseConfiguration(product, ctx.currencyCode, { ...item.configuration, quantity });
  } catch (error) {
    if (error instanceof PricingError) return null;
    throw error;
  }
}

export async function setItemQuantity(ctx: MutationContext, cartId: string, itemId: string, quantity: number): Promise<MutationResult> {
  const found = await findItem(ctx, cartId, itemId);
  if (!found) return refused(GONE);
  const { cart, item } = found;
  const product = findProduct(ctx, item.pid);
  if (!product) return refused('This product is no longer sold; remove it from your cart.');
  if (product.quantityMode === 'none') return refused(`${product.name} can only be ordered one at a time.`);
  const { max } = productQuantityBounds(product);
  if (quantity > max) return refused(`Choose a quantity between 1 and ${max}.`);

  const current = currentConfiguration(ctx, item, product, quantity);
  if (!current || current.problems.length > 0) return refused('This item has changed since you added it: review the changes first.');
  const stock = stockProblem(product, unitsElsewhere(cart, product, item.id) + stockUnits(product, quantity));
  if (stock) return refused(stock);

  const configuration = current.configuration;
  await ctx.store.replaceItem(cartId, { ...item, configuration, addedPrices: priceSnapshot(product, configuration) }, ctx.now);
  return { ok: true, message: `${product.name}: quantity ${quantity}.` };
}

export async function duplicateItem(ctx: MutationContext, cartId: string, itemId: string): Promise<MutationResult> {
  const found = await findItem(ctx, cartId, itemId);
  if (!found) return refused(GONE);
  const { cart, item } = found;
  const product = findProduct(ctx, item.pid);
  if (!product) return refused('This product is no longer sold, so it cannot be duplicated.');
  const stock = stockProblem(product, unitsElsewhere(cart, product) + stockUnits(product, item.configuration.quantity));
  if (stock) return refused(stock);
  // The copy keeps the snapshot, so a price change still shows on both.
  const copy: CartItem = { ...item, id: ctx.newId(), addedAt: ctx.now.toISOString() };
  if (!(await ctx.store.addItem(cartId, copy, ctx.now, item.id))) {
    return refused(`Your cart is full (${MAX_CART_ITEMS} items). Check out or remove something first.`);
  }
  return { ok: true, message: `Added another ${product.name}.` };
}

/**
 * Removes an item (with the domains chosen for it) or a domain line. Removing what is already
 * gone succeeds: a double click must not show an error.
 */
export async function removeItem(ctx: MutationContext, cartId: string, itemId: string): Promise<MutationResult> {
  const cart = await ctx.store.load(cartId, ctx.now);
  const item = cart?.items.find((candidate) => candidate.id === itemId);
  const domain = cart?.domains.find((candidate) => candidate.id === itemId);
  if (item || domain) await ctx.store.removeItem(cartId, itemId, ctx.now);
  const name = item ? findProduct(ctx, item.pid)?.name : domain?.display;
  return { ok: true, message: name ? `Removed ${name} from your cart.` : 'Removed the item from your cart.' };
}

/**
 * Takes the catalogue's changes to an item (a cycle or option that went, a new option, a new
 * price) into the cart: the item is stored as it is now priced. What needs the customer's own
 * input (a required field, a domain) still needs an edit.
 */
export async function acceptItemChanges(ctx: MutationContext, cartId: string, itemId: string): Promise<MutationResult> {
  const found = await findItem(ctx, cartId, itemId);
  if (!found) return refused(GONE);
  const { cart, item } = found;
  const product = findProduct(ctx, item.pid);
  if (!product) return refused('This product is no longer sold; remove it from your cart.');
  const current = currentConfiguration(ctx, item, product, item.configuration.quantity);
  if (!current) return refused(`${product.name} is not sold in ${ctx.currencyCode}; remove it or switch currency.`);
  if (missingCustomFields(product, item.customFields).length > 0 || domainProblem(product, item.domain)) {
    return refused('This item needs details only you can give: edit it to fill them in.');
  }
  const stock = stockProblem(product, unitsElsewhere(cart, product, item.id) + stockUnits(product, current.configuration.quantity));
  if (stock) return refused(`${stock} Lower the quantity or remove an item.`);
  const configuration = current.configuration;
  await ctx.store.replaceItem(cartId, { ...item, configuration, addedPrices: priceSnapshot(product, configuration) }, ctx.now);
  return { ok: true, message: `${product.name} is updated to the current options and prices.` };
}

/** Applies a code WHMCS knows, when it takes something off this cart today; otherwise says why not. */
export async function applyPromotion(ctx: MutationContext, cartId: string, lookup: PromotionLookup, today: string): Promise<MutationResult> {
  const cart = await ctx.store.load(cartId, ctx.now);
  if (!cart || cart.items.length + cart.domains.length === 0) return refused('Add something to your cart before entering a code.');
  const domainPricing = cart.domains.length > 0 && ctx.domainPricing ? await ctx.domainPricing() : null;
  const priced = priceCartWith(cart, ctx.currencyCode, ctx.catalogue, lookup, today, domainPricing);
  if (!priced.promotion) {
    const why = priced.promoProblem ?? "We don't recognise that code.";
    return refused(why, { code: why });
  }
  await ctx.store.setPromoCode(cartId, priced.promotion.code, ctx.now);
  return { ok: true, message: `${priced.promotion.code} applied: ${priced.promotion.summary}.` };
}

export async function removePromotion(ctx: MutationContext, cartId: string): Promise<MutationResult> {
  if (await ctx.store.load(cartId, ctx.now)) await ctx.store.setPromoCode(cartId, null, ctx.now);
  return { ok: true, message: 'Promo code removed.' };
}
