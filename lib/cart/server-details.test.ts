import { describe, expect, it } from 'vitest';
import { hostnameProblem, passwordStrength, prefixProblem, rootPasswordProblem, serverDetailsProblems } from './server-details';

describe('server details', () => {
  it('takes full host names only', () => {
    expect(hostnameProblem('web01.example.net')).toBeNull();
    expect(hostnameProblem('Web01.Example.NET.')).toBeNull();
    expect(hostnameProblem('')).toMatch(/Enter a hostname/);
    expect(hostnameProblem('server1')).toMatch(/full hostname/);
    for (const bad of ['-web.example.com', 'web_01.example.com', 'web..example.com', 'wéb.example.com', `${'a'.repeat(64)}.com`, 'a b.com']) {
      expect(hostnameProblem(bad)).toMatch(/letters, digits and hyphens/);
    }
  });

  it('takes one-label nameserver prefixes and root passwords WHMCS can pass to a server', () => {
    expect(prefixProblem('ns1', 'first nameserver', 'ns1')).toBeNull();
    expect(prefixProblem('ns1.example', 'first nameserver', 'ns1')).toMatch(/one word/);
    expect(rootPasswordProblem('short')).toMatch(/at least 8/);
    expect(rootPasswordProblem('has space in it')).toMatch(/spaces/);
    expect(rootPasswordProblem('Tr0ub4dor&3')).toBeNull();
    expect(serverDetailsProblems({ hostname: 'x', rootPassword: '', ns1Prefix: '', ns2Prefix: 'ns2' })).toEqual({
      hostname: expect.any(String),
      rootPassword: expect.any(String),
      ns1Prefix: expect.any(String),
    });
  });

  it('rates password strength by length and kinds of characters', () => {
    expect(passwordStrength('abc')).toBe('weak');
    expect(passwordStrength('abcdefgh')).toBe('weak');
    expect(passwordStrength('abcdefgh1X')).toBe('fair');
    expect(passwordStrength('correcthorse12X')).toBe('good');
    expect(passwordStrength('Tr0ub4dor&3-horse')).toBe('strong');
    expect(passwordStrength('aaaaaaaaaaaA1!')).toBe('good');
  });
});
