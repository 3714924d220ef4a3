import { parseStr, type ParseStrOptions } from '@/lib/php';
import type { Params } from './params';

/** PHP's default `post_max_size`: a larger body leaves `$_POST` empty. */
export const POST_MAX_SIZE = 8 * 1024 * 1024;

function bodySize(body: Uint8Array | string): number {
  return typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
}

/**
 * Reads an HTTP body stream, stopping once it passes `limit` bytes: what it returns is then one
 * chunk past the limit (enough to tell it was too big) and the rest is never read into memory.
 */
export async function readBodyUpTo(stream: ReadableStream<Uint8Array> | null, limit = POST_MAX_SIZE): Promise<Uint8Array> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks);
}

/**
 * Request variables from a POST body, as PHP fills `$_POST`: from urlencoded and multipart bodies
 * only (anything else arrives empty), nothing at all past `post_max_size`. Multipart fields go
 * through the same key parsing so `pid[0]` means the same in both. `options.only` reads just the
 * variables named (the credentials, before anything else is parsed).
 */
export async function parseRequestBody(contentType: string | null, body: Uint8Array | string, options: ParseStrOptions = {}): Promise<Params> {
  if (bodySize(body) > POST_MAX_SIZE) return {};
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
    return parseStr(pairs.toString(), options);
  }
  if (type === 'application/x-www-form-urlencoded' || type === '') {
    const text = typeof body === 'string' ? body : new TextDecoder('utf-8').decode(body);
    return parseStr(text, options);
  }
  return {};
}

/**
 * The request variables as WHMCS reads them, PHP's `$_REQUEST`: the query string's (`$_GET`)
 * overlaid with the body's (`$_POST`, which wins a name both carry, PHP's default request_order
 * "GP"), so a client that sends everything in a GET query string works as it does on WHMCS.
 */
export async function parseRequestVariables(
  request: { query?: string; contentType: string | null; body: Uint8Array | string },
  options: ParseStrOptions = {},
): Promise<Params> {
  const query = request.query ? parseStr(request.query.replace(/^\?/, ''), options) : {};
  return { ...query, ...(await parseRequestBody(request.contentType, request.body, options)) };
}
