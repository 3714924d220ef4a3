import { describe, expect, it } from 'vitest';
import { presentedSecret, secretsMatch } from './revalidate-auth';

describe('revalidation secret', () => {
  it('is read from a bearer token or the x-revalidate-secret header', () => {
    expect(presentedSecret(new Headers({ authorization: 'Bearer s3cret-value' }))).toBe('s3cret-value');
    expect(presentedSecret(new Headers({ authorization: 'bearer   s3cret-value ' }))).toBe('s3cret-value');
    expect(presentedSecret(new Headers({ 'x-revalidate-secret': 'other' }))).toBe('other');
    expect(presentedSecret(new Headers({ authorization: 'Basic abc' }))).toBeNull();
    expect(presentedSecret(new Headers())).toBeNull();
  });

  it('matches only the exact secret', () => {
    expect(secretsMatch('a-long-enough-secret', 'a-long-enough-secret')).toBe(true);
    expect(secretsMatch('a-long-enough-secreT', 'a-long-enough-secret')).toBe(false);
    expect(secretsMatch('a-long-enough', 'a-long-enough-secret')).toBe(false);
    expect(secretsMatch('', 'a-long-enough-secret')).toBe(false);
  });
});
