import crypto from 'node:crypto';

/**
 * Who may refresh the catalogue: a caller presenting REVALIDATE_SECRET as
 * `Authorization: Bearer <secret>` or `x-revalidate-secret: <secret>`.
 */
export function presentedSecret(headers: Headers): string | null {
  const authorization = headers.get('authorization');
  const bearer = authorization && /^Bearer\s+(.+)$/i.exec(authorization.trim())?.[1];
  return bearer || headers.get('x-revalidate-secret') || null;
}

/**
 * Compares in constant time. Both sides are hashed first, so neither the secret's content nor
 * its length leaks through how long the comparison takes.
 */
export function secretsMatch(presented: string, expected: string): boolean {
  const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest();
  return crypto.timingSafeEqual(digest(presented), digest(expected)) && presented.length === expected.length;
}
