import type { ActionBody } from './actions/context';
import type { JsonValue } from './wire/json';

/**
 * WHMCS versions the sandbox can answer as (SANDBOX_WHMCS_VERSION), and what each one's answers
 * lack or spell differently. Evidence in lib/whmcs/NOTES.md "Versions":
 * - before 8.3, GetProducts has no `slug` and no `product_url` (decompiled 8.1 getproducts.php);
 * - before 8.12, no `allowqty`, `quantity_available`, nor an option's `minqty`/`maxqty`;
 * - before 8.6 (PHP 7.x, whose PDO hands every column over as a string), ids are JSON strings.
 */
export const OLDEST_WHMCS_VERSION = '8.0';
export const NEWEST_WHMCS_VERSION = '9.0';

type Version = readonly [major: number, minor: number];

const VERSION_PATTERN = /^(\d+)\.(\d+)(?:\.\d+)?$/;

/** `8.1` or `8.1.2` within the supported range, else a message saying what is accepted. */
export function checkWhmcsVersion(text: string): string | null {
  const version = parse(text);
  if (!version) return `must be a WHMCS version like ${OLDEST_WHMCS_VERSION} or ${NEWEST_WHMCS_VERSION}`;
  if (before(version, parse(OLDEST_WHMCS_VERSION) as Version) || before(parse(NEWEST_WHMCS_VERSION) as Version, version)) {
    return `must be between ${OLDEST_WHMCS_VERSION} and ${NEWEST_WHMCS_VERSION}`;
  }
  return null;
}

function parse(text: string): Version | null {
  const match = VERSION_PATTERN.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function before(a: Version, b: Version): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

type JsonObject = { [key: string]: JsonValue | undefined };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listAt(value: JsonValue | undefined, key: string): JsonObject[] {
  const list = isObject(value) ? value[key] : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

function without(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

function stringIds(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, keys.includes(key) && typeof value === 'number' ? String(value) : value]));
}

function shapeProduct(product: JsonObject, version: Version): JsonObject {
  let shaped = product;
  if (before(version, [8, 3])) shaped = without(shaped, ['slug', 'product_url', 'product-url']);
  if (before(version, [8, 12])) {
    shaped = without(shaped, ['allowqty', 'quantity_available']);
    const options = listAt(shaped.configoptions, 'configoption').map((option) => without(option, ['minqty', 'maxqty']));
    shaped = { ...shaped, configoptions: { configoption: options } };
  }
  if (before(version, [8, 6])) shaped = stringIds(shaped, ['pid', 'gid', 'stocklevel']);
  return shaped;
}

/** An action's answer as the given WHMCS version would have sent it (the newest sends it as is). */
export function answerAsVersion(action: string, body: ActionBody, versionText: string): ActionBody {
  const version = parse(versionText);
  if (!version || action !== 'getproducts' || body.result !== 'success') return body;
  const products = listAt(body.products, 'product');
  if (products.length === 0) return body;
  return { ...body, products: { product: products.map((product) => shapeProduct(product, version)) } };
}
