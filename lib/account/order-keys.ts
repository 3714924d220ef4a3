import { createHash } from 'node:crypto';
import { canonicalJson } from '@/lib/checkout/fingerprint';

/**
 * The keys and fingerprints of orders placed from the account (renewals, addons for a service):
 * JSON in canonical form, hashed. What goes in is each kind's business (./renewals.ts,
 * ./addon-offers.ts); how it is hashed is here once.
 */

/** An idempotency key: URL-safe, 43 chars. */
export function accountOrderKey(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('base64url');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The order as it is sent without, then with, how it is paid: an attempt's two fingerprints. */
export function accountOrderFingerprints(content: unknown, paymentMethod: string): { contentFingerprint: string; fingerprint: string } {
  const contentFingerprint = sha256(canonicalJson(content));
  return { contentFingerprint, fingerprint: sha256(canonicalJson({ v: 1, content: contentFingerprint, paymentMethod })) };
}
