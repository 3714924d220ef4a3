import { describe, expect, it } from 'vitest';
import type { OrderRequest } from '@/lib/whmcs/types';
import { sealEppCode, withOpenedEppCodes } from './epp-code';
import { sealRootPassword, withOpenedRootPasswords } from './root-password';

process.env.SESSION_SECRET = 'a-test-session-secret-of-enough-length-0123456789';

const NO_EXTRAS = { dnsmanagement: false, emailforwarding: false, idprotection: false };
const order = (rootPassword: string, eppCode: string): OrderRequest => ({
  clientId: 1,
  paymentMethod: 'paypal',
  items: [{ pid: 5, billingCycle: 'monthly', configOptions: {}, customFields: {}, quantity: 1, server: { hostname: 'web1.example.com', ns1Prefix: 'ns1', ns2Prefix: 'ns2', rootPassword } }],
  domains: [{ type: 'transfer', domain: 'old-site.com', years: 1, extras: NO_EXTRAS, eppCode }],
});

describe('cart secrets', () => {
  it('are sealed (never in clear) and opened only for AddOrder', () => {
    const sealedPassword = sealRootPassword('S3cret root!');
    const sealedCode = sealEppCode('EPP-abc-123');
    expect(sealedPassword).not.toContain('S3cret');
    expect(sealedCode).not.toContain('EPP-abc');
    const opened = withOpenedEppCodes(withOpenedRootPasswords(order(sealedPassword, sealedCode)));
    expect(opened.items[0]?.server?.rootPassword).toBe('S3cret root!');
    expect(opened.domains?.[0]?.eppCode).toBe('EPP-abc-123');
  });

  it('of one kind do not open as another, and what cannot be opened is refused, not sent', () => {
    const asWrongKind = order(sealEppCode('EPP-abc-123'), sealRootPassword('S3cret root!'));
    expect(() => withOpenedRootPasswords(asWrongKind)).toThrow('A root password in the cart can no longer be read.');
    expect(() => withOpenedEppCodes(asWrongKind)).toThrow('The EPP code for old-site.com in the cart can no longer be read.');
  });
});
