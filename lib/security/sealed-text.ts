import crypto from 'node:crypto';

/**
 * Text sealed with a key derived from one of the shop's secrets (AES-256-GCM): what must be
 * kept for a while but never readable at rest, like a server's root password in a cart until the
 * order is placed. `purpose` separates the keys of different uses of one secret.
 */

const VERSION = 'v1';

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'hostfront-sealed-text', purpose, 32));
}

export function sealText(plain: string, secret: string, purpose: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The sealed text; null when it was not sealed by this secret and purpose, or was tampered with. */
export function openText(sealed: string, secret: string, purpose: string): string | null {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || data === undefined) return null;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyFor(secret, purpose), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
