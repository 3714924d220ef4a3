import { serialize } from 'php-serialize';
import { describe, expect, it } from 'vitest';
import { parseRequestBody, parseUrlEncoded } from './body';
import { phpJsonEncode } from './json';
import { decodeSerializedArray, phpEntries, phpInt, phpTruthy } from './params';

describe('parseUrlEncoded (PHP $_POST semantics)', () => {
  it('keeps indexed arrays sparse so per-item arrays share their index', () => {
    const params = parseUrlEncoded('pid%5B0%5D=1&pid%5B2%5D=3&billingcycle%5B2%5D=annually');
    expect(phpEntries(params.pid)).toEqual([
      ['0', '1'],
      ['2', '3'],
    ]);
    expect(phpEntries(params.billingcycle)).toEqual([['2', 'annually']]);
  });

  it('appends pid[]= and keeps the last value of a repeated scalar like PHP', () => {
    const params = parseUrlEncoded('pid[]=1&pid[]=4&action=a&action=GetProducts');
    expect(phpEntries(params.pid).map(([, v]) => v)).toEqual(['1', '4']);
    expect(params.action).toBe('GetProducts');
  });

  it('decodes UTF-8 and + as space, and parses named keys as maps', () => {
    const params = parseUrlEncoded('name=Caf%C3%A9+%26+Bar&domainrenewals%5Bexample.com%5D=2');
    expect(params.name).toBe('Café & Bar');
    expect(phpEntries(params.domainrenewals)).toEqual([['example.com', '2']]);
  });
});

describe('parseRequestBody', () => {
  it('reads multipart/form-data with the same bracket parsing', async () => {
    const form = new FormData();
    form.append('action', 'AddOrder');
    form.append('pid[0]', '1');
    form.append('pid[1]', '4');
    form.append('billingcycle[1]', 'monthly');
    const request = new Request('http://x/', { method: 'POST', body: form });
    const contentType = request.headers.get('content-type');
    const bytes = new Uint8Array(await request.arrayBuffer());
    const params = await parseRequestBody(contentType, bytes);
    expect(params.action).toBe('AddOrder');
    expect(phpEntries(params.pid)).toEqual([
      ['0', '1'],
      ['1', '4'],
    ]);
    expect(phpEntries(params.billingcycle)).toEqual([['1', 'monthly']]);
  });

  it('treats a missing content type as urlencoded and ignores other types (PHP leaves $_POST empty)', async () => {
    expect(await parseRequestBody(null, 'action=GetCurrencies')).toEqual({ action: 'GetCurrencies' });
    expect(await parseRequestBody('application/json', '{"action":"GetCurrencies"}')).toEqual({});
  });
});

describe('phpJsonEncode', () => {
  it('escapes like json_encode with the HEX flags, slashes and unicode', () => {
    expect(phpJsonEncode({ a: `"Tom" & 'Jerry' <b>`, url: 'http://x/y', cur: '€' })).toBe(
      '{"a":"\\u0022Tom\\u0022 \\u0026 \\u0027Jerry\\u0027 \\u003Cb\\u003E","url":"http:\\/\\/x\\/y","cur":"\\u20ac"}',
    );
  });

  it('round-trips through JSON.parse and keeps null but drops undefined members', () => {
    const value = { n: 1, s: 'line\r\nbreak\ttab', b: false, z: null, list: [1, 'two'], gone: undefined };
    expect(JSON.parse(phpJsonEncode(value))).toEqual({ n: 1, s: 'line\r\nbreak\ttab', b: false, z: null, list: [1, 'two'] });
  });
});

describe('request value helpers', () => {
  it('casts like PHP (int) and tests truthiness like PHP', () => {
    expect(phpInt('12abc')).toBe(12);
    expect(phpInt('abc')).toBe(0);
    expect(phpInt(['1'])).toBe(0);
    expect(phpTruthy('0')).toBe(false);
    expect(phpTruthy('')).toBe(false);
    expect(phpTruthy('false')).toBe(true);
    expect(phpTruthy(['x'])).toBe(true);
  });

  it('decodes base64 PHP-serialized arrays with UTF-8 byte lengths', () => {
    const encoded = Buffer.from(serialize({ 4: 'Café ☕', 7: 2 }), 'utf8').toString('base64');
    const decoded = decodeSerializedArray(encoded);
    expect(decoded.get('4')).toBe('Café ☕');
    expect(decoded.get('7')).toBe(2);
    // Hand-written PHP output (integer keys, byte lengths): s:5:"Café" is 5 bytes.
    const php = Buffer.from('a:1:{i:3;s:5:"Café";}', 'utf8').toString('base64');
    expect(decodeSerializedArray(php).get('3')).toBe('Café');
  });

  it('treats garbage and serialized objects as an empty array, like safe_unserialize', () => {
    expect(decodeSerializedArray('not base64 at all!!').size).toBe(0);
    expect(decodeSerializedArray(Buffer.from('O:4:"User":0:{}').toString('base64')).size).toBe(0);
    expect(decodeSerializedArray(Buffer.from('s:3:"abc";').toString('base64')).size).toBe(0);
  });
});
