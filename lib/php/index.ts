/**
 * PHP's own encodings, as PHP itself reads and writes them: form bodies (`parse_str`,
 * `http_build_query`), `serialize`/`unserialize` and the lenient `base64_decode`. Neutral on
 * purpose (no `server-only`, no WHMCS knowledge): the WHMCS client writes with it and the
 * built-in sandbox reads with it, so both speak exactly what PHP speaks.
 */
export { base64Decode } from './base64';
export { httpBuildQuery, parseStr, type ParseStrOptions, type QueryParams } from './form';
export { PhpUnserializeError, serialize, unserialize } from './serialize';
export { type PhpArray, type PhpValue } from './values';
