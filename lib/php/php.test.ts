import { describe, expect, it } from 'vitest';
import { base64Decode, httpBuildQuery, parseStr, PhpUnserializeError, serialize, unserialize } from './index';

/**
 * Every expected value below is PHP 8.2's literal output (`php -r`), written as PHP printed it
 * (`json_encode(parse_str(...))`, `echo http_build_query(...)`, `echo serialize(...)`,
 * `bin2hex(base64_decode(...))`). PHP is not needed to run these tests.
 */

describe('parseStr (PHP parse_str)', () => {
  const cases: [string, unknown][] = [
    ['a[]=x&a[]=y&a[7]=z&a[]=w', { a: { '0': 'x', '1': 'y', '7': 'z', '8': 'w' } }],
    ['a.b=1&c%20d=2&e[f][g]=3', { a_b: '1', c_d: '2', e: { f: { g: '3' } } }],
    ['q=a+b&flag&n=1&n=2', { q: 'a b', flag: '', n: '2' }],
    ['a[b=1', { a_b: '1' }],
    ['a.b[c.d=1', { a_b_c_d: '1' }],
    ['x[=1', { x_: '1' }],
    ['a[b][c=1', { a: { b: '1' } }],
    ['a[b]c=1', { a: { b: '1' } }],
    ['a[b]]=1', { a: { b: '1' } }],
    ['a[[b]=1', { a: { '[b': '1' } }],
    ['a[x]=1&a[x][y]=2', { a: { x: { y: '2' } } }],
    ['a[]=1&a=2', { a: '2' }],
    ['a=1&a[]=2', { a: { '0': '2' } }],
    ['%20%20lead=1', { lead: '1' }],
    ['%09x=1', { '\tx': '1' }],
    [' x.y[a.b]=1', { x_y: { 'a.b': '1' } }],
    ['a[-5]=1&a[]=2', { a: { '-5': '1', '-4': '2' } }],
    ['a[07]=1&a[]=2', { a: { '07': '1', '0': '2' } }],
    ['a[ ]=1&a[%09]=2&a[ x ]=3', { a: { '0': '1', '1': '2', ' x ': '3' } }],
    ['a%00b=1&c[d%00e]=2', { a: '1', c_d: '2' }],
    ['[a]=1&=2', {}],
    ['a[]=1&a[]', { a: { '0': '1', '1': '' } }],
    ['a[b][]=1&a[b][]=2&a[c]=3', { a: { b: { '0': '1', '1': '2' }, c: '3' } }],
    ['v=%ff%zz%4', { v: '\ufffd%zz%4' }],
    ['name=Caf%C3%A9+%26+Bar', { name: 'Café & Bar' }],
  ];
  it.each(cases)('%s', (body, expected) => {
    expect(parseStr(body)).toEqual(expected);
  });

  it('drops variables past max_input_vars, as PHP does', () => {
    expect(parseStr('a=1&b=2&c=3', { maxInputVars: 2 })).toEqual({ a: '1', b: '2' });
  });

  it('keeps __proto__ and constructor as plain keys, never touching Object.prototype', () => {
    const parsed = parseStr('__proto__[polluted]=1&constructor[prototype][polluted]=2&a[__proto__][polluted]=3');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(['__proto__', 'constructor', 'a']);
    expect(JSON.stringify(parsed)).toBe('{"__proto__":{"polluted":"1"},"constructor":{"prototype":{"polluted":"2"}},"a":{"__proto__":{"polluted":"3"}}}');
    expect(JSON.stringify(unserialize('a:1:{s:9:"__proto__";a:1:{s:8:"polluted";i:1;}}'))).toBe('{"__proto__":{"polluted":1}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads only the variables asked for', () => {
    expect(parseStr('secret=s&pid[0]=1&identifier=i&action=x', { only: new Set(['identifier', 'secret']) })).toEqual({ secret: 's', identifier: 'i' });
  });
});

describe('httpBuildQuery (PHP http_build_query)', () => {
  it('writes what PHP writes', () => {
    const params = {
      action: 'AddOrder',
      pid: [1, 3],
      a: { b: [{ c: 'x' }, { c: 'y' }] },
      n: null,
      t: true,
      f: false,
      q: 'a b&c=d+e~*',
      domain: ['dómáin.com'],
      e: '',
      fl: 1.5,
    };
    expect(httpBuildQuery(params)).toBe(
      'action=AddOrder&pid%5B0%5D=1&pid%5B1%5D=3&a%5Bb%5D%5B0%5D%5Bc%5D=x&a%5Bb%5D%5B1%5D%5Bc%5D=y&t=1&f=0&q=a+b%26c%3Dd%2Be%7E%2A&domain%5B0%5D=d%C3%B3m%C3%A1in.com&e=&fl=1.5',
    );
  });

  it('keeps sparse keys, nests records and leaves out undefined and empty arrays', () => {
    expect(httpBuildQuery({ x: { 5: 'a', k: { z: 1 } }, y: [], u: undefined })).toBe('x%5B5%5D=a&x%5Bk%5D%5Bz%5D=1');
  });

  it('is read back by parseStr', () => {
    expect(parseStr(httpBuildQuery({ pid: [1, 3], domain: ['dómáin.com', ''], x: 'a b&c' }))).toEqual({
      pid: { '0': '1', '1': '3' },
      domain: { '0': 'dómáin.com', '1': '' },
      x: 'a b&c',
    });
  });
});

describe('serialize / unserialize', () => {
  it('writes what PHP writes, with UTF-8 byte lengths and integer keys', () => {
    expect(serialize({ 1: 'Café ☕', 7: 2, k: true, n: null, d: 1.5, neg: -3, arr: { 0: 'x' }, f: false })).toBe(
      'a:8:{i:1;s:9:"Café ☕";i:7;i:2;s:1:"k";b:1;s:1:"n";N;s:1:"d";d:1.5;s:3:"neg";i:-3;s:3:"arr";a:1:{i:0;s:1:"x";}s:1:"f";b:0;}',
    );
    expect(serialize({ x: { a: 1 }, é: '€' })).toBe('a:2:{s:1:"x";a:1:{s:1:"a";i:1;}s:2:"é";s:3:"€";}');
  });

  it('writes floats as PHP does', () => {
    const floats = [0.1, 1e25, -0, 1e17, 1e20, 0.0001, 0.00001, 1.5e-7, 123456789012345678, -2.5];
    expect(floats.map(serialize).join(' ')).toBe(
      'd:0.1; d:1.0E+25; d:-0; d:1.0E+17; d:1.0E+20; d:0.0001; d:1.0E-5; d:1.5E-7; d:1.2345678901234568E+17; d:-2.5;',
    );
  });

  it('reads what PHP writes', () => {
    expect(unserialize('a:2:{s:2:"07";s:1:"x";s:1:"7";s:1:"y";}')).toEqual({ '07': 'x', '7': 'y' });
    expect(unserialize('a:3:{i:3;s:5:"Café";s:1:"d";d:1.0E+25;s:1:"b";b:1;}')).toEqual({ 3: 'Café', d: 1e25, b: true });
    expect(unserialize('a:1:{s:1:"a";i:9223372036854775807;}')).toEqual({ a: '9223372036854775807' });
    expect(unserialize('i:+5;')).toBe(5);
    // PHP ignores what follows the value.
    expect(unserialize('a:1:{i:0;s:1:"x";}garbage')).toEqual({ 0: 'x' });
  });

  it('refuses what PHP refuses, and objects', () => {
    for (const text of ['a:1:{i:0;s:3:"ab";}', 'b:2;', 'O:8:"stdClass":0:{}', 'a:1:{i:0;O:8:"stdClass":0:{}}', 'a:2:{i:0;N;}', '']) {
      expect(() => unserialize(text), text).toThrow(PhpUnserializeError);
    }
  });
});

describe('base64Decode (PHP base64_decode, not strict)', () => {
  const cases: [string, string][] = [
    ['YWJj', '616263'],
    ['Y W\\nJ=j', '6169c9'],
    ['YW=Jj', '616263'],
    ['YWJjZA', '61626364'],
    ['YWJjZ', '616263'],
    ['YW_-Jj', '616263'],
    ['!!YWJj!!', '616263'],
    ['YWJjZA==YWJj', '61626364061626'],
  ];
  it.each(cases)('%s', (text, hex) => {
    expect(base64Decode(text).toString('hex')).toBe(hex);
  });
});
