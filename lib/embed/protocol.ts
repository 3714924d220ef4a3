/**
 * What embed.js, the embeds and the builder page agree on: where embeds live and the message an
 * embed sends its parent. Client-safe.
 */

/** Path prefixes of the two embeds; the product id or group slug follows, URL-encoded. */
export const EMBED_PATHS = { product: '/embed/product/', group: '/embed/group/' } as const;

export type EmbedSubject = { kind: 'product'; pid: number } | { kind: 'group'; slug: string };

export function embedPath(subject: EmbedSubject): string {
  return subject.kind === 'product'
    ? `${EMBED_PATHS.product}${subject.pid}`
    : `${EMBED_PATHS.group}${encodeURIComponent(subject.slug)}`;
}

/** `{ type, id, height, title }`: posted by the embed to its parent whenever its height changes. */
export const RESIZE_MESSAGE_TYPE = 'hostfront:resize';

/** The iframe's height until the embed reports its own. */
export const DEFAULT_HEIGHTS = { product: 420, group: 560 } as const;

/**
 * The iframes' sandbox: the embed may run its own script (same-origin with the shop, so its
 * messages carry the shop's origin) and open the order page, in the top window or a new tab, on
 * a click only; nothing else (no forms, no downloads, no navigating the page by itself).
 */
export const IFRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

export interface ResizeMessage {
  id: string;
  height: number;
  title: string | null;
}

/** A resize message's content, or null when the data is not one (a sanity check, not a security one). */
export function readResizeMessage(data: unknown): ResizeMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, id, height, title } = data as Record<string, unknown>;
  if (type !== RESIZE_MESSAGE_TYPE || typeof id !== 'string' || typeof height !== 'number') return null;
  if (!(height > 0 && height < 20_000)) return null;
  return { id, height: Math.ceil(height), title: typeof title === 'string' ? title.slice(0, 200) : null };
}
