/**
 * Where to send a customer after signing in (`?next=/account/services`). Only a path on this site
 * is accepted: an absolute URL, a protocol-relative `//evil.example` or a backslash trick
 * (`/\evil.example`, which browsers read as `//`) would turn sign-in into an open redirect.
 *
 * The check is made on the path as it will be sent (after URL normalisation), because
 * normalising is what creates the `//`: `/.//evil.example`, `/..//x` and `/a/..//x` all become
 * `//x`. Percent-encoded slashes and backslashes are refused as well: some servers and proxies
 * decode them before routing, and no page of this shop needs them.
 */
const DEFAULT_NEXT_PATH = '/account/services';

const LOCAL_BASE = 'http://local.invalid';

export function safeNextPath(raw: string | null | undefined, fallback: string = DEFAULT_NEXT_PATH): string {
  if (typeof raw !== 'string') return fallback;
  const value = raw.trim();
  // Control characters (tabs, newlines) are stripped by URL parsers and can hide a `//`.
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  if (!isLocalPath(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, LOCAL_BASE);
  } catch {
    return fallback;
  }
  const normalised = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== LOCAL_BASE || !isLocalPath(normalised) || !isLocalPath(decodedPath(url.pathname))) return fallback;
  return normalised;
}

/** A path that every browser reads as this site: one leading slash, no backslash anywhere. */
function isLocalPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.includes('\\');
}

/** The path with its percent-escapes decoded; a broken escape makes it unusable (`//` refuses it). */
function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return '//';
  }
}

/**
 * `/sign-in?next=/order/12`: the sign-in page that comes back to `path`. `required`: the visitor
 * opened a page that needs an account, and the sign-in page says so (see signInReason).
 */
export function signInPath(path: string, required = false): string {
  return `/sign-in?next=${encodeURIComponent(safeNextPath(path))}${required ? `&${REQUIRED_PARAM}=1` : ''}`;
}

export const REQUIRED_PARAM = 'required';

/** Why a signed-out visitor who opened `next` is asked to sign in, in their words. */
export function signInReason(next: string): string {
  if (next.startsWith('/order/')) return 'Sign in to see this order.';
  if (next.startsWith('/sandbox/invoice/')) return 'Sign in to see this invoice.';
  if (next.startsWith('/checkout')) return 'Sign in to place your order.';
  return 'Sign in to see your services and account.';
}
