import type { APIRequestContext } from '@playwright/test';
import { httpBuildQuery, type QueryParams } from '../lib/php';
import { SANDBOX_CREDENTIALS } from './fixtures';

/**
 * Calls the running sandbox over real HTTP, exactly as a WHMCS client would (form-encoded, PHP
 * arrays), so tests can compare what the shop shows with what "WHMCS" says.
 */
export async function sandboxApi<T = Record<string, unknown>>(
  request: APIRequestContext,
  action: string,
  params: QueryParams = {},
): Promise<{ status: number; body: T }> {
  const res = await request.post('/includes/api.php', {
    // A fresh connection each time: reusing a kept-alive socket the server is just closing fails
    // with ECONNRESET, and these calls happen at any moment of a journey.
    headers: { 'content-type': 'application/x-www-form-urlencoded', connection: 'close' },
    data: httpBuildQuery({ action, ...SANDBOX_CREDENTIALS, responsetype: 'json', ...params }),
  });
  return { status: res.status(), body: (await res.json()) as T };
}

export interface WireProduct {
  pid: number | string;
  name: string;
  slug: string;
  product_url: string;
  paytype: string;
  pricing: Record<string, Record<string, string>>;
}

export async function sandboxProducts(request: APIRequestContext): Promise<WireProduct[]> {
  const { body } = await sandboxApi<{ products?: { product: WireProduct[] } }>(request, 'GetProducts');
  return body.products?.product ?? [];
}

/** `/store/{group}/{product}` from a product's `product_url`. */
export function storePath(product: WireProduct): string {
  return new URL(product.product_url).pathname;
}
