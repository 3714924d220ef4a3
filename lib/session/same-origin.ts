/**
 * Whether a POST came from one of our own pages. Server actions get this check from Next.js;
 * plain route handlers (POST /sign-out) do it themselves. The browser's `Origin` must name the
 * host the request was sent to (`x-forwarded-host` behind a proxy, else `host`). A POST without
 * `Origin` is refused: every browser that matters sends it on POST.
 */
export function isSameOriginPost(headers: Pick<Headers, 'get'>): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwarded || headers.get('host');
  return Boolean(host) && originHost.toLowerCase() === host?.toLowerCase();
}
