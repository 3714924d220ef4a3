/**
 * Who may frame an embed, and whom an embed talks to. Pure: the route passes in the allowed
 * origins (EMBED_ALLOWED_ORIGINS) and the shop's own origin.
 *
 * Two independent checks, so neither side trusts the other blindly:
 * - the browser enforces `frame-ancestors`: only the shop itself and the allowed origins may
 *   show the embed at all;
 * - the embed posts its height only to the origin the loader named, and only when that origin
 *   is allowed, so a page that is not allowed learns nothing even where frame-ancestors is not
 *   enforced. (embed.js, for its part, accepts messages only from the shop's origin and from its
 *   own iframes.)
 */

/** `frame-ancestors 'self' https://a.example https://b.example`: `'self'` lets the builder preview. */
export function frameAncestors(allowedOrigins: readonly string[]): string {
  return ["frame-ancestors 'self'", ...new Set(allowedOrigins)].join(' ');
}

/**
 * The origin the embed may post its height to: the claimed parent when it is the shop itself or
 * an allowed origin, else null (the embed then stays silent and keeps the loader's height).
 */
export function messageTarget(
  parent: string | null,
  allowedOrigins: readonly string[],
  ownOrigins: readonly string[],
): string | null {
  if (!parent) return null;
  return allowedOrigins.includes(parent) || ownOrigins.includes(parent) ? parent : null;
}

/**
 * The embed response's Content-Security-Policy: nothing loads but our own inline style and
 * script (pinned by hash), nothing submits (but the domain search box, to the shop itself), and
 * only the allowed origins may frame it.
 */
export function embedCsp(
  allowedOrigins: readonly string[],
  hashes: { style: string; script: string | null },
  forms: 'none' | 'self' = 'none',
): string {
  return [
    "default-src 'none'",
    `style-src '${hashes.style}'`,
    hashes.script ? `script-src '${hashes.script}'` : "script-src 'none'",
    "img-src 'self' data:",
    "base-uri 'none'",
    `form-action '${forms}'`,
    frameAncestors(allowedOrigins),
  ].join('; ');
}
