import { describe, expect, it, vi } from 'vitest';
import type { Tld } from '@/lib/whmcs/types';
import { checkNames, type NameCheckInput } from './name-check';

const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };
const tld = (name: string, register: number, transfer: number | null): Tld => ({
  tld: name,
  categories: [],
  group: '',
  extras: NO_EXTRAS,
  register: [{ years: 1, price: register }],
  transfer: transfer === null ? [] : [{ years: 1, price: transfer }],
  renew: [{ years: 1, price: register + 200 }],
});
const TLDS = [tld('com', 1199, 1099), tld('net', 999, null), tld('de', 849, 849)];

function input(overrides: Partial<NameCheckInput>): NameCheckInput {
  return {
    query: 'fresh-idea',
    tlds: TLDS,
    featured: ['com', 'net'],
    lookup: async (ascii) => (ascii.startsWith('taken') ? 'unavailable' : 'available'),
    allow: async () => ({ allowed: true }),
    ...overrides,
  };
}

describe('checkNames', () => {
  it('answers the typed TLD first, then the featured ones, each with its status and prices', async () => {
    const result = await checkNames(input({ query: 'Fresh-Idea.DE' }));
    expect(result).toEqual({
      ok: true,
      names: [
        { domain: 'fresh-idea.de', tld: 'de', status: 'available', offer: expect.objectContaining({ register: { years: 1, price: 849 } }) },
        { domain: 'fresh-idea.com', tld: 'com', status: 'available', offer: expect.objectContaining({ renew: { years: 1, price: 1399 } }) },
        { domain: 'fresh-idea.net', tld: 'net', status: 'available', offer: expect.objectContaining({ transfer: null }) },
      ],
    });
  });

  it('looks names up in punycode and shows them in Unicode', async () => {
    const lookup = vi.fn(async () => 'unavailable' as const);
    const result = await checkNames(input({ query: 'bücher.de', featured: [], lookup }));
    expect(lookup).toHaveBeenCalledWith('xn--bcher-kva.de');
    expect(result.ok && result.names.map((n) => [n.domain, n.status])).toEqual([['bücher.de', 'unavailable']]);
  });

  it('marks a name whose lookup failed as unknown, keeping the others', async () => {
    const lookup = async (ascii: string) => {
      if (ascii.endsWith('.net')) throw new Error('whois down');
      return 'available' as const;
    };
    const result = await checkNames(input({ lookup }));
    expect(result.ok && result.names.map((n) => n.status)).toEqual(['available', 'unknown']);
  });

  it('refuses an invalid name without counting a search', async () => {
    const allow = vi.fn(async () => ({ allowed: true as const }));
    const result = await checkNames(input({ query: 'fresh idea', allow }));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('cannot be a domain name') });
    expect(allow).not.toHaveBeenCalled();
  });

  it('passes on the rate limit message and looks nothing up', async () => {
    const lookup = vi.fn(async () => 'available' as const);
    const result = await checkNames(input({ lookup, allow: async () => ({ allowed: false, message: 'Please wait 2 minutes.' }) }));
    expect(result).toEqual({ ok: false, message: 'Please wait 2 minutes.' });
    expect(lookup).not.toHaveBeenCalled();
  });
});
