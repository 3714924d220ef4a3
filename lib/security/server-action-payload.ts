/**
 * Whether the body of a server action call (a POST with a `Next-Action` header) is one React
 * could have sent. Next.js decodes the body only once it has found the action, and a body that
 * does not decode (truncated JSON, broken multipart, nesting deep enough to overflow the
 * decoder's recursion) ends in a logged error and a 200 or 500 answer instead of "bad request".
 * proxy.ts answers such calls 400 before any action runs, so nothing changes.
 *
 * What React's `encodeReply` sends (react-server-dom's ReplyClient): either one JSON text (the
 * arguments, when they need no side parts), or multipart form data whose numbered fields ("0" is
 * the root, others outlined parts) hold JSON text; fields named `<n>_<name>` carry the entries of
 * a FormData argument and blobs are files, both sent as they are.
 */

/**
 * Deeper than any argument this shop's actions take (a cart item with its options is about 5
 * levels), far below what overflows the decoder's recursion (thousands).
 */
export const MAX_ACTION_PAYLOAD_DEPTH = 64;

/** Why the payload cannot be an action call React sent, or null when it can. */
export async function malformedActionPayload(request: Request): Promise<string | null> {
  const type = request.headers.get('content-type') ?? '';
  if (/^multipart\/form-data\b/i.test(type)) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return 'broken multipart body';
    }
    for (const [name, value] of form) {
      if (!/^\d+$/.test(name) || typeof value !== 'string') continue;
      const problem = jsonProblem(value);
      if (problem) return `field ${name}: ${problem}`;
    }
    return null;
  }
  return jsonProblem(await request.text());
}

/** Why `text` is not JSON of at most MAX_ACTION_PAYLOAD_DEPTH levels, or null. */
function jsonProblem(text: string): string | null {
  // Checked before parsing, without recursion: the text itself is what may be too deep.
  if (nestingDepth(text) > MAX_ACTION_PAYLOAD_DEPTH) return `nested deeper than ${MAX_ACTION_PAYLOAD_DEPTH} levels`;
  try {
    JSON.parse(text);
    return null;
  } catch {
    return 'not JSON';
  }
}

/** The deepest nesting of arrays and objects in JSON text (brackets inside strings do not count). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '[' || char === '{') {
      deepest = Math.max(deepest, ++depth);
    } else if (char === ']' || char === '}') {
      depth--;
    }
  }
  return deepest;
}
