import crypto from 'node:crypto';

/**
 * Client passwords: scrypt with a random salt. WHMCS uses bcrypt; nothing outside the sandbox
 * ever sees the stored form, only whether ValidateLogin succeeds.
 */
const KEY_LENGTH = 32;

export function hashPassword(password: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(password.normalize('NFC'), salt, KEY_LENGTH);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, 'base64');
  const actual = crypto.scryptSync(password.normalize('NFC'), Buffer.from(saltText, 'base64'), expected.length);
  return crypto.timingSafeEqual(actual, expected);
}

/** Compares secrets without leaking their length or content through timing. */
export function safeEqual(a: string, b: string): boolean {
  const digest = (s: string) => crypto.createHash('sha256').update(s, 'utf8').digest();
  return crypto.timingSafeEqual(digest(a), digest(b));
}
