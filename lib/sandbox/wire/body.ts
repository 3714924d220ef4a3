import qs from 'qs';
import type { Params } from './params';

/**
 * PHP-compatible parsing of the request variables: `pid[0]=1&pid[2]=3` keeps indices (sparse
 * arrays), `pid[]=1` appends, a repeated plain key keeps the last value as PHP does.
 */
const QS_OPTIONS = {
  allowSparse: true,
  arrayLimit: 1000,
  depth: 5,
  parameterLimit: 10_000,
  duplicates: 'last',
} as const;

export function parseUrlEncoded(body: string): Params {
  return qs.parse(body, QS_OPTIONS) as Params;
}

/**
 * Request variables from a POST body. PHP fills `$_POST` from urlencoded and multipart bodies
 * only; anything else arrives empty. Multipart fields go through the same key parsing so
 * `pid[0]` means the same in both.
 */
export async function parseRequestBody(contentType: string | null, body: Uint8Array | string): Promise<Params> {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'multipart/form-data') {
    let form: FormData;
    try {
      // A copy so the bytes sit in a plain ArrayBuffer, which is what a Response body accepts.
      const bytes = typeof body === 'string' ? body : new Uint8Array(body);
      form = await new Response(bytes, { headers: { 'content-type': contentType as string } }).formData();
    } catch {
      return {};
    }
    const pairs = new URLSearchParams();
    form.forEach((value, key) => {
      // Uploaded files have no meaning for the API: PHP puts them in $_FILES, not $_POST.
      if (typeof value === 'string') pairs.append(key, value);
    });
    return parseUrlEncoded(pairs.toString());
  }
  if (type === 'application/x-www-form-urlencoded' || type === '') {
    const text = typeof body === 'string' ? body : new TextDecoder('utf-8').decode(body);
    return parseUrlEncoded(text);
  }
  return {};
}
