import { describe, expect, it } from 'vitest';
import { checkDomain, cleanDomainInput, needsDomain } from './domain-name';

describe('checkDomain', () => {
  it('accepts ordinary domains and subdomains', () => {
    expect(checkDomain('example.com')).toEqual({ ok: true, domain: 'example.com', ascii: 'example.com' });
    expect(checkDomain('shop.example.co.uk')).toMatchObject({ ok: true });
    expect(checkDomain('my-site.io')).toMatchObject({ ok: true });
  });

  it('accepts internationalised domains, checked in punycode', () => {
    expect(checkDomain('bücher.de')).toEqual({ ok: true, domain: 'bücher.de', ascii: 'xn--bcher-kva.de' });
    expect(checkDomain('例え.テスト')).toMatchObject({ ok: true });
    expect(checkDomain('xn--bcher-kva.de')).toMatchObject({ ok: true });
  });

  it('cleans what people paste from an address bar', () => {
    expect(cleanDomainInput(' https://Example.com/path?q=1 ')).toBe('example.com');
    expect(checkDomain('HTTP://www.Example.com/')).toMatchObject({ ok: true, domain: 'www.example.com' });
  });

  it('refuses what is not a domain, saying why', () => {
    expect(checkDomain('')).toMatchObject({ ok: false, message: expect.stringMatching(/Enter a domain/) });
    expect(checkDomain('example')).toMatchObject({ ok: false, message: expect.stringMatching(/extension/) });
    expect(checkDomain('exa mple.com')).toMatchObject({ ok: false });
    expect(checkDomain('-bad.com')).toMatchObject({ ok: false });
    expect(checkDomain('user@example.com')).toMatchObject({ ok: false });
    expect(checkDomain('1.2.3.4')).toMatchObject({ ok: false });
    expect(checkDomain(`${'a'.repeat(64)}.com`)).toMatchObject({ ok: false });
    expect(checkDomain('example.c0m')).toMatchObject({ ok: false });
  });
});

describe('needsDomain', () => {
  it('is true for hosting and reseller accounts only', () => {
    expect(needsDomain('hostingaccount')).toBe(true);
    expect(needsDomain('reselleraccount')).toBe(true);
    expect(needsDomain('server')).toBe(false);
    expect(needsDomain('other')).toBe(false);
  });
});
