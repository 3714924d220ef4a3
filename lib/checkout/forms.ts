import { z } from 'zod';
import '@/lib/security/zod-without-eval';

/**
 * The "Place order" and "Check again" forms: their fields, validated by the server actions, and
 * what the actions answer. Pure, so the client form can import the types.
 */
const attemptKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'This checkout page is out of date. Reload it and try again.');

export const placeOrderSchema = z.object({
  attemptKey,
  reviewed: z.string().regex(/^[0-9a-f]{64}$/, 'This checkout page is out of date. Reload it and try again.'),
  // Absent when the order has nothing to pay (no payment step); the server decides whether it may be.
  paymentMethod: z.string().trim().min(1, 'Choose how you would like to pay.').max(100).optional(),
  acceptTerms: z.literal('on', { message: 'Please accept the terms of service to place your order.' }),
  /** The tax and total the page showed (lib/checkout/invoiced-tax): only compared with the invoice on the receipt, never sent to WHMCS. */
  shown: z.string().regex(/^\d{1,15}:\d{1,15}$/).optional(),
});

export const checkOrderSchema = z.object({ attemptKey });

export type PlaceOrderField = 'paymentMethod' | 'acceptTerms';

export interface PlaceOrderState {
  status: 'idle' | 'invalid' | 'unknown' | 'in-progress' | 'not-placed' | 'changed' | 'not-orderable';
  message?: string;
  fieldErrors?: Partial<Record<PlaceOrderField, string>>;
}

export const IDLE: PlaceOrderState = { status: 'idle' };
