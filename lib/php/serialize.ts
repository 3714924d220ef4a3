import { isPhpIntegerKey, phpArray, type PhpValue } from './values';

/**
 * PHP's `serialize` and `unserialize` for the values a form or an API carries: null, booleans,
 * integers, floats, strings and arrays. String lengths are UTF-8 byte counts, as PHP's.
 */

/** PHP's float text at `serialize_precision = -1`: shortest digits, exponent from 1e17 and below 1e-4. */
function phpFloat(value: number): string {
  if (Number.isNaN(value)) return 'NAN';
  if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  if (Object.is(value, -0)) return '-0';
  const [mantissa = '0', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 17) {
    const digits = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
    return `${digits}E${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
  }
  // Between 1e-4 and 1e17 JavaScript writes the same plain digits.
  return String(value);
}

function serializeKey(key: string): string {
  return isPhpIntegerKey(key) ? `i:${key};` : serializeString(key);
}

function serializeString(text: string): string {
  return `s:${Buffer.byteLength(text, 'utf8')}:"${text}";`;
}

/**
 * PHP's `serialize($value)`. Integer-like keys are written as integer keys, as PHP stores them.
 * JavaScript has one number type: a safe integer is written as a PHP int, anything else as a float.
 */
export function serialize(value: PhpValue): string {
  if (value === null) return 'N;';
  if (typeof value === 'boolean') return `b:${value ? 1 : 0};`;
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? `i:${value};` : `d:${phpFloat(value)};`;
  if (typeof value === 'string') return serializeString(value);
  const entries = Object.entries(value);
  return `a:${entries.length}:{${entries.map(([key, item]) => serializeKey(key) + serialize(item)).join('')}}`;
}

export class PhpUnserializeError extends Error {
  override name = 'PhpUnserializeError';
}

/**
 * PHP's `unserialize($bytes, ['allowed_classes' => false])` restricted to plain values: objects
 * and references are refused (WHMCS's own `safe_unserialize` refuses them too). Bytes after the
 * value are ignored, as PHP ignores them. Integers beyond 2^53 keep their digits as a string.
 */
export function unserialize(input: Uint8Array | string): PhpValue {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let at = 0;
  const fail = (what: string): never => {
    throw new PhpUnserializeError(`${what} at offset ${at} of ${bytes.length} bytes`);
  };
  const expect = (text: string): void => {
    if (bytes.toString('latin1', at, at + text.length) !== text) fail(`Expected "${text}"`);
    at += text.length;
  };
  const readUntil = (end: string, pattern: RegExp): string => {
    const stop = bytes.indexOf(end, at, 'latin1');
    if (stop === -1) fail(`Missing "${end}"`);
    const text = bytes.toString('latin1', at, stop);
    if (!pattern.test(text)) fail('Malformed number');
    at = stop + 1;
    return text;
  };
  const readInteger = (end: string): number | string => {
    const digits = readUntil(end, /^[+-]?\d+$/);
    const number = Number(digits);
    return Number.isSafeInteger(number) ? number : digits.replace(/^\+/, '');
  };
  const readString = (): string => {
    const length = readUntil(':', /^\d+$/);
    expect('"');
    const end = at + Number(length);
    if (end > bytes.length) fail('String runs past the end');
    const text = bytes.toString('utf8', at, end);
    at = end;
    expect('";');
    return text;
  };
  const readValue = (): PhpValue => {
    const type = bytes.toString('latin1', at, at + 2);
    at += 2;
    switch (type) {
      case 'N;':
        return null;
      case 'b:': {
        const flag = readUntil(';', /^[01]$/);
        return flag === '1';
      }
      case 'i:':
        return readInteger(';');
      case 'd:':
        return Number(readUntil(';', /^([+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)|-?INF|NAN)$/).replace('INF', 'Infinity'));
      case 's:':
        return readString();
      case 'a:': {
        const count = Number(readUntil(':', /^\d+$/));
        expect('{');
        const array = phpArray();
        for (let n = 0; n < count; n++) {
          const keyType = bytes.toString('latin1', at, at + 2);
          at += 2;
          const key = keyType === 'i:' ? String(readInteger(';')) : keyType === 's:' ? readString() : fail('Bad array key');
          array[key] = readValue();
        }
        expect('}');
        return array;
      }
      default:
        return fail(`Unsupported type "${type}"`);
    }
  };
  return readValue();
}
