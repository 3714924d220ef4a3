/**
 * How the browser remembers a visitor's choice (the currency, the country of the tax estimate):
 * one first-party cookie for the whole shop, readable by the server on the next request.
 * Browser-only (it writes `document.cookie`).
 */
export function rememberChoice(name: string, value: string, maxAgeSeconds: number): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=${maxAgeSeconds}; samesite=lax`;
}
