import { serialize, type QueryParams } from '@/lib/php';

/**
 * WHMCS's conventions on top of PHP's encodings (`lib/php`): what an API call's params are, and
 * the base64 PHP-serialized arrays AddOrder takes in `customfields[i]` / `configoptions[i]`.
 */

/** Params of an API call, written with PHP's `http_build_query` rules (null and undefined left out). */
export type RequestParams = QueryParams;

/** The values WHMCS takes in `customfields[i]` / `configoptions[i]`: id -> value. */
export type SerializedRecord = Readonly<Record<number | string, string | number | boolean>>;

/** `base64_encode(serialize($array))` as PHP builds it (integer-like keys as PHP integer keys). */
export function encodeSerializedArray(record: SerializedRecord): string {
  return Buffer.from(serialize({ ...record }), 'utf8').toString('base64');
}
