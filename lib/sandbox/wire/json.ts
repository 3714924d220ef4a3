/**
 * JSON as WHMCS's api.php writes it: PHP `json_encode` with the HEX flags, so `" & ' < >` come
 * out as `\u0022 \u0026 \u0027 \u003C \u003E`, slashes as `\/` and non-ASCII as `\uXXXX`. A client
 * that only ever saw `JSON.stringify` output would not notice a difference, which is the point:
 * it must parse real WHMCS output.
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

const HEX_ESCAPES: Record<string, string> = {
  '"': '\\u0022',
  '&': '\\u0026',
  "'": '\\u0027',
  '<': '\\u003C',
  '>': '\\u003E',
  '\\': '\\\\',
  '/': '\\/',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function encodeString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const escape = HEX_ESCAPES[ch];
    if (escape) {
      out += escape;
      continue;
    }
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

export function phpJsonEncode(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return encodeString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((item) => phpJsonEncode(item)).join(',')}]`;
  const members = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .map(([key, member]) => `${encodeString(key)}:${phpJsonEncode(member)}`);
  return `{${members.join(',')}}`;
}
