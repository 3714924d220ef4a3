import { whmcsDecode } from '../text';
import type { JsonValue } from './json';

/**
 * The list actions whose PHP file sets `$responsetype = "xml"` (decompiled WHMCS 8.1 `includes/api/`,
 * see lib/whmcs/NOTES.md "Response formats"): asked without `responsetype=json`, WHMCS answers
 * them in XML. The other actions answer JSON here (WHMCS would write `key=value;` text).
 */
const XML_BY_DEFAULT: ReadonlySet<string> = new Set([
  'getproducts',
  'getcurrencies',
  'getpaymentmethods',
  'getpromotions',
  'getorders',
  'getclientsproducts',
  'getinvoice',
  'getusers',
]);

/** WHMCS's choice: what the caller asked for when it names `json` or `xml`, else the action's default. */
export function answersInXml(action: string, responseType: string | undefined): boolean {
  if (responseType === 'json') return false;
  if (responseType === 'xml') return true;
  return XML_BY_DEFAULT.has(action);
}

/** PHP's string conversion of a scalar, as `echo` prints it. */
function phpString(value: JsonValue | undefined): string {
  if (value === true) return '1';
  if (value === false || value === null || value === undefined) return '';
  return String(value);
}

function isList(value: JsonValue[] | { [key: string]: JsonValue | undefined }): boolean {
  return Array.isArray(value) || /^\d+$/.test(Object.keys(value)[0] ?? '');
}

/**
 * WHMCS's `apiXMLOutput`: a member that is an array of items repeats its own element once per
 * item (`<product>…</product><product>…</product>`), an empty array prints nothing, and text that
 * `htmlspecialchars` would change is decoded and wrapped in CDATA.
 */
function elements(value: JsonValue[] | { [key: string]: JsonValue | undefined }, parent: string): string {
  let out = '';
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    const numeric = /^\d+$/.test(key);
    const name = numeric ? parent : key;
    if (typeof member === 'object' && member !== null) {
      const wrap = numeric || (!isList(member) && Object.keys(member).length > 0);
      out += wrap ? `<${name}>\n${elements(member, name)}</${name}>\n` : elements(member, name);
      continue;
    }
    const text = whmcsDecode(phpString(member));
    const escaped = text.replace(/[&<>"']/g, '') !== text ? `<![CDATA[${text}]]>` : text;
    out += `<${name}>${escaped}</${name}>\n`;
  }
  return out;
}

export function phpXmlEncode(action: string, body: { [key: string]: JsonValue | undefined }, version = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<whmcsapi version="${version}">\n<action>${action}</action>\n${elements(body, '')}</whmcsapi>`;
}
