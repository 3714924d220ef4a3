import { describe, expect, it } from 'vitest';
import {
  decodeRequestBody,
  decodeSerializedArray,
  encodeRequestBody,
  encodeSerializedArray,
  SerializedArrayError,
} from './encoding';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const unbase64 = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

describe('encodeRequestBody', () => {
  it('writes lists as PHP indexed arrays', () => {
    expect(encodeRequestBody({ action: 'AddOrder', pid: [1, 3] })).toBe('action=AddOrder&pid[0]=1&pid[1]=3');
  });

  it('writes nested records and lists with named and indexed brackets', () => {
    expect(encodeRequestBody({ a: { b: [{ c: 'x' }, { c: 'y' }] } })).toBe('a[b][0][c]=x&a[b][1][c]=y');
  });

  it('percent-encodes values as UTF-8 and escapes the separators', () => {
    expect(encodeRequestBody({ domain: ['d칩m치in.com'], q: 'a b&c=d+e' })).toBe(
      'domain[0]=d%EC%B9%A9m%EC%B9%98in.com&q=a%20b%26c%3Dd%2Be',
    );
  });

  it('leaves out undefined values and keeps empty strings', () => {
    expect(encodeRequestBody({ a: undefined, b: '', c: 0 })).toBe('b=&c=0');
  });
});

describe('decodeRequestBody (PHP parse_str semantics)', () => {
  it('reads what encodeRequestBody writes', () => {
    const body = encodeRequestBody({ pid: [1, 3], billingcycle: ['monthly', 'annually'], domain: ['d칩m치in.com', ''], x: 'a b&c' });
    expect(decodeRequestBody(body)).toEqual({
      pid: { '0': '1', '1': '3' },
      billingcycle: { '0': 'monthly', '1': 'annually' },
      domain: { '0': 'd칩m치in.com', '1': '' },
      x: 'a b&c',
    });
  });

  it('keeps index gaps so per-item arrays stay aligned', () => {
    expect(decodeRequestBody('pid[0]=1&pid[5]=2&domain[5]=x.com')).toEqual({ pid: { '0': '1', '5': '2' }, domain: { '5': 'x.com' } });
  });

  it('appends for [] after the highest integer key, like PHP', () => {
    expect(decodeRequestBody('a[]=x&a[]=y&a[7]=z&a[]=w')).toEqual({ a: { '0': 'x', '1': 'y', '7': 'z', '8': 'w' } });
  });

  it('reads + as a space, a bare key as empty, and lets a later key win', () => {
    expect(decodeRequestBody('q=a+b&flag&n=1&n=2')).toEqual({ q: 'a b', flag: '', n: '2' });
  });

  it('turns dots and spaces in top-level names into underscores, and reads nested names', () => {
    expect(decodeRequestBody('a.b=1&c%20d=2&e[f][g]=3')).toEqual({ a_b: '1', c_d: '2', e: { f: { g: '3' } } });
  });

  it('accepts a scalar where a list is usual (pid=1)', () => {
    expect(decodeRequestBody('action=GetProducts&pid=1')).toEqual({ action: 'GetProducts', pid: '1' });
  });
});

describe('encodeSerializedArray', () => {
  it('matches PHP base64_encode(serialize(array("1" => "Google")))', () => {
    const encoded = encodeSerializedArray({ 1: 'Google' });
    expect(unbase64(encoded)).toBe('a:1:{i:1;s:6:"Google";}');
    expect(encoded).toBe('YToxOntpOjE7czo2OiJHb29nbGUiO30=');
  });

  it('writes integer values as PHP integers (config options)', () => {
    expect(unbase64(encodeSerializedArray({ 1: 999, 4: 0 }))).toBe('a:2:{i:1;i:999;i:4;i:0;}');
  });

  it('counts string lengths in UTF-8 bytes', () => {
    expect(unbase64(encodeSerializedArray({ 2: 'café' }))).toBe('a:1:{i:2;s:5:"café";}');
    expect(unbase64(encodeSerializedArray({ 2: 'd칩m치in' }))).toBe('a:1:{i:2;s:10:"d칩m치in";}');
  });

  it('keeps non-numeric keys as strings and writes an empty array for {}', () => {
    expect(unbase64(encodeSerializedArray({ name: 'x', '01': 'y' }))).toBe('a:2:{s:4:"name";s:1:"x";s:2:"01";s:1:"y";}');
    expect(unbase64(encodeSerializedArray({}))).toBe('a:0:{}');
  });
});

describe('decodeSerializedArray', () => {
  it('round-trips what encodeSerializedArray writes, UTF-8 included', () => {
    const record = { 1: 'Google', 2: 'café', 3: 'd칩m치in', 7: 12 };
    expect(decodeSerializedArray(encodeSerializedArray(record))).toEqual({ '1': 'Google', '2': 'café', '3': 'd칩m치in', '7': 12 });
  });

  it('reads arrays PHP wrote: string keys, booleans, floats, nested arrays, lists', () => {
    const php = 'a:4:{s:4:"name";s:5:"café";i:3;b:1;s:1:"f";d:1.5;s:4:"list";a:2:{i:0;s:1:"a";i:1;i:2;}}';
    expect(decodeSerializedArray(base64(php))).toEqual({ name: 'café', '3': true, f: 1.5, list: { '0': 'a', '1': 2 } });
  });

  it('returns a keyed record even for a PHP list', () => {
    expect(decodeSerializedArray(base64('a:2:{i:0;s:1:"x";i:1;s:1:"y";}'))).toEqual({ '0': 'x', '1': 'y' });
  });

  it('rejects a byte length that does not match (a character-counted length)', () => {
    expect(() => decodeSerializedArray(base64('a:1:{i:1;s:4:"café";}'))).toThrow(SerializedArrayError);
  });

  it('rejects text that is not a serialized array', () => {
    expect(() => decodeSerializedArray('not base64 at all')).toThrow(SerializedArrayError);
    expect(() => decodeSerializedArray(base64('s:3:"abc";'))).toThrow(SerializedArrayError);
    expect(() => decodeSerializedArray('')).toThrow(SerializedArrayError);
  });
});
