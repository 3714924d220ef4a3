import { describe, expect, it } from 'vitest';
import { serialize } from '@/lib/php';
import { parseRequestBody, POST_MAX_SIZE, readBodyUpTo } from './body';
import { phpJsonEncode } from './json';
import { decodeSerializedArray, phpEntries, phpInt, phpTruthy } from './params';

describe('parseRequestBody (PHP $_POST semantics, lib/php parse_str)', () => {
  it('appends after the highest index and reads a.b as a_b, as PHP does', async () => {
    const params = await parseRequestBody('application/x-www-form-urlencoded', 'a[]=x&a[]=y&a[7]=z&a[]=w&a.b=1');
    expect(phpEntries(params.a)).toEqual([
      ['0', 'x'],
      ['1', 'y'],
      ['7', 'z'],
      ['8', 'w'],
    ]);
    expect(params.a_b).toBe('1');
  });

  it('keeps indexed arrays sparse so per-item arrays share their index', async () => {
    const params = await parseRequestBody(null, 'pid%5B0%5D=1&pid%5B2%5D=3&billingcycle%5B2%5D=annually');
    expect(phpEntries(params.pid)).toEqual([
      ['0', '1'],
      ['2', '3'],
    ]);
    expect(phpEntries(params.billingcycle)).toEqual([['2', 'annually']]);
  });

  it('leaves $_POST empty past post_max_size (8 MB), as PHP does', async () => {
    const big = `action=GetCurrencies&pad=${'x'.repeat(POST_MAX_SIZE)}`;
    expect(await parseRequestBody(null, big)).toEqual({});
    expect(await parseRequestBody(null, new TextEncoder().encode(big))).toEqual({});
  });

  it('reads only the variables asked for', async () => {
    expect(await parseRequestBody(null, 'identifier=i&pid[0]=1&secret=s', { only: new Set(['identifier', 'secret']) })).toEqual({
      identifier: 'i',
      secret: 's',
    });
  });
});

describe('readBodyUpTo', () => {
  it('stops reading a stream once it passes the limit', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const bytes = await readBodyUpTo(stream, 4096);
    expect(bytes.byteLength).toBe(5120);
    expect(pulled).toBeLessThan(10);
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
    expect(phpInt({ 0: '1' })).toBe(0);
    expect(phpTruthy('0')).toBe(false);
    expect(phpTruthy('')).toBe(false);
    expect(phpTruthy('false')).toBe(true);
    expect(phpTruthy({ 0: 'x' })).toBe(true);
  });

  it('decodes base64 PHP-serialized arrays with UTF-8 byte lengths', () => {
    const encoded = Buffer.from(serialize({ 4: 'Café ☕', 7: 2 }), 'utf8').toString('base64');
    // PHP's base64_decode skips characters outside its alphabet, newlines included.
    expect(decodeSerializedArray(encoded.replace(/(.{8})/g, '$1\n')).get('4')).toBe('Café ☕');
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

  it('loses a URL-safe base64 value, as PHP does (its base64_decode skips - and _)', () => {
    const urlSafe = Buffer.from('a:1:{i:1;s:3:"ü?>";}', 'utf8').toString('base64url');
    expect(urlSafe).toMatch(/[-_]/);
    expect(decodeSerializedArray(urlSafe).size).toBe(0);
  });
});
