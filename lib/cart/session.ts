import 'server-only';
import crypto from 'node:crypto';
import { cookies } from 'next/headers';
import { env } from '@/lib/config/env';
import { cartTable } from '@/lib/app-services';
import { CART_COOKIE, visitorCartId } from '@/lib/visitor';
import { CART_LIFETIME_DAYS, type CartStore } from './store';

/**
 * Which cart is the visitor's: an httpOnly cookie naming a random cart id, the cart itself in the
 * store database. The id is 256 random bits, so it cannot be guessed; it carries nothing else.
 */

const MAX_AGE_SECONDS = CART_LIFETIME_DAYS * 24 * 60 * 60;

/** A new random id (cart ids: 32 bytes; item ids: 12 bytes), base64url. */
export function randomId(bytes = 12): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

let lastPurge = 0;

/** The carts table, opened on first use; idle carts are purged at most once an hour. */
export function carts(): CartStore {
  const store = cartTable();
  const now = Date.now();
  if (now - lastPurge > 60 * 60 * 1000) {
    lastPurge = now;
    store.purgeIdle(new Date(now - MAX_AGE_SECONDS * 1000)).catch((error: unknown) => console.error('Could not purge idle carts', error));
  }
  return store;
}

function writeCartCookie(cookieStore: Awaited<ReturnType<typeof cookies>>, id: string): void {
  cookieStore.set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().NODE_ENV === 'production',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
}

/**
 * Names a new cart in the visitor's cookie, once something is in it. Only in server actions and
 * route handlers (cookies cannot be set while a page renders). An existing cookie is left alone:
 * setting a cookie in a server action makes Next.js render the page again for the answer, and the
 * cart's actions answer with their result only (renewCartCookie keeps it alive).
 */
export async function setNewCartCookie(cartId: string): Promise<void> {
  writeCartCookie(await cookies(), cartId);
}

/**
 * Gives the visitor's cart cookie another CART_LIFETIME_DAYS from now, as long as they keep
 * coming back: called by GET /api/cart (the header's badge asks it on every page). Route handlers
 * only.
 */
export async function renewCartCookie(): Promise<void> {
  const id = await visitorCartId();
  if (id) writeCartCookie(await cookies(), id);
}

/**
 * The cart an "add" action writes to: the visitor's, when their cookie names a stored cart; else
 * a fresh id (a cookie naming no stored cart, expired or never filled, is not reused: a cart's
 * id is always ours). `isNew`: the action must set the cookie once something is in it.
 */
export async function cartIdForAdding(store: CartStore, now: Date): Promise<{ cartId: string; isNew: boolean }> {
  const named = await visitorCartId();
  const cartId = named && (await store.load(named, now)) ? named : randomId(32);
  return { cartId, isNew: cartId !== named };
}
