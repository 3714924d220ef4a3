import { CatalogueUnavailableError, ensureCatalogueSnapshot } from '@/lib/catalogue';
import { RETURN_PATH_HEADER } from '@/lib/catalogue/warm-up';
import { safeReturnPath, unavailablePage, UNAVAILABLE_RETRY_AFTER_SECONDS } from '@/lib/catalogue/unavailable-page';
import { shopBranding } from '@/lib/shop/branding';

/**
 * Where proxy.ts sends catalogue visitors while the shop has no last good catalogue yet (a fresh
 * install): it fetches one, then sends the visitor back to the page they asked for. When WHMCS
 * cannot be reached, they get a clear "back in a minute" page with HTTP 503 and Retry-After,
 * rather than an error page (App Router pages cannot answer 503 themselves).
 */
export async function GET(request: Request) {
  const returnPath = safeReturnPath(request.headers.get(RETURN_PATH_HEADER) ?? new URL(request.url).searchParams.get('to'));
  try {
    await ensureCatalogueSnapshot();
  } catch (error) {
    if (!(error instanceof CatalogueUnavailableError)) throw error;
    const { name, palette } = shopBranding();
    return new Response(unavailablePage({ shopName: name, accent: palette.accent, onAccent: palette.onAccent, retryPath: returnPath }), {
      status: 503,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS),
      },
    });
  }
  return new Response(null, { status: 307, headers: { location: returnPath, 'cache-control': 'no-store' } });
}
