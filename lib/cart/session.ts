import 'server-only';
import crypto from 'node:crypto';
import { cookies } from 'next/headers';
import { env } from '@/lib/config/env';
import { storeDb } from '@/lib/store/db';
import { CART_COOKIE, visitorCartId } from '@/lib/visitor';
import { CART_LIFETIME_DAYS, cartStore, type CartStore } from './store';

/**
 * Which cart is the visitor's: an httpOnly cookie naming a random cart id, the cart itself in the
 * store database. The id is 256 random bits, so it cannot be guessed; it carries nothing else.
 */

const MAX_AGE_SECONDS = CART_LIFETIME_DAYS * 24 * 60 * 60;

/** A new random id (cart ids: 32 bytes; item ids: 12 bytes), base64url. */
export function randomId(bytes = 12): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

let store: CartStore | undefined;
let lastPurge = 0;

/** The carts table, opened on first use; idle carts are purged at most once an hour. */
export function carts(): CartStore {
  store ??= cartStore(storeDb());
  const now = Date.now();
  if (now - lastPurge > 60 * 60 * 1000) {
    lastPurge = now;
    store.purgeIdle(new Date(now - MAX_AGE_SECONDS * 1000));
  }
  return store;
}

/** The cart id the visitor's cookie names (read by lib/visitor, like all request state). */
export const cartIdFromCookie = visitorCartId;

/**
 * The visitor's cart id, creating one when needed, and (re)sets the cookie so it lives another
 * CART_LIFETIME_DAYS from now. Only in server actions and route handlers (cookies cannot be set
 * while a page renders).
 */
export async function ensureCartCookie(): Promise<string> {
  const id = (await cartIdFromCookie()) ?? randomId(32);
  (await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().NODE_ENV === 'production',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
  return id;
}
