/**
 * PHP's `base64_decode($text)` (not strict): every character outside the standard alphabet is
 * skipped, `=` included and wherever it stands, and a last lone character adds nothing. So
 * URL-safe text (`-`, `_`) decodes to other bytes, as in PHP, where Node's decoder would accept it.
 */
export function base64Decode(text: string): Buffer {
  return Buffer.from(text.replace(/[^A-Za-z0-9+/]/g, ''), 'base64');
}
