import { describe, expect, it } from 'vitest';
import { cleanDomainInput, needsDomain } from './domain-input';
import { checkDomain } from './domain-name';

describe('checkDomain', () => {
  it('accepts ordinary domains and subdomains', () => {
    expect(checkDomain('example.com')).toEqual({ ok: true, domain: 'example.com', ascii: 'example.com' });
    expect(checkDomain('shop.example.co.uk')).toMatchObject({ ok: true });
    expect(checkDomain('my-site.io')).toMatchObject({ ok: true });
    expect(checkDomain('1and1.com')).toMatchObject({ ok: true });
  });

  it('accepts internationalised domains: Unicode for people, punycode for WHMCS', () => {
    expect(checkDomain('bücher.de')).toEqual({ ok: true, domain: 'bücher.de', ascii: 'xn--bcher-kva.de' });
    expect(checkDomain('例え.テスト')).toEqual({ ok: true, domain: '例え.テスト', ascii: 'xn--r8jz45g.xn--zckzah' });
    expect(checkDomain('مثال.إختبار')).toMatchObject({ ok: true, ascii: 'xn--mgbh0fb.xn--kgbechtv' });
    // UTS #46 non-transitional: ß stays ß (IDNA2008), it is not turned into "ss".
    expect(checkDomain('faß.de')).toEqual({ ok: true, domain: 'faß.de', ascii: 'xn--fa-hia.de' });
  });

  it('shows a name typed in punycode, or in capitals, as people read it', () => {
    expect(checkDomain('xn--bcher-kva.de')).toEqual({ ok: true, domain: 'bücher.de', ascii: 'xn--bcher-kva.de' });
    expect(checkDomain('BÜCHER.DE')).toEqual({ ok: true, domain: 'bücher.de', ascii: 'xn--bcher-kva.de' });
  });

  it('refuses symbols and punycode that does not decode, as registries do', () => {
    expect(checkDomain('☃.com')).toEqual({ ok: false, message: '"☃.com" is not a valid domain name.' });
    expect(checkDomain('xn--n3h.com')).toMatchObject({ ok: false });
    expect(checkDomain('xn--zz.com')).toEqual({ ok: false, message: '"xn--zz.com" is not a valid domain name.' });
    expect(checkDomain('ex--ample.com')).toMatchObject({ ok: false });
    expect(checkDomain('a\u200db.com')).toMatchObject({ ok: false });
    expect(checkDomain('exa_mple.com')).toMatchObject({ ok: false });
  });

  it('cleans what people paste from an address bar', () => {
    expect(cleanDomainInput(' https://Example.com/path?q=1 ')).toBe('example.com');
    expect(checkDomain('HTTP://www.Example.com/')).toMatchObject({ ok: true, domain: 'www.example.com' });
  });

  it('refuses what is not a domain, saying why', () => {
    expect(checkDomain('')).toMatchObject({ ok: false, message: 'Enter a domain name, like example.com.' });
    expect(checkDomain('example')).toMatchObject({ ok: false, message: 'Include the extension, like example.com.' });
    expect(checkDomain('exa mple.com')).toMatchObject({ ok: false });
    expect(checkDomain('-bad.com')).toMatchObject({ ok: false });
    expect(checkDomain('user@example.com')).toMatchObject({ ok: false });
    expect(checkDomain('1.2.3.4')).toMatchObject({ ok: false });
    expect(checkDomain(`${'a'.repeat(64)}.com`)).toMatchObject({ ok: false });
    expect(checkDomain(`${'a.'.repeat(127)}com`)).toMatchObject({ ok: false });
    expect(checkDomain('example.c0m')).toMatchObject({ ok: false, message: '"example.c0m" does not end in a valid extension, like .com.' });
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
