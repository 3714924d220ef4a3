import { describe, expect, it } from 'vitest';
import { base64Decode, unserialize } from '@/lib/php';
import { encodeSerializedArray } from './encoding';

const unbase64 = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');

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

  it('is read back by PHP-style base64_decode + unserialize, UTF-8 included', () => {
    const record = { 1: 'Google', 2: 'café', 3: 'd칩m치in', 7: 12 };
    expect(unserialize(base64Decode(encodeSerializedArray(record)))).toEqual({ '1': 'Google', '2': 'café', '3': 'd칩m치in', '7': 12 });
  });
});
