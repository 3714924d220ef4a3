import { describe, expect, it } from 'vitest';
import { openText, sealText } from './sealed-text';

const SECRET = 'a-session-secret-of-at-least-32-characters';

describe('sealed text', () => {
  it('opens with the same secret and purpose only, and never shows the text', () => {
    const sealed = sealText('Tr0ub4dor&3', SECRET, 'root password');
    expect(sealed).not.toContain('Tr0ub4dor');
    expect(sealText('Tr0ub4dor&3', SECRET, 'root password')).not.toBe(sealed);
    expect(openText(sealed, SECRET, 'root password')).toBe('Tr0ub4dor&3');
    expect(openText(sealed, `${SECRET}!`, 'root password')).toBeNull();
    expect(openText(sealed, SECRET, 'something else')).toBeNull();
  });

  it('refuses tampered or foreign text', () => {
    const sealed = sealText('secret', SECRET, 'p');
    const [v, iv, tag, data] = sealed.split('.');
    const flipped = `${data!.startsWith('A') ? 'B' : 'A'}${data!.slice(1)}`;
    expect(openText([v, iv, tag, flipped].join('.'), SECRET, 'p')).toBeNull();
    expect(openText('plain text', SECRET, 'p')).toBeNull();
  });
});
