/**
 * Where to send a customer after signing in (`?next=/account/services`). Only a path on this site
 * is accepted: an absolute URL, a protocol-relative `//evil.example` or a backslash trick
 * (`/\evil.example`, which browsers read as `//`) would turn sign-in into an open redirect.
 */
export const DEFAULT_NEXT_PATH = '/account/services';

export function safeNextPath(raw: string | null | undefined, fallback: string = DEFAULT_NEXT_PATH): string {
  if (typeof raw !== 'string') return fallback;
  const value = raw.trim();
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  // Control characters (tabs, newlines) are stripped by URL parsers and can hide a `//`.
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, 'http://local.invalid');
  } catch {
    return fallback;
  }
  if (url.origin !== 'http://local.invalid') return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/sign-in?next=/order/12`: the sign-in page that comes back to `path`. */
export function signInPath(path: string): string {
  return `/sign-in?next=${encodeURIComponent(safeNextPath(path))}`;
}
