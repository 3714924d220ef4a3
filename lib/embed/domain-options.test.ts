import { describe, expect, it } from 'vitest';
import { domainOptionEntries, MAX_TLDS, parseDomainOptions } from './domain-options';

const parse = (query: string) => parseDomainOptions(new URLSearchParams(query));

describe('parseDomainOptions', () => {
  it('reads a list of extensions the way people write them', () => {
    expect(parse('tlds=com,+.NET++co.uk,com').tlds).toEqual(['com', 'net', 'co.uk']);
    expect(parse(`tlds=${encodeURIComponent('de, bücher')}`).tlds).toEqual(['de', 'bücher']);
    expect(parseDomainOptions({ tlds: 'io' }).tlds).toEqual(['io']);
  });

  it('is unset without a list, or with one that cannot be extensions', () => {
    expect(parse('').tlds).toBeNull();
    expect(parse('tlds=+,+').tlds).toBeNull();
    expect(parse('tlds=com,%3Cscript%3E').tlds).toBeNull();
    expect(parse('tlds=a.b.c.d').tlds).toBeNull();
    expect(parse(`tlds=${Array.from({ length: MAX_TLDS + 1 }, (_, i) => `t${i}`).join(',')}`).tlds).toBeNull();
  });

  it('writes back what it reads', () => {
    const options = parse('tlds=com,net');
    expect(domainOptionEntries(options)).toEqual([['tlds', 'com,net']]);
    expect(parse(new URLSearchParams(domainOptionEntries(options)).toString())).toEqual(options);
    expect(domainOptionEntries({ tlds: null })).toEqual([]);
  });
});
