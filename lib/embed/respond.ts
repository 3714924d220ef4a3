import 'server-only';
import type { NextRequest } from 'next/server';
import { CatalogueUnavailableError, getCatalogue } from '@/lib/catalogue';
import { EmptyCatalogueError, findGroup, findProductById } from '@/lib/catalogue/model';
import { env } from '@/lib/config/env';
import { siteUrl } from '@/lib/shop/site';
import { availableTaxPolicy } from '@/lib/tax/available-policy';
import { productTaxNote } from '@/lib/tax/product-note';
import { embedHeaders, embedSettings, requestOrigins } from './http';
import { renderGroupEmbed, renderNotAvailable, renderProductEmbed, type EmbedResult, type EmbedSettings } from './render/pages';

/**
 * The embed routes' one job: read the catalogue from lib/catalogue's cache (never WHMCS
 * directly) and answer with the rendered HTML. Reads the URL and the Host headers only: no
 * cookies, no session.
 */

export type EmbedRequest = { kind: 'product'; pid: string } | { kind: 'group'; slug: string };

/** The embed's settings from its URL, the request's origins and the shop's configuration. */
export function requestEmbedSettings(request: NextRequest): EmbedSettings {
  const config = env();
  return embedSettings(request.nextUrl.searchParams, {
    allowedOrigins: config.EMBED_ALLOWED_ORIGINS,
    ownOrigins: requestOrigins({
      url: request.url,
      host: request.headers.get('host'),
      forwardedHost: request.headers.get('x-forwarded-host'),
      forwardedProto: request.headers.get('x-forwarded-proto'),
      siteOrigin: siteUrl()?.origin ?? null,
    }),
    shopName: config.SHOP_NAME,
    shopAccent: config.SHOP_ACCENT,
  });
}

/** A rendered embed as the response, with its CSP and caching headers. */
export function sendEmbed(result: EmbedResult): Response {
  return new Response(result.html, { status: result.status, headers: embedHeaders(result) });
}

export async function embedResponse(request: NextRequest, what: EmbedRequest): Promise<Response> {
  const settings = requestEmbedSettings(request);
  let result: EmbedResult;
  try {
    const catalogue = await getCatalogue();
    const taxPolicy = await availableTaxPolicy();
    const taxNote = (pid: number) => productTaxNote(taxPolicy, pid);
    if (what.kind === 'product') {
      const pid = /^\d{1,9}$/.test(what.pid) ? Number(what.pid) : NaN;
      result = renderProductEmbed(catalogue, findProductById(catalogue, pid), settings, taxNote);
    } else {
      result = renderGroupEmbed(catalogue, findGroup(catalogue, what.slug), settings, taxNote);
    }
  } catch (error) {
    if (!(error instanceof CatalogueUnavailableError || error instanceof EmptyCatalogueError)) throw error;
    result = renderNotAvailable(settings, 'catalogue');
  }
  return sendEmbed(result);
}
