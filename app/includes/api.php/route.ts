import { clientIpFromHeaders } from '@/lib/auth/request-ip';
import { usesSandbox } from '@/lib/config/env';
import { handleApiRequest, readBodyUpTo } from '@/lib/sandbox';

/**
 * The built-in sandbox's WHMCS API endpoint, at the path a real WHMCS uses. It exists only while
 * no real WHMCS is configured; the app itself calls the sandbox in-process, this is for curl,
 * other tools and anything that wants to talk to it over HTTP. At most 8 MB of a body is read
 * (PHP's `post_max_size`); the sandbox refuses the rest unread.
 */
export const dynamic = 'force-dynamic';

/** WHMCS reads `$_REQUEST`: variables from the query string count as well as the body's, on GET and POST alike. */
export async function POST(request: Request): Promise<Response> {
  if (!usesSandbox()) {
    return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const response = await handleApiRequest({
    method: request.method,
    query: new URL(request.url).search,
    contentType: request.headers.get('content-type'),
    body: await readBodyUpTo(request.body),
    // The address WHMCS would log and ban: the shop's one rule for "who is calling" (lib/auth).
    remoteIp: clientIpFromHeaders(request.headers) ?? '',
  });
  return new Response(response.body, { status: response.status, headers: response.headers });
}

export const GET = POST;
