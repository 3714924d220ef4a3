import 'server-only';
import { headers } from 'next/headers';
import { siteUrl } from './site';

/**
 * The shop's public origin for absolute links in per-request responses (sitemap, robots):
 * SHOP_URL when set, else what the request says it was addressed to.
 */
export async function publicOrigin(): Promise<string> {
  const configured = siteUrl();
  if (configured) return configured.origin;
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost';
  const proto = list.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto.split(',')[0]?.trim() || 'https'}://${host.split(',')[0]?.trim()}`;
}
