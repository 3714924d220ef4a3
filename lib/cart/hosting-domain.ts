import { needsDomain } from '@/lib/catalogue/domain-input';
import { checkDomain } from '@/lib/catalogue/domain-name';
import { NO_EXTRAS } from '@/lib/pricing';
import { addDomainLine, updateDomainLine, type DomainMutationContext } from './domain-lines';
import type { ItemInput, StepDomainOrder } from './inputs';
import { addOrUpdateItem, type MutationContext, type MutationResult } from './mutations';
import type { CartDomain } from './types';

/**
 * The configurator's add (or update) of a hosting item with its domain step: the item, and the
 * registration or transfer bound to it (./domain-lines), both or neither. The store writes one
 * line at a time, so a later step that fails undoes the earlier ones before answering: the cart
 * is left as it was, and the refusal names the step's field.
 */

export type HostingDomainContext = MutationContext & DomainMutationContext;

/** The domain step's field a domain line's refusal is about (the form's paths). */
function stepFieldErrors(order: StepDomainOrder, fieldErrors: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!fieldErrors) return undefined;
  const nameField = order.type === 'register' ? 'domainStep.register' : 'domainStep.transfer';
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field === 'eppCode' ? 'domainStep.eppCode' : nameField, message]));
}

function sameName(line: CartDomain, order: StepDomainOrder): boolean {
  const name = checkDomain(order.domain);
  return line.type === order.type && name.ok && line.domain === name.ascii;
}

/**
 * Adds the item (or, with `item.itemId`, replaces it) with `order`'s domain line bound to it;
 * `order` null is a domain the customer owns: the item is stored as it is and any line bound to it
 * goes. Editing an item keeps its bound line when the step asks for the same name the same way
 * (a transfer given a new EPP code takes it).
 */
export async function addHostingWithDomain(
  ctx: HostingDomainContext,
  cartId: string,
  item: ItemInput,
  order: StepDomainOrder | null,
): Promise<MutationResult> {
  const product = ctx.catalogue.products.find((candidate) => candidate.pid === item.pid);
  if (order && product && !needsDomain(product.type)) return { ok: false, message: `${product.name} is not set up on a domain: order the domain on its own.` };
  const before = await ctx.store.load(cartId, ctx.now);
  const previous = item.itemId ? before?.items.find((candidate) => candidate.id === item.itemId) : undefined;
  const bound = item.itemId ? (before?.domains ?? []).filter((line) => line.hostingItemId === item.itemId) : [];
  const kept = order ? bound.find((line) => sameName(line, order)) : undefined;
  const eppCode = order?.type === 'transfer' ? order.eppCode.trim() : '';
  if (order?.type === 'transfer' && !kept && !eppCode) {
    const message = 'Enter the EPP code: your current registrar gives it to you for a transfer.';
    return { ok: false, message, fieldErrors: { 'domainStep.eppCode': message } };
  }

  let newItemId: string | null = null;
  const itemCtx: MutationContext = { ...ctx, newId: () => (newItemId = ctx.newId()) };
  const stored = await addOrUpdateItem(itemCtx, cartId, { ...item, domain: order ? order.domain : item.domain });
  if (!stored.ok || !order) {
    if (stored.ok) for (const line of bound) await ctx.store.removeItem(cartId, line.id, ctx.now);
    return stored;
  }
  const hostingItemId = item.itemId ?? (newItemId as string | null);
  if (!hostingItemId) return stored;

  if (kept) {
    for (const line of bound) if (line !== kept) await ctx.store.removeItem(cartId, line.id, ctx.now);
    if (!eppCode) return stored;
    const updated = await updateDomainLine(ctx, cartId, { domainId: kept.id, years: kept.years, extras: kept.extras, eppCode, fields: kept.fields });
    return updated.ok ? stored : { ...updated, fieldErrors: stepFieldErrors(order, updated.fieldErrors) };
  }

  // The lines the item had go first, so the new one may take the same name the other way.
  for (const line of bound) await ctx.store.removeItem(cartId, line.id, ctx.now);
  const added = await addDomainLine(ctx, cartId, {
    type: order.type,
    domain: order.domain,
    extras: NO_EXTRAS,
    fields: {},
    hostingItemId,
    ...(eppCode ? { eppCode } : {}),
  });
  if (added.ok) return { ok: true, message: `${stored.message} ${added.message}` };

  // Undo: the cart as it was before this add.
  if (previous) {
    await ctx.store.replaceItem(cartId, previous, ctx.now);
    for (const line of bound) await ctx.store.addDomain(cartId, line, ctx.now);
  } else {
    await ctx.store.removeItem(cartId, hostingItemId, ctx.now);
  }
  return { ...added, fieldErrors: stepFieldErrors(order, added.fieldErrors) };
}
