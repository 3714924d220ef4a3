/**
 * What embed.js, the embeds and the builder page agree on: where embeds live and the message an
 * embed sends its parent. Client-safe.
 */

/**
 * Path prefixes of the embeds; the product id, the group slug or the domain view follows,
 * URL-encoded.
 */
export const EMBED_PATHS = { product: '/embed/product/', group: '/embed/group/', domains: '/embed/domains/' } as const;

/** The domain embeds: a search box, and a table of TLD prices. */
export const DOMAIN_VIEWS = ['search', 'prices'] as const;
export type DomainView = (typeof DOMAIN_VIEWS)[number];

export type EmbedSubject = { kind: 'product'; pid: number } | { kind: 'group'; slug: string } | { kind: 'domains'; view: DomainView };

export function embedPath(subject: EmbedSubject): string {
  if (subject.kind === 'product') return `${EMBED_PATHS.product}${subject.pid}`;
  if (subject.kind === 'group') return `${EMBED_PATHS.group}${encodeURIComponent(subject.slug)}`;
  return `${EMBED_PATHS.domains}${subject.view}`;
}

/** What embed.js calls each embed's iframe until the embed reports its own title. */
export const EMBED_TITLES = { product: 'Product card', group: 'Pricing table', search: 'Domain search', prices: 'Domain prices' } as const;

/** `{ type, id, height, title }`: posted by the embed to its parent whenever its height changes. */
export const RESIZE_MESSAGE_TYPE = 'hostfront:resize';

/** The iframe's height until the embed reports its own. */
export const DEFAULT_HEIGHTS = { product: 420, group: 560, search: 150, prices: 480 } as const;

/** The key of DEFAULT_HEIGHTS and EMBED_TITLES for a subject. */
export function embedShape(subject: EmbedSubject): keyof typeof DEFAULT_HEIGHTS {
  return subject.kind === 'domains' ? subject.view : subject.kind;
}

/**
 * The iframes' sandbox: the embed may run its own script (same-origin with the shop, so its
 * messages carry the shop's origin) and open the order page or the domain search, in the top
 * window or a new tab, on a click only; nothing else (no downloads, no navigating the page by
 * itself). Forms are allowed for the domain search box; each embed's CSP `form-action` says
 * where its forms may go (nowhere but for that box, which may go to the shop only).
 */
export const IFRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

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
